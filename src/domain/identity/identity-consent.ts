import { isoNow } from "../../clock.ts";
import { findIdentityConsent, setIdentityConsent } from "../../db/identity-store.ts";
import type { Actor } from "../access/actor.ts";
import { authorizePlan } from "../access/policy.ts";
import type { PlanDeps } from "../plans/plan-deps.ts";

/** The student decides, and can change their mind, whether their family sees their answers. */
export async function setFamilyConsent(
  deps: PlanDeps,
  actor: Actor,
  planId: string,
  input: { familyMaySee: unknown },
): Promise<{ familyMaySee: boolean }> {
  const { plan } = await authorizePlan(deps.db, actor, planId, "answerIdentity");
  const familyMaySee = input.familyMaySee === "yes";

  await setIdentityConsent(deps.db, {
    studentId: plan.student_id,
    districtId: plan.district_id,
    familyMaySee,
    now: isoNow(deps.clock),
  });

  return { familyMaySee };
}

/** No choice recorded means no: the family sees nothing until the student says so. */
export async function familyMaySee(deps: Pick<PlanDeps, "db">, studentId: string) {
  const consent = await findIdentityConsent(deps.db, studentId);

  return consent?.family_may_see === 1;
}
