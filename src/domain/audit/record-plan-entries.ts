import type { Kysely } from "kysely";
import { insertAuditEntries } from "../../db/audit-store.ts";
import type { Database } from "../../db/schema.ts";
import type { Actor } from "../access/actor.ts";
import type { AuditAction } from "./record-access.ts";

/*
 * The audit entries a service writes itself, in its own transaction, when it reads or changes
 * many students' plans in one request (a whole class's plans started, a school year closed, a
 * grade's plans downloaded): the trail's middleware sees only the addresses of a plan's or a
 * student's own pages. One entry per plan, naming its student, so filtering the trail by a
 * student finds it like any view of their plan.
 */

export interface PlanEntries {
  actor: Actor;
  action: AuditAction;
  now: string;
  plans: readonly { id: string; studentId: string; details?: EntryDetails }[];
  /** What every entry says besides, beneath what a plan's own details say. */
  details?: EntryDetails;
}

/** Ids and counts that say more (the class, the year, the plan carried from); never names. */
export type EntryDetails = Record<string, string | number | boolean | undefined>;

/** One entry for each plan, by the actor, from where their request came. */
export async function recordPlanEntries(db: Kysely<Database>, entries: PlanEntries) {
  const { actor } = entries;

  await insertAuditEntries(
    db,
    entries.plans.map((plan) => ({
      district_id: actor.districtId,
      actor_id: actor.personId,
      actor_role: actor.role,
      action: entries.action,
      // No route: the action says what was done; the route pattern is the web's to name.
      route: null,
      plan_id: plan.id,
      student_id: plan.studentId,
      client_address: actor.clientAddress ?? null,
      details: JSON.stringify({ ...entries.details, ...plan.details }),
      created_at: entries.now,
    })),
  );
}
