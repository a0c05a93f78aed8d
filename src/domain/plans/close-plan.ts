import { isoNow } from "../../clock.ts";
import type { Actor } from "../access/actor.ts";
import { authorizePlan } from "../access/policy.ts";
import { endMeetingsOfPlan, meetingsEndingWithPlan } from "../meetings/end-meetings-of-plan.ts";
import type { InvitationDeps } from "../meetings/meeting-deps.ts";
import { assertPlanOpen, recordPlanChange } from "./plan-event.ts";

/**
 * Staff close a plan when its work is done. It stays readable as a record, nothing on it changes
 * any more, and a new plan can be started for the student. Its meetings still to come are
 * cancelled, and everyone invited is told, in the same transaction as the close.
 */
export async function closePlan(deps: InvitationDeps, actor: Actor, planId: string): Promise<void> {
  const { plan } = await authorizePlan(deps.db, actor, planId, "close");
  assertPlanOpen(plan, actor);

  const now = isoNow(deps.clock);
  const meetings = await meetingsEndingWithPlan(deps, plan, now);
  await deps.db.transaction().execute(async (trx) => {
    await endMeetingsOfPlan(trx, actor, { plan, now, meetings });
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
