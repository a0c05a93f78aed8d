import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readPlan } from "../../../src/domain/plans/read-plan.ts";
import { recordMeeting } from "../../../src/domain/plans/record-meeting.ts";
import { dialects, freshDatabase, type TestDatabase } from "../../support/databases.ts";
import { actorFor, createGuardian, linkGuardian } from "../../support/factories.ts";
import { classroomWithPlan, failure, planDeps } from "../../support/plans.ts";

describe.each(dialects)("recording a meeting on %s", (dialect) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await freshDatabase(dialect);
  });
  afterAll(async () => {
    await database.drop();
  });

  const meetingsOf = (planId: string) =>
    database.db.selectFrom("meetings").selectAll().where("plan_id", "=", planId).execute();

  it("a teacher records when and where they met and who came", async () => {
    const room = await classroomWithPlan(database.db);
    const deps = planDeps(database.db);

    await recordMeeting(deps, actorFor(room.teacher), room.planId, {
      startsAt: "2025-03-10T10:30",
      place: "Room 12",
      videoLink: "",
      notes: "We chose one action each.",
      attendeeIds: [room.student.id, room.guardian.id, room.teacher.id],
    });

    const view = await readPlan(deps, actorFor(room.guardian), room.planId);
    // 10:30 in New York on 10 March 2025 is daylight time, four hours behind UTC.
    expect(view.meetings).toMatchObject([
      {
        startsAt: "2025-03-10T14:30:00.000Z",
        place: "Room 12",
        videoUrl: null,
        notes: "We chose one action each.",
      },
    ]);
    expect(view.meetings[0]?.attendees.map((person) => person.id).sort()).toEqual(
      [room.student.id, room.guardian.id, room.teacher.id].sort(),
    );
    expect(view.history.at(-1)?.kind).toBe("meeting.recorded");
  });

  it("a meeting's time is read in the school's own time zone", async () => {
    const room = await classroomWithPlan(database.db, { timeZone: "Europe/Berlin" });

    await recordMeeting(planDeps(database.db), actorFor(room.teacher), room.planId, {
      startsAt: "2025-03-10T15:30",
      videoLink: "https://video.example.org/room/42",
    });

    expect((await meetingsOf(room.planId))[0]).toMatchObject({
      starts_at: "2025-03-10T14:30:00.000Z",
      video_url: "https://video.example.org/room/42",
      place: null,
    });
  });

  it("a meeting needs a place or a video link", async () => {
    const room = await classroomWithPlan(database.db);

    const error = await failure(
      recordMeeting(planDeps(database.db), actorFor(room.teacher), room.planId, {
        startsAt: "2025-03-10T10:30",
        place: " ",
        videoLink: "",
      }),
    );

    expect(error.problems).toEqual([
      { field: "place", message: "Please give a place, a video link, or both." },
    ]);
    expect(await meetingsOf(room.planId)).toEqual([]);
  });

  it("a video link that is not a web address is refused", async () => {
    const room = await classroomWithPlan(database.db);

    const error = await failure(
      recordMeeting(planDeps(database.db), actorFor(room.teacher), room.planId, {
        startsAt: "2025-03-10T10:30",
        videoLink: "javascript:alert(1)",
      }),
    );

    expect(error.problems.map((problem) => problem.field)).toEqual(["videoLink"]);
    expect(await meetingsOf(room.planId)).toEqual([]);
  });

  it("a plain http video link is refused, asking for the meeting's https address", async () => {
    const room = await classroomWithPlan(database.db);
    const teacher = { ...actorFor(room.teacher), locale: "es" };

    const error = await failure(
      recordMeeting(planDeps(database.db), teacher, room.planId, {
        startsAt: "2025-03-10T10:30",
        videoLink: "http://video.example.org/room/42",
      }),
    );

    expect(error.problems).toEqual([
      {
        field: "videoLink",
        message:
          "Enlace de video empieza por http://, que no es seguro para que las familias lo " +
          "abran. Indica la dirección de la reunión que empieza por https:// (los servicios de " +
          "video la muestran).",
      },
    ]);
    expect(await meetingsOf(room.planId)).toEqual([]);
  });

  it("a script tag in the place and notes is kept as typed, as in a statement", async () => {
    const room = await classroomWithPlan(database.db);
    const typed = "<script>alert(1)</script>";

    await recordMeeting(planDeps(database.db), actorFor(room.teacher), room.planId, {
      startsAt: "2025-03-10T09:30",
      place: `Library ${typed}`,
      notes: `Good talk ${typed}`,
    });

    expect(await meetingsOf(room.planId)).toEqual([
      expect.objectContaining({ place: `Library ${typed}`, notes: `Good talk ${typed}` }),
    ]);
  });

  it("a meeting on a day still to come at the school is refused, wherever typed", async () => {
    const room = await classroomWithPlan(database.db);
    // 10 PM on 10 March in New York, the school's zone: in Madrid it is already 11 March.
    const lateEvening = planDeps(database.db, new Date("2025-03-11T02:00:00.000Z"));
    const teacher = actorFor(room.teacher);

    const error = await failure(
      recordMeeting(lateEvening, teacher, room.planId, {
        startsAt: "2025-03-11T08:00",
        place: "Library",
      }),
    );
    await recordMeeting(lateEvening, teacher, room.planId, {
      startsAt: "2025-03-10T17:00",
      place: "Library",
    });

    expect(error.problems).toEqual([
      {
        field: "startsAt",
        message:
          "Date and time must be a day from Aug 1, 2023 to Mar 10, 2025: record a meeting once " +
          "it has happened. To plan one ahead, propose times on the meeting times page.",
      },
    ]);
    expect(await meetingsOf(room.planId)).toHaveLength(1);
  });

  it("a meeting set for later today is refused at its field until it has started", async () => {
    const room = await classroomWithPlan(database.db);
    const teacher = actorFor(room.teacher);
    const meeting = { startsAt: "2025-03-10T15:30", place: "Library" };

    // The held clock says 11:00 in New York, the school's zone.
    const error = await failure(
      recordMeeting(planDeps(database.db), teacher, room.planId, meeting),
    );
    const afterwards = planDeps(database.db, new Date("2025-03-10T19:40:00.000Z"));
    await recordMeeting(afterwards, teacher, room.planId, meeting);

    expect(error.problems).toEqual([{ field: "startsAt", message: expect.any(String) }]);
    expect(error.problems[0]?.message).toMatch(
      /^Date and time is later than now \(11:00\sAM at the school\): record a meeting once it /,
    );
    expect(await meetingsOf(room.planId)).toHaveLength(1);
  });

  it("a meeting written as starting a few minutes from now is recorded, no later", async () => {
    const room = await classroomWithPlan(database.db);
    const teacher = actorFor(room.teacher);
    const deps = planDeps(database.db);

    await recordMeeting(deps, teacher, room.planId, {
      startsAt: "2025-03-10T11:10",
      place: "Library",
    });
    const error = await failure(
      recordMeeting(deps, teacher, room.planId, { startsAt: "2025-03-10T11:11", place: "Hall" }),
    );

    expect(error.problems.map((problem) => problem.field)).toEqual(["startsAt"]);
    expect(await meetingsOf(room.planId)).toMatchObject([{ place: "Library" }]);
  });

  it("a day still to come and a missing place are both named in one answer", async () => {
    const room = await classroomWithPlan(database.db);

    const error = await failure(
      recordMeeting(planDeps(database.db), actorFor(room.teacher), room.planId, {
        startsAt: "2025-03-11T09:00",
        place: "",
        notes: "We met in the hall.",
      }),
    );

    expect(error.problems.map((problem) => problem.field)).toEqual(["startsAt", "place"]);
    expect(await meetingsOf(room.planId)).toEqual([]);
  });

  it("a date that does not exist is refused with a message naming the field", async () => {
    const room = await classroomWithPlan(database.db);

    const error = await failure(
      recordMeeting(planDeps(database.db), actorFor(room.teacher), room.planId, {
        startsAt: "2025-02-30T10:00",
        place: "Library",
      }),
    );

    expect(error.problems).toEqual([
      { field: "startsAt", message: "Date and time must be a date and a time." },
    ]);
  });

  it("only the student, their family and their staff can be recorded as attending", async () => {
    const room = await classroomWithPlan(database.db);
    const otherParent = await createGuardian(database.db, { districtId: room.district.id });

    const error = await failure(
      recordMeeting(planDeps(database.db), actorFor(room.teacher), room.planId, {
        startsAt: "2025-03-10T10:30",
        place: "Library",
        attendeeIds: [room.student.id, otherParent.id],
      }),
    );

    expect(error.problems.map((problem) => problem.field)).toEqual(["attendeeIds"]);
    expect(await meetingsOf(room.planId)).toEqual([]);
  });

  it("every linked family member can be recorded as attending", async () => {
    const room = await classroomWithPlan(database.db);
    const secondParent = await createGuardian(database.db, { districtId: room.district.id });
    await linkGuardian(database.db, { guardian: secondParent, student: room.student });

    await recordMeeting(planDeps(database.db), actorFor(room.teacher), room.planId, {
      startsAt: "2025-03-10T10:30",
      place: "Phone call",
      attendeeIds: [room.guardian.id, secondParent.id],
    });

    const view = await readPlan(planDeps(database.db), actorFor(room.teacher), room.planId);
    expect(view.meetings[0]?.attendees).toHaveLength(2);
  });

  it("a family member cannot record a meeting", async () => {
    const room = await classroomWithPlan(database.db);

    const error = await failure(
      recordMeeting(planDeps(database.db), actorFor(room.guardian), room.planId, {
        startsAt: "2025-03-10T10:30",
        place: "Home",
      }),
    );

    expect(error.kind).toBe("forbidden");
  });
});
