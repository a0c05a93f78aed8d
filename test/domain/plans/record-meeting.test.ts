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
      startsAt: "2025-03-10T15:30",
      place: "Room 12",
      videoLink: "",
      notes: "We chose one action each.",
      attendeeIds: [room.student.id, room.guardian.id, room.teacher.id],
    });

    const view = await readPlan(deps, actorFor(room.guardian), room.planId);
    // 15:30 in New York on 10 March 2025 is daylight time, four hours behind UTC.
    expect(view.meetings).toMatchObject([
      {
        startsAt: "2025-03-10T19:30:00.000Z",
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
        startsAt: "2025-03-10T15:30",
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
        startsAt: "2025-03-10T15:30",
        videoLink: "javascript:alert(1)",
      }),
    );

    expect(error.problems.map((problem) => problem.field)).toEqual(["videoLink"]);
    expect(await meetingsOf(room.planId)).toEqual([]);
  });

  it("a web page's script tag pasted into the notes is refused at the field", async () => {
    const room = await classroomWithPlan(database.db);

    const error = await failure(
      recordMeeting(planDeps(database.db), actorFor(room.teacher), room.planId, {
        startsAt: "2025-03-10T15:30",
        place: "Library",
        notes: "Good talk <script>alert(1)</script>",
      }),
    );

    expect(error.problems).toEqual([
      {
        field: "notes",
        message:
          "Meeting notes holds web page code (an HTML tag such as script). Please write it as " +
          "plain text.",
      },
    ]);
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
        startsAt: "2025-03-10T15:30",
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
      startsAt: "2025-03-10T15:30",
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
        startsAt: "2025-03-10T15:30",
        place: "Home",
      }),
    );

    expect(error.kind).toBe("forbidden");
  });
});
