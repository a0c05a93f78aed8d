import { randomUUID } from "node:crypto";
import { isoNow } from "../../clock.ts";
import { sharedClassSchools, studentSchools } from "../../db/access-store.ts";
import type { StatementRow } from "../../db/plan-store.ts";
import { findOpenPlanOfStudent, insertPlan } from "../../db/plan-store.ts";
import {
  insertCarriedPlan,
  insertCarriedStatements,
  listAreaStrengthLinks,
  listStatementsToCarry,
} from "../../db/program-store.ts";
import { isSchoolYearUnderWay, markNextYearPlans } from "../../db/school-year-store.ts";
import type { Actor } from "../access/actor.ts";
import { authorizePlan, authorizeStudent } from "../access/policy.ts";
import { recordPlanEntries } from "../audit/record-plan-entries.ts";
import { actionSections } from "../plans/add-statement.ts";
import type { PlanDeps } from "../plans/plan-deps.ts";
import { planError } from "../plans/plan-error.ts";
import { recordPlanChange } from "../plans/plan-event.ts";
import { startedMeanwhile } from "../plans/start-plan.ts";

/**
 * Next year's plan starts from last year's: a draft that keeps every strength, area and action
 * still on the closed plan, each in the voice and under the name of whoever wrote it, marked as
 * carried forward. Actions start again from "not started". The new plan links back. Carried
 * while its school's year is under way, it is next year's plan, whether or not the closed plan
 * was this year's: closing the current year leaves it open (next_year_plans). The audit trail
 * records the new plan, naming the plan it was carried from; a student who already has an open
 * plan gets none, and no entry.
 */
export async function carryPlanForward(
  deps: PlanDeps,
  actor: Actor,
  fromPlanId: string,
): Promise<{ planId: string; started: boolean }> {
  const { plan: fromPlan } = await authorizePlan(deps.db, actor, fromPlanId, "view");
  const { relationship } = await authorizeStudent(deps.db, actor, fromPlan.student_id, "start");
  if (fromPlan.stage !== "closed") {
    throw planError(actor, {
      kind: "conflict",
      message: `plan ${fromPlanId} is still open`,
      say: "nextYear.problem.notClosed",
    });
  }

  const schoolId = await schoolForNewPlan(deps, actor, {
    studentId: fromPlan.student_id,
    byTeacher: relationship === "teacher",
    fallback: fromPlan.school_id,
  });
  const planId = randomUUID();
  const now = isoNow(deps.clock);
  return deps.db.transaction().execute(async (trx) => {
    const open = await findOpenPlanOfStudent(trx, actor.districtId, fromPlan.student_id);
    if (open) return { planId: open.id, started: false };
    const forNextYear = await isSchoolYearUnderWay(trx, actor.districtId, schoolId);

    const written = await insertPlan(trx, {
      id: planId,
      district_id: actor.districtId,
      school_id: schoolId,
      student_id: fromPlan.student_id,
      started_by: actor.personId,
      stage: "draft",
      version: 0,
      created_at: now,
      updated_at: now,
    });
    if (!written) return startedMeanwhile(trx, actor, fromPlan.student_id);

    await copyStatements(trx, { fromPlanId, planId, districtId: actor.districtId, now });
    if (forNextYear) {
      await markNextYearPlans(trx, { districtId: actor.districtId, planIds: [planId], now });
    }
    await insertCarriedPlan(trx, {
      planId,
      districtId: actor.districtId,
      fromPlanId,
      carriedBy: actor.personId,
      now,
    });
    await recordPlanChange(trx, {
      plan: { id: planId, district_id: actor.districtId },
      actorId: actor.personId,
      now,
      kind: "plan.started",
      details: { carriedFrom: fromPlanId },
    });
    await recordPlanEntries(trx, {
      actor,
      action: "plan.carried_forward",
      now,
      plans: [{ id: planId, studentId: fromPlan.student_id }],
      details: { carriedFrom: fromPlanId },
    });

    return { planId, started: true };
  });
}

/** Copies what is still on a closed plan into a new one, each statement marked as carried. */
export async function copyStatements(
  db: PlanDeps["db"],
  copy: { fromPlanId: string; planId: string; districtId: string; now: string },
) {
  const statements = await listStatementsToCarry(db, copy.fromPlanId);
  const newIds = new Map(statements.map((statement) => [statement.id, randomUUID()]));
  const links = await listAreaStrengthLinks(db, copy.fromPlanId);

  await insertCarriedStatements(db, {
    districtId: copy.districtId,
    statements: statements.map((statement) => carried(statement, copy, newIds)),
    areaStrengths: links.flatMap((link) => {
      const areaId = newIds.get(link.area_id);
      const strengthId = newIds.get(link.strength_id);
      return areaId && strengthId ? [{ areaId, strengthId }] : [];
    }),
  });
}

function carried(
  statement: StatementRow,
  copy: { planId: string; now: string },
  newIds: Map<string, string>,
) {
  return {
    id: newIds.get(statement.id) ?? randomUUID(),
    district_id: statement.district_id,
    plan_id: copy.planId,
    section: statement.section,
    body: statement.body,
    voice: statement.voice,
    author_id: statement.author_id,
    progress: actionSections.includes(statement.section) ? ("not_started" as const) : null,
    retired_at: null,
    created_at: copy.now,
    updated_at: copy.now,
    fromStatementId: statement.id,
  };
}

/** Like a plan started by hand: the school of a class the teacher shares with the student. */
async function schoolForNewPlan(
  deps: PlanDeps,
  actor: Actor,
  student: { studentId: string; byTeacher: boolean; fallback: string },
) {
  const link = { districtId: actor.districtId, teacherId: actor.personId, ...student };
  const schools = student.byTeacher
    ? await sharedClassSchools(deps.db, link)
    : await studentSchools(deps.db, actor.districtId, student.studentId);

  return schools[0] ?? student.fallback;
}
