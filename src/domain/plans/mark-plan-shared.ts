import type { Transaction } from "kysely";
import type { PlanRow } from "../../db/plan-store.ts";
import type { Database } from "../../db/schema.ts";
import type { Actor } from "../access/actor.ts";
import { assertPlanOpen, recordPlanChange } from "./plan-event.ts";

/**
 * Marks a plan shared with the family, inside the caller's transaction (the "share with family"
 * service, which has already checked that the actor may share it). A draft moves to shared; a
 * plan further along keeps its stage, and sharing it again is recorded too.
 */
export async function markPlanShared(
  trx: Transaction<Database>,
  share: { actor: Actor; plan: Pick<PlanRow, "id" | "district_id" | "stage">; now: string },
): Promise<void> {
  assertPlanOpen(share.plan, share.actor);

  await recordPlanChange(trx, {
    plan: share.plan,
    actorId: share.actor.personId,
    now: share.now,
    kind: "plan.shared",
    details: {},
    sharedAt: share.now,
    ...(share.plan.stage === "draft" ? { stage: "shared" as const } : {}),
  });
}
