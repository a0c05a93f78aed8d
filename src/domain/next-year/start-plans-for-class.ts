import { randomUUID } from "node:crypto";
import { isoNow } from "../../clock.ts";
import { insertStartedPlans, listClassStudentsForNextYear } from "../../db/program-store.ts";
import type { Actor } from "../access/actor.ts";
import { authorizeClass } from "../access/policy.ts";
import type { PlanDeps } from "../plans/plan-deps.ts";

export interface ClassStartSummary {
  started: number;
  /** Students who already have an open plan: theirs is left as it is. */
  skipped: number;
}

/**
 * At the start of a year a teacher (or an administrator) starts a draft plan for every student
 * of a class at once. A student keeps one open plan at a time, so those who have one are
 * skipped; all the new plans are written in one transaction, or none.
 */
export async function startPlansForClass(
  deps: PlanDeps,
  actor: Actor,
  classId: string,
): Promise<ClassStartSummary> {
  const { klass } = await authorizeClass(deps.db, actor, classId);

  const now = isoNow(deps.clock);
  return deps.db.transaction().execute(async (trx) => {
    const students = await listClassStudentsForNextYear(trx, actor.districtId, klass.id);
    const waiting = students.filter((student) => !student.hasOpenPlan);
    const plans = waiting.map((student) => ({
      id: randomUUID(),
      district_id: actor.districtId,
      school_id: klass.school_id,
      student_id: student.id,
      started_by: actor.personId,
      stage: "draft" as const,
      version: 1,
      created_at: now,
      updated_at: now,
    }));
    const events = plans.map((plan) => ({
      district_id: actor.districtId,
      plan_id: plan.id,
      actor_id: actor.personId,
      kind: "plan.started",
      summary: JSON.stringify({ classId: klass.id }),
      created_at: now,
    }));
    await insertStartedPlans(trx, plans, events);

    return { started: plans.length, skipped: students.length - waiting.length };
  });
}
