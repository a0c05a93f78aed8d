import { findCarriedFrom } from "../../db/program-store.ts";
import type { PlanDeps } from "../plans/plan-deps.ts";
import { dayIn } from "../plans/school-time.ts";

export interface CarriedFrom {
  /** The closed plan this one started from, or null for a plan started afresh. */
  fromPlanId: string | null;
  /** The day that plan was closed at its school (YYYY-MM-DD), when it says. */
  fromClosedOn: string | null;
  /** The statements copied from that plan, shown as carried forward. */
  statementIds: string[];
}

/** Where a plan the reader may already see came from; call after the plan was authorized. */
export async function readCarriedFrom(deps: PlanDeps, planId: string): Promise<CarriedFrom> {
  const found = await findCarriedFrom(deps.db, planId);
  const closedAt = found.from?.closed_at;

  return {
    fromPlanId: found.from?.from_plan_id ?? null,
    fromClosedOn: found.from && closedAt ? dayIn(found.from.time_zone, new Date(closedAt)) : null,
    statementIds: found.statementIds,
  };
}
