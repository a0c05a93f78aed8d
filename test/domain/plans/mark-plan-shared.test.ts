import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findPlan } from "../../../src/db/plan-store.ts";
import { agreePlan } from "../../../src/domain/plans/agree-plan.ts";
import { closePlan } from "../../../src/domain/plans/close-plan.ts";
import { markPlanShared } from "../../../src/domain/plans/mark-plan-shared.ts";
import { dialects, freshDatabase, type TestDatabase } from "../../support/databases.ts";
import { actorFor } from "../../support/factories.ts";
import {
  classroomWithPlan,
  eventsOf,
  failure,
  fixedNow,
  planDeps,
  planRow,
} from "../../support/plans.ts";

describe.each(dialects)("marking a plan shared with the family on %s", (dialect) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await freshDatabase(dialect);
  });
  afterAll(async () => {
    await database.drop();
  });

  async function share(room: Awaited<ReturnType<typeof classroomWithPlan>>) {
    const plan = await findPlan(database.db, room.district.id, room.planId);
    if (!plan) throw new Error("no plan");

    await database.db
      .transaction()
      .execute((trx) =>
        markPlanShared(trx, { actor: actorFor(room.teacher), plan, now: fixedNow.toISOString() }),
      );
  }

  it("sharing a draft moves it to shared and records who shared it", async () => {
    const room = await classroomWithPlan(database.db);

    await share(room);

    expect(await planRow(database.db, room.planId)).toMatchObject({
      stage: "shared",
      shared_at: fixedNow.toISOString(),
      version: 2,
    });
    expect((await eventsOf(database.db, room.planId)).at(-1)).toMatchObject({
      kind: "plan.shared",
      actor_id: room.teacher.id,
    });
  });

  it("sharing an agreed plan again keeps it agreed", async () => {
    const room = await classroomWithPlan(database.db);
    await agreePlan(planDeps(database.db), actorFor(room.teacher), room.planId, {});

    await share(room);

    expect(await planRow(database.db, room.planId)).toMatchObject({
      stage: "agreed",
      shared_at: fixedNow.toISOString(),
    });
  });

  it("a closed plan cannot be shared", async () => {
    const room = await classroomWithPlan(database.db);
    await closePlan(planDeps(database.db), actorFor(room.teacher), room.planId);

    const error = await failure(share(room));

    expect(error.kind).toBe("conflict");
  });
});
