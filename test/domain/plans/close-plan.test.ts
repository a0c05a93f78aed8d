import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closePlan } from "../../../src/domain/plans/close-plan.ts";
import { commentOnPlan } from "../../../src/domain/plans/comment-on-plan.ts";
import { readPlan } from "../../../src/domain/plans/read-plan.ts";
import { dialects, freshDatabase, type TestDatabase } from "../../support/databases.ts";
import { actorFor } from "../../support/factories.ts";
import { classroomWithPlan, failure, fixedNow, planDeps, planRow } from "../../support/plans.ts";

describe.each(dialects)("closing a plan on %s", (dialect) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await freshDatabase(dialect);
  });
  afterAll(async () => {
    await database.drop();
  });

  it("a teacher closes a plan; it stays readable and takes no more changes", async () => {
    const room = await classroomWithPlan(database.db);
    const deps = planDeps(database.db);

    await closePlan(deps, actorFor(room.teacher), room.planId);

    expect(await planRow(database.db, room.planId)).toMatchObject({
      stage: "closed",
      closed_at: fixedNow.toISOString(),
    });
    const view = await readPlan(deps, actorFor(room.guardian), room.planId);
    expect(view.plan.stage).toBe("closed");
    const error = await failure(
      commentOnPlan(deps, actorFor(room.guardian), room.planId, { body: "One more thing" }),
    );
    expect(error.kind).toBe("conflict");
  });

  it("a plan cannot be closed twice", async () => {
    const room = await classroomWithPlan(database.db);
    await closePlan(planDeps(database.db), actorFor(room.teacher), room.planId);

    const error = await failure(
      closePlan(planDeps(database.db), actorFor(room.teacher), room.planId),
    );

    expect(error.kind).toBe("conflict");
  });

  it("a student cannot close their plan", async () => {
    const room = await classroomWithPlan(database.db);

    const error = await failure(
      closePlan(planDeps(database.db), actorFor(room.student), room.planId),
    );

    expect(error.kind).toBe("forbidden");
    expect((await planRow(database.db, room.planId)).stage).toBe("draft");
  });
});
