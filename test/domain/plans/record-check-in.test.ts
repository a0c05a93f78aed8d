import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addStatement } from "../../../src/domain/plans/add-statement.ts";
import { readPlan } from "../../../src/domain/plans/read-plan.ts";
import { recordCheckIn } from "../../../src/domain/plans/record-check-in.ts";
import { dialects, freshDatabase, type TestDatabase } from "../../support/databases.ts";
import { actorFor } from "../../support/factories.ts";
import {
  agreedPlanWithActions,
  classroomWithPlan,
  failure,
  fixedNow,
  planDeps,
  planRow,
} from "../../support/plans.ts";

describe.each(dialects)("checking in on a plan on %s", (dialect) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await freshDatabase(dialect);
  });
  afterAll(async () => {
    await database.drop();
  });

  const agreedPlan = () => agreedPlanWithActions(database.db);

  const twoWeeksOn = new Date("2025-03-24T16:00:00Z");

  it("a teacher records progress on each action and a note, and the next is set", async () => {
    const room = await agreedPlan();
    const deps = planDeps(database.db, twoWeeksOn);

    const { nextCheckInOn } = await recordCheckIn(deps, actorFor(room.teacher), room.planId, {
      progress: { [room.studentActionId]: "done", [room.familyActionId]: "under_way" },
      note: "Sam taught the whole family fractions.",
    });

    expect(nextCheckInOn).toBe("2025-04-07");
    expect((await planRow(database.db, room.planId)).stage).toBe("checking_in");
    const view = await readPlan(deps, actorFor(room.guardian), room.planId);
    const progressOf = (id: string) => view.statements.find((s) => s.id === id)?.progress;
    expect(progressOf(room.studentActionId)).toBe("done");
    expect(progressOf(room.familyActionId)).toBe("under_way");
    expect(view.checkIns).toMatchObject([
      {
        dueOn: "2025-03-24",
        heldAt: twoWeeksOn.toISOString(),
        note: "Sam taught the whole family fractions.",
      },
      { dueOn: "2025-04-07", heldAt: null },
    ]);
    expect(view.checkIns[0]?.progress.map((entry) => entry.progress).sort()).toEqual([
      "done",
      "under_way",
    ]);
    expect(view.nextCheckIn).toEqual({ dueOn: "2025-04-07", overdue: false });
    expect(view.history.at(-1)).toMatchObject({
      kind: "check_in.recorded",
      actorId: room.teacher.id,
      details: { actions: 2, nextCheckInOn: "2025-04-07" },
    });
  });

  it("a check-in that was missed shows as overdue", async () => {
    const room = await agreedPlan();

    const view = await readPlan(
      planDeps(database.db, new Date("2025-03-26T15:00:00Z")),
      actorFor(room.teacher),
      room.planId,
    );

    expect(view.nextCheckIn).toEqual({ dueOn: "2025-03-24", overdue: true });
  });

  it("an action that changed is recorded as changed", async () => {
    const room = await agreedPlan();

    await recordCheckIn(planDeps(database.db, twoWeeksOn), actorFor(room.teacher), room.planId, {
      progress: { [room.familyActionId]: "changed" },
      nextCheckInOn: "2025-04-01",
    });

    const view = await readPlan(planDeps(database.db), actorFor(room.teacher), room.planId);
    expect(view.statements.find((s) => s.id === room.familyActionId)?.progress).toBe("changed");
    expect(view.nextCheckIn?.dueOn).toBe("2025-04-01");
  });

  it("progress on something that is not an action of the plan is refused", async () => {
    const room = await agreedPlan();
    const strength = await addStatement(
      planDeps(database.db),
      actorFor(room.student),
      room.planId,
      { section: "strength", body: "I am patient" },
    );

    const error = await failure(
      recordCheckIn(planDeps(database.db, twoWeeksOn), actorFor(room.teacher), room.planId, {
        progress: { [strength.statementId]: "done" },
      }),
    );

    expect(error.problems.map((problem) => problem.field)).toEqual(["progress"]);
    expect((await planRow(database.db, room.planId)).stage).toBe("agreed");
  });

  it("a progress value outside the four the practice uses is refused", async () => {
    const room = await agreedPlan();

    const error = await failure(
      recordCheckIn(planDeps(database.db, twoWeeksOn), actorFor(room.teacher), room.planId, {
        progress: { [room.studentActionId]: "failed" },
      }),
    );

    expect(error.kind).toBe("invalid_input");
  });

  it("check-ins start only once the plan is agreed", async () => {
    const room = await classroomWithPlan(database.db);

    const error = await failure(
      recordCheckIn(planDeps(database.db), actorFor(room.teacher), room.planId, {}),
    );

    expect(error.kind).toBe("conflict");
  });

  it("a student cannot record a check-in", async () => {
    const room = await agreedPlan();

    const error = await failure(
      recordCheckIn(planDeps(database.db, twoWeeksOn), actorFor(room.student), room.planId, {
        progress: { [room.studentActionId]: "done" },
      }),
    );

    expect(error.kind).toBe("forbidden");
    const view = await readPlan(planDeps(database.db), actorFor(room.student), room.planId);
    expect(view.statements.map((statement) => statement.progress)).toEqual([
      "not_started",
      "not_started",
    ]);
  });

  it("the plan's history shows what changed, when and by whom", async () => {
    const room = await agreedPlan();
    await recordCheckIn(planDeps(database.db, twoWeeksOn), actorFor(room.teacher), room.planId, {
      progress: { [room.studentActionId]: "under_way" },
    });

    const view = await readPlan(planDeps(database.db), actorFor(room.student), room.planId);

    expect(view.history.map((entry) => [entry.kind, entry.actorName, entry.at])).toEqual([
      ["plan.started", "Tamara Example", fixedNow.toISOString()],
      ["statement.added", "Sam Example", fixedNow.toISOString()],
      ["statement.added", "Gloria Example", fixedNow.toISOString()],
      ["plan.agreed", "Tamara Example", fixedNow.toISOString()],
      ["check_in.recorded", "Tamara Example", twoWeeksOn.toISOString()],
    ]);
  });
});
