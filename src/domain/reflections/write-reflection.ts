import { randomUUID } from "node:crypto";
import { z } from "zod";
import { isoNow } from "../../clock.ts";
import { findSchool } from "../../db/plan-store.ts";
import { insertReflection, planHasHeldCheckIn } from "../../db/program-store.ts";
import type { Actor } from "../access/actor.ts";
import { authorizePlan, authorizeSchoolTeam } from "../access/policy.ts";
import { notFound } from "../errors.ts";
import { assertFormNotSaved, claimFormToken, formTokenOf } from "../forms/form-token.ts";
import { parseForm } from "../forms/parse-form.ts";
import { requiredWords } from "../forms/visible-text.ts";
import type { PlanDeps } from "../plans/plan-deps.ts";
import { planError } from "../plans/plan-error.ts";
import { dayIn } from "../plans/school-time.ts";
import { schoolYearOf } from "./school-year.ts";

/** The longest reflection or decision, in characters: a short note, not a report. */
export const reflectionLimit = 2000;

export const reflectionText = requiredWords(reflectionLimit);

const reflectionInput = z.object({
  planId: z
    .string()
    .trim()
    .max(100)
    .optional()
    .transform((id) => id || null),
  body: reflectionText,
});

/**
 * A teacher writes how a plan went after its check-ins, or how their year went with MAPs when
 * no plan is chosen. Staff only: students and families never read reflections.
 */
export async function writeReflection(
  deps: PlanDeps,
  actor: Actor,
  input: { schoolId: string; form: unknown },
): Promise<{ reflectionId: string }> {
  await authorizeSchoolTeam(deps.db, actor, input.schoolId);
  const formToken = formTokenOf(input.form);
  await assertFormNotSaved(deps.db, actor, formToken);
  const { planId, body } = parseForm(reflectionInput, input.form, {
    locale: actor.locale,
    labels: { planId: "reflections.field.plan", body: "reflections.field.body" },
  });
  if (planId) await assertPlanToReflectOn(deps, actor, { planId, schoolId: input.schoolId });

  const school = await findSchool(deps.db, actor.districtId, input.schoolId);
  if (!school) throw notFound(`school ${input.schoolId}`);
  const reflectionId = randomUUID();
  const now = isoNow(deps.clock);
  await deps.db.transaction().execute(async (trx) => {
    const claim = { actor, token: formToken, planId, savedId: reflectionId, now };
    await claimFormToken(trx, claim);
    await insertReflection(trx, {
      id: reflectionId,
      district_id: actor.districtId,
      school_id: input.schoolId,
      school_year: schoolYearOf(dayIn(school.time_zone, deps.clock())),
      plan_id: planId,
      author_id: actor.personId,
      body,
      created_at: now,
    });
  });

  return { reflectionId };
}

/** A reflection on a plan comes after its check-ins, from staff who work with the student. */
async function assertPlanToReflectOn(
  deps: PlanDeps,
  actor: Actor,
  target: { planId: string; schoolId: string },
) {
  const { plan } = await authorizePlan(deps.db, actor, target.planId, "writeStaffNotes");
  if (plan.school_id !== target.schoolId) throw notFound(`plan ${plan.id} in ${target.schoolId}`);
  if (await planHasHeldCheckIn(deps.db, plan.id)) return;

  throw planError(actor, {
    kind: "conflict",
    message: `plan ${plan.id} has no check-in held yet`,
    say: "reflections.problem.noCheckIn",
  });
}
