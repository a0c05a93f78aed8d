import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agreePlan } from "../../../src/domain/plans/agree-plan.ts";
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

describe.each(dialects)("agreeing a plan on %s", (dialect) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await freshDatabase(dialect);
  });
  afterAll(async () => {
    await database.drop();
  });

  const checkInsOf = (planId: string) =>
    database.db.selectFrom("check_ins").selectAll().where("plan_id", "=", planId).execute();

  it("agreeing schedules the first check-in two weeks later", async () => {
    const room = await classroomWithPlan(database.db);

    const { firstCheckInOn } = await agreePlan(
      planDeps(database.db),
      actorFor(room.teacher),
      room.planId,
      {},
    );

    expect(firstCheckInOn).toBe("2025-03-24");
    expect(await planRow(database.db, room.planId)).toMatchObject({
      stage: "agreed",
      agreed_at: fixedNow.toISOString(),
      version: 2,
    });
    expect(await checkInsOf(room.planId)).toMatchObject([{ due_on: "2025-03-24", held_at: null }]);
    const last = (await eventsOf(database.db, room.planId)).at(-1);
    expect(last).toMatchObject({ kind: "plan.agreed", actor_id: room.teacher.id });
  });

  it("a school with its own rhythm schedules the first check-in by it", async () => {
    const room = await classroomWithPlan(database.db, { checkInCadenceDays: 21 });

    const { firstCheckInOn } = await agreePlan(
      planDeps(database.db),
      actorFor(room.teacher),
      room.planId,
      { firstCheckInOn: "" },
    );

    expect(firstCheckInOn).toBe("2025-03-31");
  });

  it("the first check-in falls on the school's day, not the server's", async () => {
    // 02:00 UTC on 11 March is still the evening of 10 March in Los Angeles.
    const room = await classroomWithPlan(database.db, { timeZone: "America/Los_Angeles" });
    const lateEvening = planDeps(database.db, new Date("2025-03-11T02:00:00Z"));

    const { firstCheckInOn } = await agreePlan(
      lateEvening,
      actorFor(room.teacher),
      room.planId,
      {},
    );

    expect(firstCheckInOn).toBe("2025-03-24");
  });

  it("a teacher picks another day for the first check-in", async () => {
    const room = await classroomWithPlan(database.db);

    const { firstCheckInOn } = await agreePlan(
      planDeps(database.db),
      actorFor(room.teacher),
      room.planId,
      { firstCheckInOn: "2025-03-20" },
    );

    expect(firstCheckInOn).toBe("2025-03-20");
  });

  it("a first check-in in the past is refused and the plan stays a draft", async () => {
    const room = await classroomWithPlan(database.db);

    const error = await failure(
      agreePlan(planDeps(database.db), actorFor(room.teacher), room.planId, {
        firstCheckInOn: "2025-03-01",
      }),
    );

    expect(error.problems).toEqual([
      { field: "firstCheckInOn", message: "First check-in must be a day after today." },
    ]);
    expect((await planRow(database.db, room.planId)).stage).toBe("draft");
    expect(await checkInsOf(room.planId)).toEqual([]);
  });

  it("a plan cannot be agreed twice", async () => {
    const room = await classroomWithPlan(database.db);
    const deps = planDeps(database.db);
    await agreePlan(deps, actorFor(room.teacher), room.planId, {});

    const error = await failure(agreePlan(deps, actorFor(room.teacher), room.planId, {}));

    expect(error.kind).toBe("conflict");
    expect(await checkInsOf(room.planId)).toHaveLength(1);
  });

  it("a family member cannot mark the plan agreed", async () => {
    const room = await classroomWithPlan(database.db);

    const error = await failure(
      agreePlan(planDeps(database.db), actorFor(room.guardian), room.planId, {}),
    );

    expect(error.kind).toBe("forbidden");
    expect((await planRow(database.db, room.planId)).stage).toBe("draft");
  });
});
