import { isoNow } from "../../clock.ts";
import type { Actor } from "../access/actor.ts";
import { authorizePlan } from "../access/policy.ts";
import type { PlanDeps } from "./plan-deps.ts";
import { assertPlanOpen, recordPlanChange } from "./plan-event.ts";

/**
 * Staff close a plan when its work is done. It stays readable as a record, nothing on it changes
 * any more, and a new plan can be started for the student.
 */
export async function closePlan(deps: PlanDeps, actor: Actor, planId: string): Promise<void> {
  const { plan } = await authorizePlan(deps.db, actor, planId, "close");
  assertPlanOpen(plan, actor);

  const now = isoNow(deps.clock);
  await deps.db.transaction().execute(async (trx) => {
    await recordPlanChange(trx, {
      plan,
      actorId: actor.personId,
      now,
      kind: "plan.closed",
      details: {},
      stage: "closed",
      closedAt: now,
    });
  });
}
