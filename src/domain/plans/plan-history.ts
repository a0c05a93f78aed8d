import type { Kysely } from "kysely";
import { listPlanEvents, type PlanRow } from "../../db/plan-store.ts";
import type { Database } from "../../db/schema.ts";
import type { Actor } from "../access/actor.ts";
import { authorizePlan, isStaff, type Relationship } from "../access/policy.ts";
import { personName } from "./person-name.ts";
import type { PlanDeps } from "./plan-deps.ts";
import { type PlanEventDetails, staffOnlyEvents } from "./plan-event.ts";

export interface HistoryEntry {
  id: number;
  kind: string;
  details: PlanEventDetails;
  actorId: string | null;
  actorName: string;
  at: string;
}

/** What changed on the plan, when and by whom, oldest first, as far as the reader may see. */
export async function listPlanHistory(
  deps: PlanDeps,
  actor: Actor,
  planId: string,
): Promise<HistoryEntry[]> {
  const { plan, relationship } = await authorizePlan(deps.db, actor, planId, "view");

  return historyOf(deps.db, plan, relationship);
}

/** The plan's events; students and families do not see events about staff-only records. */
export async function historyOf(
  db: Kysely<Database>,
  plan: Pick<PlanRow, "id">,
  relationship: Relationship,
): Promise<HistoryEntry[]> {
  const events = await listPlanEvents(db, plan.id);
  const readable = isStaff(relationship)
    ? events
    : events.filter((event) => !staffOnlyEvents.includes(event.kind));

  return readable.map((event) => ({
    id: event.id,
    kind: event.kind,
    details: parseDetails(event.summary),
    actorId: event.actor_id,
    actorName: personName(event),
    at: event.created_at,
  }));
}

function parseDetails(summary: string): PlanEventDetails {
  try {
    const parsed: unknown = JSON.parse(summary);
    return typeof parsed === "object" && parsed !== null ? (parsed as PlanEventDetails) : {};
  } catch {
    // Events written by hand (a repair, an import) may carry plain text instead of JSON.
    return { text: summary };
  }
}
