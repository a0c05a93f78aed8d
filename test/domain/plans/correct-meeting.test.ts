import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closePlan } from "../../../src/domain/plans/close-plan.ts";
import { correctMeeting } from "../../../src/domain/plans/correct-meeting.ts";
import { MeetingConflict } from "../../../src/domain/plans/meeting-conflict.ts";
import { readPlan } from "../../../src/domain/plans/read-plan.ts";
import { recordMeeting } from "../../../src/domain/plans/record-meeting.ts";
import { deleteStudentRecords } from "../../../src/domain/records/delete-student-records.ts";
import { dialects, freshDatabase, type TestDatabase } from "../../support/databases.ts";
import { actorFor, createClassroom } from "../../support/factories.ts";
import { classroomWithPlan, failure, fixedNow, planDeps } from "../../support/plans.ts";

/*
 * Correcting a recorded meeting (time, place, attendees, notes) keeps every earlier version; a
 * correction made over a version someone changed meanwhile is refused with both. Who may do it
 * and on which plans is the same for removing one recorded by mistake (remove-meeting.test.ts).
 */

describe.each(dialects)("correcting a recorded meeting on %s", (dialect) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await freshDatabase(dialect);
  });
  afterAll(async () => {
    await database.drop();
  });

  /** A plan with one meeting the teacher recorded, with a typo and the wrong time. */
  async function planWithMeeting() {
    const room = await classroomWithPlan(database.db);
    const { meetingId } = await recordMeeting(
      planDeps(database.db),
      actorFor(room.teacher),
      room.planId,
      {
        startsAt: "2025-03-10T10:30",
        place: "Room 12",
        notes: "We chose one acton each.",
        attendeeIds: [room.student.id, room.guardian.id, room.teacher.id],
      },
    );

    return { ...room, meetingId };
  }

  const correction = (fields: Record<string, unknown> = {}) => ({
    startsAt: "2025-03-09T16:00",
    place: "Room 12",
    videoLink: "",
    notes: "We chose one action each.",
    seen: "1",
    ...fields,
  });

  it("a teacher corrects time, attendees and notes; the history keeps the first", async () => {
    const room = await planWithMeeting();
    const deps = planDeps(database.db);

    const attendeeIds = [room.student.id, room.teacher.id];
    await correctMeeting(
      deps,
      actorFor(room.teacher),
      { planId: room.planId, meetingId: room.meetingId },
      correction({ attendeeIds }),
    );

    const view = await readPlan(deps, actorFor(room.guardian), room.planId);
    expect(view.meetings).toHaveLength(1);
    // 16:00 in New York on 9 March 2025 is daylight time (from 2 AM), four hours behind UTC.
    expect(view.meetings[0]).toMatchObject({
      startsAt: "2025-03-09T20:00:00.000Z",
      notes: "We chose one action each.",
      version: 2,
    });
    expect(view.meetings[0]?.attendees.map((person) => person.id).sort()).toEqual(
      [...attendeeIds].sort(),
    );
    const corrected = view.history.at(-1);
    expect(corrected).toMatchObject({
      kind: "meeting.corrected",
      actorId: room.teacher.id,
      at: fixedNow.toISOString(),
    });
    expect(corrected?.meetingVersions).toEqual([
      expect.objectContaining({
        version: 1,
        change: "recorded",
        startsAt: "2025-03-10T14:30:00.000Z",
        notes: "We chose one acton each.",
        attendees: expect.arrayContaining([expect.stringContaining("Gloria")]),
      }),
      expect.objectContaining({
        version: 2,
        change: "corrected",
        notes: "We chose one action each.",
        changedByName: expect.stringContaining("Tamara"),
      }),
    ]);
    expect(corrected?.meetingVersions?.[0]?.attendees).toHaveLength(3);
  });

  it("a second correction keeps the first one too, and an administrator may make it", async () => {
    const room = await planWithMeeting();
    const deps = planDeps(database.db);
    const target = { planId: room.planId, meetingId: room.meetingId };

    await correctMeeting(deps, actorFor(room.teacher), target, correction());
    await correctMeeting(
      deps,
      actorFor(room.administrator),
      target,
      correction({ seen: "2", place: "Library" }),
    );

    const view = await readPlan(deps, actorFor(room.teacher), room.planId);
    const corrections = view.history.filter((entry) => entry.kind === "meeting.corrected");
    expect(corrections).toHaveLength(2);
    expect(corrections[0]?.meetingVersions).toBeUndefined();
    expect(corrections[1]?.meetingVersions?.map((version) => version.place)).toEqual([
      "Room 12",
      "Room 12",
      "Library",
    ]);
    expect(view.meetings[0]).toMatchObject({ place: "Library", version: 3 });
  });

  it("a family member or the student cannot correct a meeting", async () => {
    const room = await planWithMeeting();
    const target = { planId: room.planId, meetingId: room.meetingId };

    for (const person of [room.guardian, room.student]) {
      const error = await failure(
        correctMeeting(planDeps(database.db), actorFor(person), target, correction()),
      );
      expect(error.kind).toBe("forbidden");
    }
    const view = await readPlan(planDeps(database.db), actorFor(room.teacher), room.planId);
    expect(view.meetings[0]).toMatchObject({ notes: "We chose one acton each.", version: 1 });
  });

  it("a teacher of another school learns nothing of the plan", async () => {
    const room = await planWithMeeting();
    const elsewhere = await createClassroom(database.db);

    const error = await failure(
      correctMeeting(
        planDeps(database.db),
        actorFor(elsewhere.teacher),
        { planId: room.planId, meetingId: room.meetingId },
        correction(),
      ),
    );

    expect(error.kind).toBe("not_found");
  });

  it("nobody can correct a meeting on a closed or an archived plan", async () => {
    const closed = await planWithMeeting();
    await closePlan(planDeps(database.db), actorFor(closed.teacher), closed.planId);
    const archived = await planWithMeeting();
    await database.db
      .updateTable("plans")
      .set({ stage: "closed", archived_at: fixedNow.toISOString() })
      .where("id", "=", archived.planId)
      .execute();

    for (const room of [closed, archived]) {
      const error = await failure(
        correctMeeting(
          planDeps(database.db),
          actorFor(room.teacher),
          { planId: room.planId, meetingId: room.meetingId },
          correction(),
        ),
      );
      expect(error.kind).toBe("conflict");
    }
  });

  it("a correction over a version changed meanwhile is refused, with the record now", async () => {
    const room = await planWithMeeting();
    const deps = planDeps(database.db);
    const target = { planId: room.planId, meetingId: room.meetingId };
    await correctMeeting(deps, actorFor(room.administrator), target, correction());

    const error = await failure(
      correctMeeting(deps, actorFor(room.teacher), target, correction({ notes: "Mine" })),
    );

    expect(error).toBeInstanceOf(MeetingConflict);
    expect((error as MeetingConflict).details.current).toMatchObject({
      version: 2,
      notes: "We chose one action each.",
    });
    const view = await readPlan(deps, actorFor(room.teacher), room.planId);
    expect(view.meetings[0]?.notes).toBe("We chose one action each.");
  });

  it("of two corrections saved at once from one version, one wins, one is told", async () => {
    const room = await planWithMeeting();
    const deps = planDeps(database.db);
    const target = { planId: room.planId, meetingId: room.meetingId };

    const results = await Promise.allSettled([
      correctMeeting(deps, actorFor(room.teacher), target, correction({ notes: "First" })),
      correctMeeting(deps, actorFor(room.administrator), target, correction({ notes: "Second" })),
    ]);

    const refused = results.filter((result) => result.status === "rejected");
    expect(refused).toHaveLength(1);
    expect((refused[0] as PromiseRejectedResult).reason).toBeInstanceOf(MeetingConflict);
    const view = await readPlan(deps, actorFor(room.teacher), room.planId);
    expect(view.meetings[0]?.version).toBe(2);
    const kept = view.history.filter((entry) => entry.kind === "meeting.corrected");
    expect(kept).toHaveLength(1);
    expect(kept[0]?.meetingVersions).toHaveLength(2);
  });

  it("a wrong date and overlong notes are named at their fields", async () => {
    const room = await planWithMeeting();

    const error = await failure(
      correctMeeting(
        planDeps(database.db),
        actorFor(room.teacher),
        { planId: room.planId, meetingId: room.meetingId },
        correction({ startsAt: "13/03/2025 4pm", notes: "x".repeat(2001) }),
      ),
    );

    expect(error.problems).toEqual([
      { field: "startsAt", message: "Date and time must be a date and a time." },
      { field: "notes", message: "Meeting notes can be at most 2,000 characters." },
    ]);
  });

  it("a day still to come, no place and overlong notes are all named in one answer", async () => {
    const room = await planWithMeeting();

    const error = await failure(
      correctMeeting(
        planDeps(database.db),
        actorFor(room.teacher),
        { planId: room.planId, meetingId: room.meetingId },
        correction({ startsAt: "2025-03-11T09:00", place: "", notes: "x".repeat(2001) }),
      ),
    );

    expect(error.problems.map((problem) => problem.field)).toEqual(["startsAt", "notes", "place"]);
    expect(error.problems[0]?.message).toContain("must be a day from Aug 1, 2023 to Mar 10, 2025");
  });

  it("a correction moving the meeting to later today is refused at its field", async () => {
    const room = await planWithMeeting();
    const target = { planId: room.planId, meetingId: room.meetingId };

    const error = await failure(
      correctMeeting(
        planDeps(database.db),
        actorFor(room.teacher),
        target,
        correction({ startsAt: "2025-03-10T16:00" }),
      ),
    );

    expect(error.problems).toEqual([
      { field: "startsAt", message: expect.stringContaining("is later than now") },
    ]);
    const view = await readPlan(planDeps(database.db), actorFor(room.teacher), room.planId);
    expect(view.meetings[0]).toMatchObject({ startsAt: "2025-03-10T14:30:00.000Z", version: 1 });
  });

  it("a script tag in the place and notes is kept as the words typed", async () => {
    const room = await planWithMeeting();
    const typed = "<script>alert(1)</script>";

    await correctMeeting(
      planDeps(database.db),
      actorFor(room.teacher),
      { planId: room.planId, meetingId: room.meetingId },
      correction({ place: `Room 12 ${typed}`, notes: `We agreed ${typed}` }),
    );

    const view = await readPlan(planDeps(database.db), actorFor(room.teacher), room.planId);
    expect(view.meetings[0]).toMatchObject({
      place: `Room 12 ${typed}`,
      notes: `We agreed ${typed}`,
    });
  });

  it("words about mathematics with < and > are kept as typed", async () => {
    const room = await planWithMeeting();
    const notes = "Sam showed x<a and b>y, and that 3 < 5 > 2.";

    await correctMeeting(
      planDeps(database.db),
      actorFor(room.teacher),
      { planId: room.planId, meetingId: room.meetingId },
      correction({ notes }),
    );

    const view = await readPlan(planDeps(database.db), actorFor(room.teacher), room.planId);
    expect(view.meetings[0]?.notes).toBe(notes);
  });

  it("a family member whose link has ended can stay on the corrected record", async () => {
    const room = await planWithMeeting();
    await database.db
      .updateTable("guardian_links")
      .set({ active: 0 })
      .where("guardian_id", "=", room.guardian.id)
      .execute();
    const attendeeIds = [room.guardian.id, room.teacher.id];

    await correctMeeting(
      planDeps(database.db),
      actorFor(room.teacher),
      { planId: room.planId, meetingId: room.meetingId },
      correction({ attendeeIds }),
    );

    const view = await readPlan(planDeps(database.db), actorFor(room.teacher), room.planId);
    expect(view.meetings[0]?.attendees.map((person) => person.id).sort()).toEqual(
      attendeeIds.sort(),
    );
  });

  it("records deleted on request take every version of a meeting with them", async () => {
    const room = await planWithMeeting();
    const deps = planDeps(database.db);
    await correctMeeting(
      deps,
      actorFor(room.teacher),
      { planId: room.planId, meetingId: room.meetingId },
      correction({ attendeeIds: [room.student.id, room.guardian.id] }),
    );

    const deleted = await deleteStudentRecords(
      { db: database.db, dialect, clock: deps.clock },
      actorFor(room.administrator),
      room.student.id,
      { confirmName: `${room.student.givenName} ${room.student.familyName}` },
    );

    expect(deleted).toMatchObject({ meeting_versions: 2, meeting_version_attendees: 5 });
    const left = await database.db
      .selectFrom("meeting_versions")
      .select("id")
      .where("meeting_id", "=", room.meetingId)
      .execute();
    expect(left).toEqual([]);
  });

  it("saving the record as it was changes nothing and adds nothing to the history", async () => {
    const room = await planWithMeeting();
    const deps = planDeps(database.db);
    const before = await readPlan(deps, actorFor(room.teacher), room.planId);

    const result = await correctMeeting(
      deps,
      actorFor(room.teacher),
      { planId: room.planId, meetingId: room.meetingId },
      correction({
        startsAt: "2025-03-10T10:30",
        notes: "We chose one acton each.",
        attendeeIds: [room.teacher.id, room.guardian.id, room.student.id],
      }),
    );

    expect(result.changed).toBe(false);
    const after = await readPlan(deps, actorFor(room.teacher), room.planId);
    expect(after.history).toEqual(before.history);
    expect(after.meetings[0]?.version).toBe(1);
  });
});
