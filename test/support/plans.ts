import type { Kysely } from "kysely";
import type { Database } from "../../src/db/schema.ts";
import { AppError } from "../../src/domain/errors.ts";
import type { InvitationDeps } from "../../src/domain/meetings/meeting-deps.ts";
import { addStatement } from "../../src/domain/plans/add-statement.ts";
import { agreePlan } from "../../src/domain/plans/agree-plan.ts";
import type { PlanDeps } from "../../src/domain/plans/plan-deps.ts";
import { startPlan } from "../../src/domain/plans/start-plan.ts";
import { actorFor, createClassroom } from "./factories.ts";

/** Monday 10 March 2025, 11:00 in New York: plan tests hold the clock here. */
export const fixedNow = new Date("2025-03-10T15:00:00Z");

/** The plan services' needs; closing a plan also writes meeting cancellations (their links). */
export function planDeps(db: Kysely<Database>, now: Date = fixedNow): InvitationDeps {
  const config = {
    baseUrl: "http://localhost:3999",
    mailFrom: "Math Action Plans <maps@localhost>",
  };

  return { db, clock: () => now, config };
}

/** A classroom whose teacher has started a plan for the student through the service. */
export async function classroomWithPlan(
  db: Kysely<Database>,
  options: Parameters<typeof createClassroom>[1] = {},
) {
  return startClassroomPlan(planDeps(db), options);
}

/** The same, with the caller's services and clock (a running app's, for a browser test). */
export async function startClassroomPlan(
  deps: PlanDeps,
  options: Parameters<typeof createClassroom>[1] = {},
) {
  const room = await createClassroom(deps.db, options);
  const { planId } = await startPlan(deps, actorFor(room.teacher), { studentId: room.student.id });

  return { ...room, planId };
}

/** A started plan holding one strength in the student's own words. */
export async function planWithStudentStrength(db: Kysely<Database>, body: string) {
  const room = await classroomWithPlan(db);
  const strength = { section: "strength" as const, body };
  const { statementId } = await addStatement(
    planDeps(db),
    actorFor(room.student),
    room.planId,
    strength,
  );

  return { ...room, statementId };
}

/** The words a statement holds now. */
export async function statementBody(db: Kysely<Database>, statementId: string) {
  const statement = await db
    .selectFrom("statements")
    .select("body")
    .where("id", "=", statementId)
    .executeTakeFirstOrThrow();

  return statement.body;
}

/** An agreed plan with one student action and one family action. */
export async function agreedPlanWithActions(db: Kysely<Database>) {
  const room = await classroomWithPlan(db);
  const deps = planDeps(db);
  const studentAction = await addStatement(deps, actorFor(room.student), room.planId, {
    section: "student_action",
    body: "Explain one problem to my sister each week",
  });
  const familyAction = await addStatement(deps, actorFor(room.guardian), room.planId, {
    section: "family_action",
    body: "Ask about math at dinner",
  });
  await agreePlan(deps, actorFor(room.teacher), room.planId, {});

  return {
    ...room,
    studentActionId: studentAction.statementId,
    familyActionId: familyAction.statementId,
  };
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
