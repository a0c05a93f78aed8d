import { isoNow } from "../../clock.ts";
import { recordFamilyView } from "../../db/program-store.ts";
import type { Actor } from "../access/actor.ts";
import type { Relationship } from "../access/policy.ts";
import type { PlanDeps } from "../plans/plan-deps.ts";

/**
 * A family member opening their child's plan is one way families take part; the program page
 * counts it. Only the first opening is kept, and only for family members.
 */
export async function noteFamilyView(
  deps: PlanDeps,
  actor: Actor,
  view: { relationship: Relationship; plan: { id: string } },
): Promise<void> {
  if (view.relationship !== "guardian") return;

  await recordFamilyView(deps.db, {
    districtId: actor.districtId,
    planId: view.plan.id,
    personId: actor.personId,
    now: isoNow(deps.clock),
  });
}
