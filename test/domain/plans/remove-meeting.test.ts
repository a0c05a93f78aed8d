import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agreePlan } from "../../../src/domain/plans/agree-plan.ts";
import { closePlan } from "../../../src/domain/plans/close-plan.ts";
import { correctMeeting } from "../../../src/domain/plans/correct-meeting.ts";
import { MeetingConflict } from "../../../src/domain/plans/meeting-conflict.ts";
import { readPlan } from "../../../src/domain/plans/read-plan.ts";
import { recordMeeting } from "../../../src/domain/plans/record-meeting.ts";
import { removeMeeting } from "../../../src/domain/plans/remove-meeting.ts";
import { parseProgramFilters } from "../../../src/domain/program/program-filters.ts";
import { readProgram } from "../../../src/domain/program/read-program.ts";
import { readStudentRecords } from "../../../src/domain/records/read-student-records.ts";
import { studentRecordsPdf } from "../../../src/domain/records/records-pdf.ts";
import { pdfWords } from "../../pdf/pdf-tools.ts";
import { dialects, freshDatabase, type TestDatabase } from "../../support/databases.ts";
import { actorFor, createClassroom } from "../../support/factories.ts";
import { classroomWithPlan, failure, fixedNow, planDeps } from "../../support/plans.ts";

describe.each(dialects)("removing a meeting recorded by mistake on %s", (dialect) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await freshDatabase(dialect);
  });
  afterAll(async () => {
    await database.drop();
  });

  /** A plan with one meeting the family came to, recorded by the teacher. */
  async function planWithMeeting() {
    const room = await classroomWithPlan(database.db);
    const { meetingId } = await recordMeeting(
      planDeps(database.db),
      actorFor(room.teacher),
      room.planId,
      {
        startsAt: "2025-03-10T10:30",
        place: "Room 12",
        notes: "Notes about another child, typed on the wrong plan.",
        attendeeIds: [room.guardian.id, room.teacher.id],
      },
    );

    return { ...room, meetingId, target: { planId: room.planId, meetingId } };
  }

  const rowsAbout = async (meetingId: string) => ({
    meetings: await database.db
      .selectFrom("meetings")
      .select("id")
      .where("id", "=", meetingId)
      .execute(),
    attendees: await database.db
      .selectFrom("meeting_attendees")
      .select("person_id")
      .where("meeting_id", "=", meetingId)
      .execute(),
    versions: await database.db
      .selectFrom("meeting_versions")
      .select("id")
      .where("meeting_id", "=", meetingId)
      .execute(),
  });

  it("a removed meeting leaves the family's view; the history says who removed it", async () => {
    const room = await planWithMeeting();
    const deps = planDeps(database.db);

    await removeMeeting(deps, actorFor(room.teacher), room.target, { seen: "1" });

    const view = await readPlan(deps, actorFor(room.guardian), room.planId);
    expect(view.meetings).toEqual([]);
    expect(view.history.at(-1)).toMatchObject({
      kind: "meeting.removed",
      actorId: room.teacher.id,
      at: fixedNow.toISOString(),
      details: { meetingId: room.meetingId, startsAt: "2025-03-10T14:30:00.000Z" },
    });
    expect(JSON.stringify(view.history)).not.toContain("another child");
    expect(await rowsAbout(room.meetingId)).toEqual({ meetings: [], attendees: [], versions: [] });
  });

  it("a corrected meeting goes with every version of its record", async () => {
    const room = await planWithMeeting();
    const deps = planDeps(database.db);
    await correctMeeting(deps, actorFor(room.teacher), room.target, {
      startsAt: "2025-03-10T10:45",
      place: "Room 12",
      notes: "Still the wrong plan.",
      attendeeIds: [room.guardian.id],
      seen: "1",
    });

    await removeMeeting(deps, actorFor(room.administrator), room.target, { seen: "2" });

    expect(await rowsAbout(room.meetingId)).toEqual({ meetings: [], attendees: [], versions: [] });
    const view = await readPlan(deps, actorFor(room.teacher), room.planId);
    expect(view.history.map((entry) => entry.kind).slice(-3)).toEqual([
      "meeting.recorded",
      "meeting.corrected",
      "meeting.removed",
    ]);
  });

  it("a family member or the student cannot remove a meeting", async () => {
    const room = await planWithMeeting();

    for (const person of [room.guardian, room.student]) {
      const error = await failure(
        removeMeeting(planDeps(database.db), actorFor(person), room.target, {}),
      );
      expect(error.kind).toBe("forbidden");
    }
    expect((await rowsAbout(room.meetingId)).meetings).toHaveLength(1);
  });

  it("a teacher of another school learns nothing of the plan", async () => {
    const room = await planWithMeeting();
    const elsewhere = await createClassroom(database.db);

    const error = await failure(
      removeMeeting(planDeps(database.db), actorFor(elsewhere.teacher), room.target, {}),
    );

    expect(error.kind).toBe("not_found");
    expect((await rowsAbout(room.meetingId)).meetings).toHaveLength(1);
  });

  it("nobody can remove a meeting from a closed plan", async () => {
    const room = await planWithMeeting();
    await closePlan(planDeps(database.db), actorFor(room.teacher), room.planId);

    const error = await failure(
      removeMeeting(planDeps(database.db), actorFor(room.teacher), room.target, {}),
    );

    expect(error.kind).toBe("conflict");
    expect((await rowsAbout(room.meetingId)).meetings).toHaveLength(1);
  });

  it("a removal confirmed on a version someone corrected meanwhile removes nothing", async () => {
    const room = await planWithMeeting();
    const deps = planDeps(database.db);
    await correctMeeting(deps, actorFor(room.administrator), room.target, {
      startsAt: "2025-03-10T10:30",
      place: "Library",
      seen: "1",
    });

    const error = await failure(
      removeMeeting(deps, actorFor(room.teacher), room.target, { seen: "1" }),
    );

    expect(error).toBeInstanceOf(MeetingConflict);
    expect((error as MeetingConflict).details.current).toMatchObject({
      place: "Library",
      version: 2,
    });
    expect((await rowsAbout(room.meetingId)).meetings).toHaveLength(1);
  });

  it("a meeting removed twice at once goes once; the second is told it is gone", async () => {
    const room = await planWithMeeting();
    const deps = planDeps(database.db);

    const results = await Promise.allSettled([
      removeMeeting(deps, actorFor(room.teacher), room.target, { seen: "1" }),
      removeMeeting(deps, actorFor(room.administrator), room.target, { seen: "1" }),
    ]);

    const refused = results.flatMap((result) =>
      result.status === "rejected" ? [result.reason] : [],
    );
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({ kind: "not_found" });
    const view = await readPlan(deps, actorFor(room.teacher), room.planId);
    expect(view.history.filter((entry) => entry.kind === "meeting.removed")).toHaveLength(1);
  });

  it("the program page stops counting a family at a meeting that was removed", async () => {
    const room = await planWithMeeting();
    const deps = planDeps(database.db);
    const families = async () =>
      (await readProgram(deps, actorFor(room.teacher), parseProgramFilters({}))).families;
    expect(await families()).toMatchObject({ plans: 1, attended: 1 });

    await removeMeeting(deps, actorFor(room.teacher), room.target, { seen: "1" });

    expect(await families()).toMatchObject({ plans: 1, attended: 0 });
  });

  it("the program page follows a correction of who came to a meeting", async () => {
    const room = await planWithMeeting();
    const deps = planDeps(database.db);
    const families = async () =>
      (await readProgram(deps, actorFor(room.teacher), parseProgramFilters({}))).families;

    await correctMeeting(deps, actorFor(room.teacher), room.target, {
      startsAt: "2025-03-10T10:30",
      place: "Room 12",
      attendeeIds: [room.teacher.id],
      seen: "1",
    });

    expect(await families()).toMatchObject({ plans: 1, attended: 0 });
  });

  it("the next check-in stays on the day it was set when a meeting is removed", async () => {
    const room = await planWithMeeting();
    const deps = planDeps(database.db);
    await agreePlan(deps, actorFor(room.teacher), room.planId, { firstCheckInOn: "2025-03-24" });

    await removeMeeting(deps, actorFor(room.teacher), room.target, { seen: "1" });

    const view = await readPlan(deps, actorFor(room.guardian), room.planId);
    expect(view.nextCheckIn).toEqual({ dueOn: "2025-03-24", overdue: false });
  });

  it("the records download holds a corrected meeting's versions, nothing removed", async () => {
    const corrected = await planWithMeeting();
    const deps = planDeps(database.db);
    await correctMeeting(deps, actorFor(corrected.teacher), corrected.target, {
      startsAt: "2025-03-10T10:30",
      place: "Room 14",
      notes: "We met in room 14.",
      attendeeIds: [corrected.guardian.id],
      seen: "1",
    });
    const removed = await planWithMeeting();
    await removeMeeting(deps, actorFor(removed.teacher), removed.target, { seen: "1" });

    const records = await readStudentRecords(
      deps,
      actorFor(corrected.guardian),
      corrected.student.id,
    );
    const [plan] = records.plans;
    expect(plan?.meetings).toEqual([expect.objectContaining({ place: "Room 14" })]);
    expect(plan?.meetingVersions.map((version) => [version.change, version.place])).toEqual([
      ["recorded", "Room 12"],
      ["corrected", "Room 14"],
    ]);
    const text = pdfWords(await studentRecordsPdf(records, "en"));
    expect(text).toContain("Earlier versions of corrected meetings");
    expect(text).toContain("We met in room 14.");
    const gone = await readStudentRecords(deps, actorFor(removed.guardian), removed.student.id);
    expect(gone.plans[0]?.meetings).toEqual([]);
    expect(gone.plans[0]?.meetingVersions).toEqual([]);
    expect(JSON.stringify(gone)).not.toContain("wrong plan");
  });
});
