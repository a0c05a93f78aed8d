import { randomUUID } from "node:crypto";
import { isoNow } from "../../clock.ts";
import { sharedClassSchools, studentSchools } from "../../db/access-store.ts";
import { findOpenPlanOfStudent, insertPlan } from "../../db/plan-store.ts";
import type { Actor } from "../access/actor.ts";
import { authorizeStudent, type Relationship } from "../access/policy.ts";
import type { PlanDeps } from "./plan-deps.ts";
import { planError } from "./plan-error.ts";
import { recordPlanChange } from "./plan-event.ts";

/**
 * A teacher (or administrator) starts a MAP for a student: a draft with the school's vision.
 * A student has one open plan at a time; starting again (a second click on a slow phone)
 * opens the plan that is already there.
 */
export async function startPlan(
  deps: PlanDeps,
  actor: Actor,
  input: { studentId: string },
): Promise<{ planId: string; started: boolean }> {
  const { relationship } = await authorizeStudent(deps.db, actor, input.studentId, "start");

  const schoolId = await schoolOfPlan(deps, actor, input.studentId, relationship);
  const planId = randomUUID();
  const now = isoNow(deps.clock);

  return deps.db.transaction().execute(async (trx) => {
    const open = await findOpenPlanOfStudent(trx, actor.districtId, input.studentId);
    if (open) return { planId: open.id, started: false };

    const written = await insertPlan(trx, {
      id: planId,
      district_id: actor.districtId,
      school_id: schoolId,
      student_id: input.studentId,
      started_by: actor.personId,
      stage: "draft",
      // Recording the start below makes this version 1, like every change after it.
      version: 0,
      created_at: now,
      updated_at: now,
    });
    if (!written) return startedMeanwhile(trx, actor, input.studentId);

    const plan = { id: planId, district_id: actor.districtId };
    await recordPlanChange(trx, {
      plan,
      actorId: actor.personId,
      now,
      kind: "plan.started",
      details: {},
    });
    return { planId, started: true };
  });
}

/**
 * Another transaction (a whole class started at the same moment) wrote the student's open plan
 * after the check above: it committed before our write gave way, so it can be read now.
 */
export async function startedMeanwhile(trx: PlanDeps["db"], actor: Actor, studentId: string) {
  const open = await findOpenPlanOfStudent(trx, actor.districtId, studentId);
  if (open) return { planId: open.id, started: false };

  throw planError(actor, {
    kind: "conflict",
    message: `student ${studentId}: plan write gave way to an open plan no longer there`,
    say: "plans.problem.startedMeanwhile",
  });
}

/** A teacher's plan belongs to the school of the class they share with the student. */
async function schoolOfPlan(
  deps: PlanDeps,
  actor: Actor,
  studentId: string,
  relationship: Relationship,
) {
  const link = { districtId: actor.districtId, teacherId: actor.personId, studentId };
  const schools =
    relationship === "teacher"
      ? await sharedClassSchools(deps.db, link)
      : await studentSchools(deps.db, actor.districtId, studentId);
  const schoolId = schools[0];
  if (schoolId) return schoolId;

  throw planError(actor, {
    kind: "conflict",
    message: `student ${studentId} belongs to no school`,
    say: "plans.problem.noSchool",
  });
}
