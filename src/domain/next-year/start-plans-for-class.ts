import { randomUUID } from "node:crypto";
import { isoNow } from "../../clock.ts";
import {
  insertCarriedPlan,
  insertStartedPlans,
  latestClosedPlans,
  listClassStudentsForNextYear,
} from "../../db/program-store.ts";
import { isSchoolYearUnderWay, markNextYearPlans } from "../../db/school-year-store.ts";
import type { Actor } from "../access/actor.ts";
import { authorizeClass } from "../access/policy.ts";
import { recordPlanEntries } from "../audit/record-plan-entries.ts";
import type { PlanDeps } from "../plans/plan-deps.ts";
import { copyStatements } from "./carry-plan-forward.ts";

export interface ClassStartSummary {
  started: number;
  /** Of those started, the plans that carry forward the student's latest closed plan. */
  carried: number;
  /** Students who already have an open plan: theirs is left as it is. */
  skipped: number;
}

/**
 * At the start of a year a teacher (or an administrator) starts a draft plan for every student
 * of a class at once. A student keeps one open plan at a time, so those who have one are
 * skipped, also one whose plan someone else starts at the same moment; all the new plans are
 * written in one transaction, or none. A student with a closed plan starts from the latest one,
 * carried forward as one plan at a time would be: a teacher starting "next year's plans" expects
 * last year's words there, not a blank page that then can no longer receive them.
 * While the school's year is under way every plan started is next year's (next_year_plans),
 * whether or not its student had a plan this year: closing the current year leaves them all
 * open. The audit trail names each student whose plan was started.
 */
export async function startPlansForClass(
  deps: PlanDeps,
  actor: Actor,
  classId: string,
): Promise<ClassStartSummary> {
  const { klass } = await authorizeClass(deps.db, actor, classId);

  const now = isoNow(deps.clock);
  const districtId = actor.districtId;
  return deps.db.transaction().execute(async (trx) => {
    const students = await listClassStudentsForNextYear(trx, districtId, klass.id);
    // The same order in every transaction: two classes sharing students, started at once on
    // PostgreSQL, then wait for each other's plans instead of deadlocking.
    const waiting = students
      .filter((student) => !student.hasOpenPlan)
      .sort((a, b) => (a.id < b.id ? -1 : 1));
    const waitingIds = waiting.map((student) => student.id);
    const carryFrom = await latestClosedPlans(trx, districtId, waitingIds);
    const forNextYear = await isSchoolYearUnderWay(trx, districtId, klass.school_id);
    const plans = waiting.map((student) => ({
      id: randomUUID(),
      district_id: districtId,
      school_id: klass.school_id,
      student_id: student.id,
      started_by: actor.personId,
      stage: "draft" as const,
      version: 1,
      created_at: now,
      updated_at: now,
    }));
    const events = plans.map((plan) => ({
      district_id: districtId,
      plan_id: plan.id,
      actor_id: actor.personId,
      kind: "plan.started",
      summary: JSON.stringify({ classId: klass.id, carriedFrom: carryFrom.get(plan.student_id) }),
      created_at: now,
    }));
    const written = await insertStartedPlans(trx, plans, events);
    const writtenPlans = plans.filter((plan) => written.has(plan.id));

    let carried = 0;
    for (const plan of writtenPlans) {
      const fromPlanId = carryFrom.get(plan.student_id);
      if (!fromPlanId) continue;
      await copyStatements(trx, { fromPlanId, planId: plan.id, districtId, now });
      await insertCarriedPlan(trx, {
        planId: plan.id,
        districtId,
        fromPlanId,
        carriedBy: actor.personId,
        now,
      });
      carried += 1;
    }
    const planIds = writtenPlans.map((plan) => plan.id);
    if (forNextYear) await markNextYearPlans(trx, { districtId, planIds, now });
    await recordClassStart(trx, { actor, classId: klass.id, now, plans: writtenPlans, carryFrom });

    return { started: written.size, carried, skipped: students.length - written.size };
  });
}

/**
 * One entry per plan started, naming its student: the trail shows who started each student's
 * plan, and whether last year's words were carried into it, as it would for one plan at a time.
 */
async function recordClassStart(
  db: PlanDeps["db"],
  start: {
    actor: Actor;
    classId: string;
    now: string;
    plans: { id: string; student_id: string }[];
    carryFrom: Map<string, string>;
  },
) {
  const { actor, now, carryFrom } = start;
  const entryOf = (plan: { id: string; student_id: string }) => ({
    id: plan.id,
    studentId: plan.student_id,
    details: { carriedFrom: carryFrom.get(plan.student_id) },
  });
  const carried = start.plans.filter((plan) => carryFrom.has(plan.student_id));
  const fresh = start.plans.filter((plan) => !carryFrom.has(plan.student_id));
  const details = { classId: start.classId };

  await recordPlanEntries(db, {
    actor,
    action: "class_plans.started",
    now,
    plans: fresh.map(entryOf),
    details,
  });
  await recordPlanEntries(db, {
    actor,
    action: "class_plans.carried_forward",
    now,
    plans: carried.map(entryOf),
    details,
  });
}
