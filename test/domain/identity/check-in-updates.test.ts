import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendCheckInUpdate } from "../../../src/domain/check-ins/updates/send-check-in-update.ts";
import { editStatement } from "../../../src/domain/plans/edit-statement.ts";
import { listPlanHistory } from "../../../src/domain/plans/plan-history.ts";
import { readPlan } from "../../../src/domain/plans/read-plan.ts";
import { retireStatement } from "../../../src/domain/plans/retire-statement.ts";
import { dialects, freshDatabase, type TestDatabase } from "../../support/databases.ts";
import { actorFor } from "../../support/factories.ts";
import {
  agreedPlanWithActions,
  classroomWithPlan,
  failure,
  planDeps,
} from "../../support/plans.ts";

describe.each(dialects)("updates before a check-in and versions of actions, on %s", (dialect) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await freshDatabase(dialect);
  });
  afterAll(async () => {
    await database.drop();
  });

  const agreedPlan = () => agreedPlanWithActions(database.db);

  it("the teacher reads the student's and the family's updates, each in its voice", async () => {
    const room = await agreedPlan();
    const deps = planDeps(database.db);
    await sendCheckInUpdate(deps, actorFor(room.student), room.planId, {
      wentWell: "I explained fractions to my sister.",
      wasHard: "Word problems",
      progress: { [room.studentActionId]: "under_way" },
    });
    const anHourLater = planDeps(database.db, new Date("2025-03-10T16:00:00Z"));
    await sendCheckInUpdate(anHourLater, actorFor(room.guardian), room.planId, {
      wentWell: "We talked about prices at dinner.",
      progress: { [room.familyActionId]: "done" },
    });

    const view = await readPlan(deps, actorFor(room.teacher), room.planId);
    expect(view.checkInUpdates).toMatchObject([
      {
        voice: "student",
        wentWell: "I explained fractions to my sister.",
        wasHard: "Word problems",
        progress: [{ statementId: room.studentActionId, progress: "under_way" }],
      },
      {
        voice: "family",
        wentWell: "We talked about prices at dinner.",
        wasHard: null,
        progress: [{ statementId: room.familyActionId, progress: "done" }],
      },
    ]);
    const familyView = await readPlan(deps, actorFor(room.guardian), room.planId);
    expect(familyView.checkInUpdates).toEqual([]);
  });

  it("sending again before the check-in replaces the update", async () => {
    const room = await agreedPlan();
    const deps = planDeps(database.db);
    const student = actorFor(room.student);
    await sendCheckInUpdate(deps, student, room.planId, { wentWell: "First try" });
    await sendCheckInUpdate(deps, student, room.planId, { wasHard: "Second thoughts" });

    const view = await readPlan(deps, actorFor(room.teacher), room.planId);
    expect(view.checkInUpdates).toMatchObject([{ wentWell: null, wasHard: "Second thoughts" }]);
  });

  it("a student cannot mark progress on the family's action", async () => {
    const room = await agreedPlan();
    const error = await failure(
      sendCheckInUpdate(planDeps(database.db), actorFor(room.student), room.planId, {
        progress: { [room.familyActionId]: "done" },
      }),
    );

    expect(error.kind).toBe("invalid_input");
    expect(error.problems[0]?.field).toBe("progress");
  });

  it("an empty or overlong update is refused with a message naming the field", async () => {
    const room = await agreedPlan();
    const deps = planDeps(database.db);
    const student = actorFor(room.student);

    const empty = await failure(sendCheckInUpdate(deps, student, room.planId, { wentWell: " " }));
    const long = await failure(
      sendCheckInUpdate(deps, student, room.planId, { wasHard: "a".repeat(601) }),
    );

    expect(empty.problems[0]?.field).toBe("wentWell");
    expect(long.problems).toEqual([
      { field: "wasHard", message: "What was hard can be at most 600 characters." },
    ]);
    const updates = await database.db.selectFrom("check_in_updates").selectAll().execute();
    expect(updates.filter((update) => update.plan_id === room.planId)).toEqual([]);
  });

  it("before the plan is agreed there is no check-in to send an update for", async () => {
    const room = await classroomWithPlan(database.db);
    const error = await failure(
      sendCheckInUpdate(planDeps(database.db), actorFor(room.student), room.planId, {
        wentWell: "Ready",
      }),
    );

    expect(error.kind).toBe("conflict");
  });

  it("a teacher does not send updates: they read them at the check-in", async () => {
    const room = await agreedPlan();
    const error = await failure(
      sendCheckInUpdate(planDeps(database.db), actorFor(room.teacher), room.planId, {
        wentWell: "Fine",
      }),
    );

    expect(error.kind).toBe("forbidden");
  });

  it("an action changed and then retired keeps every version, with who and when", async () => {
    const room = await agreedPlan();
    const student = actorFor(room.student);
    const target = { planId: room.planId, statementId: room.studentActionId };
    const later = new Date("2025-03-24T16:00:00Z");
    await editStatement(planDeps(database.db, later), student, target, {
      body: "Explain two problems to my sister each week",
    });
    await retireStatement(planDeps(database.db, later), actorFor(room.student), target);

    const history = await listPlanHistory(
      planDeps(database.db),
      actorFor(room.guardian),
      room.planId,
    );
    const retired = history.find((entry) => entry.kind === "statement.retired");
    const edited = history.find((entry) => entry.kind === "statement.edited");
    expect(edited?.versions).toBeUndefined();
    expect(retired?.versions).toMatchObject([
      { version: 1, change: "written", body: "Explain one problem to my sister each week" },
      {
        version: 2,
        change: "edited",
        body: "Explain two problems to my sister each week",
        changedByName: "Sam Example",
        at: later.toISOString(),
      },
      { version: 3, change: "retired", body: "Explain two problems to my sister each week" },
    ]);
  });
});
