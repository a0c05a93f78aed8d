import type { Kysely } from "kysely";
import type { Database } from "../../src/db/schema.ts";
import { AppError } from "../../src/domain/errors.ts";
import type { PlanDeps } from "../../src/domain/plans/plan-deps.ts";
import { startPlan } from "../../src/domain/plans/start-plan.ts";
import { actorFor, createClassroom } from "./factories.ts";

/** Monday 10 March 2025, 11:00 in New York: plan tests hold the clock here. */
export const fixedNow = new Date("2025-03-10T15:00:00Z");

export function planDeps(db: Kysely<Database>, now: Date = fixedNow): PlanDeps {
  return { db, clock: () => now };
}

/** A classroom whose teacher has started a plan for the student through the service. */
export async function classroomWithPlan(
  db: Kysely<Database>,
  options: Parameters<typeof createClassroom>[1] = {},
) {
  const room = await createClassroom(db, options);
  const { planId } = await startPlan(planDeps(db), actorFor(room.teacher), {
    studentId: room.student.id,
  });

  return { ...room, planId };
}

/** The AppError a call fails with; fails the test when the call succeeds. */
export async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (error instanceof AppError) return error;

  throw new Error(`expected an AppError, got ${String(error)}`);
}

export async function planRow(db: Kysely<Database>, planId: string) {
  return db.selectFrom("plans").selectAll().where("id", "=", planId).executeTakeFirstOrThrow();
}

export async function eventsOf(db: Kysely<Database>, planId: string) {
  return db
    .selectFrom("plan_events")
    .selectAll()
    .where("plan_id", "=", planId)
    .orderBy("id")
    .execute();
}
