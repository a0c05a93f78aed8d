import type { Kysely } from "kysely";
import { insertPlanEvent, type PlanRow, touchPlan } from "../../db/plan-store.ts";
import type { Database, PlanStage } from "../../db/schema.ts";
import type { Actor } from "../access/actor.ts";
import { planError } from "./plan-error.ts";

/** What can happen to a plan; each change writes one event in its own transaction. */
export type PlanEventKind =
  | "plan.started"
  | "plan.shared"
  | "plan.agreed"
  | "plan.closed"
  | "statement.added"
  | "statement.edited"
  | "statement.retired"
  | "comment.added"
  | "conference_note.added"
  | "meeting.recorded"
  | "meeting.corrected"
  | "meeting.removed"
  | "meeting.proposed"
  | "meeting.chosen"
  | "meeting.another_time_asked"
  | "meeting.withdrawn"
  | "meeting.rescheduled"
  | "meeting.cancelled"
  | "check_in.recorded";

/** Events about staff-only records, left out of the history students and families read. */
export const staffOnlyEvents: readonly string[] = ["conference_note.added"];

/** The facts of an event (ids, sections, dates), kept as JSON in plan_events.summary. */
export type PlanEventDetails = Record<string, string | number | null>;

export interface PlanChange {
  plan: Pick<PlanRow, "id" | "district_id">;
  actorId: string | null;
  now: string;
  kind: PlanEventKind;
  details: PlanEventDetails;
  stage?: PlanStage;
  agreedAt?: string;
  sharedAt?: string;
  closedAt?: string;
}

/** Gives the plan a new version and writes who changed what, when: call inside the transaction. */
export async function recordPlanChange(trx: Kysely<Database>, change: PlanChange) {
  await touchPlan(trx, change.plan.id, {
    updatedAt: change.now,
    ...(change.stage ? { stage: change.stage } : {}),
    ...(change.agreedAt ? { agreedAt: change.agreedAt } : {}),
    ...(change.sharedAt ? { sharedAt: change.sharedAt } : {}),
    ...(change.closedAt ? { closedAt: change.closedAt } : {}),
  });
  await insertPlanEvent(trx, {
    district_id: change.plan.district_id,
    plan_id: change.plan.id,
    actor_id: change.actorId,
    kind: change.kind,
    summary: JSON.stringify(change.details),
    created_at: change.now,
  });
}

/** A closed plan is a record of what happened: nothing on it changes any more. */
export function assertPlanOpen(
  plan: Pick<PlanRow, "id" | "stage"> & { archived_at?: string | null },
  actor: Actor,
) {
  if (plan.stage !== "closed") return;

  // A plan of a closed school year says why it is read only (src/domain/school-year/).
  const archived = Boolean(plan.archived_at);
  throw planError(actor, {
    kind: "conflict",
    message: `plan ${plan.id} is ${archived ? "archived" : "closed"}`,
    say: archived ? "records.archived.refused" : "plans.problem.closed",
  });
}
