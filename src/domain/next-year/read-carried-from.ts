import { findCarriedFrom } from "../../db/program-store.ts";
import type { PlanDeps } from "../plans/plan-deps.ts";

export interface CarriedFrom {
  /** Last year's plan this one started from, or null for a plan started afresh. */
  fromPlanId: string | null;
  /** The statements copied from last year's plan, shown as carried from last year. */
  statementIds: string[];
}

/** Where a plan the reader may already see came from; call after the plan was authorized. */
export async function readCarriedFrom(deps: PlanDeps, planId: string): Promise<CarriedFrom> {
  return findCarriedFrom(deps.db, planId);
}
