import type { Kysely } from "kysely";
import { listPlanEvents, type PlanRow } from "../../db/plan-store.ts";
import type { Database } from "../../db/schema.ts";
import type { Actor } from "../access/actor.ts";
import { authorizePlan, isStaff, type Relationship } from "../access/policy.ts";
import { type MeetingVersionView, meetingVersionsOf } from "./meeting-versions.ts";
import { personName } from "./person-name.ts";
import type { PlanDeps } from "./plan-deps.ts";
import { type PlanEventDetails, staffOnlyEvents } from "./plan-event.ts";
import { type StatementVersionView, statementVersionsOf } from "./statement-versions.ts";

export interface HistoryEntry {
  id: number;
  kind: string;
  details: PlanEventDetails;
  actorId: string | null;
  actorName: string;
  at: string;
  /** On a statement's latest change: every version of its words, with who and when. */
  versions?: StatementVersionView[];
  /** On a meeting's latest correction: every version of its record, with who and when. */
  meetingVersions?: MeetingVersionView[];
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

  const entries = readable.map((event) => ({
    id: event.id,
    kind: event.kind,
    details: parseDetails(event.summary),
    actorId: event.actor_id,
    actorName: personName(event),
    at: event.created_at,
  }));

  const withStatements = withVersions(entries, await statementVersionsOf(db, plan.id));

  return withMeetingVersions(withStatements, await meetingVersionsOf(db, plan.id));
}

/** Each changed statement's versions go with the last event that changed it. */
function withVersions(entries: HistoryEntry[], versions: StatementVersionView[]) {
  const changes = ["statement.edited", "statement.retired"];
  const last = new Map<string, HistoryEntry>();
  for (const entry of entries) {
    if (changes.includes(entry.kind)) last.set(String(entry.details.statementId), entry);
  }
  for (const [statementId, entry] of last) {
    const own = versions.filter((version) => version.statementId === statementId);
    if (own.length > 0) entry.versions = own;
  }

  return entries;
}

/** Each corrected meeting's versions go with the last correction of it. */
function withMeetingVersions(entries: HistoryEntry[], versions: MeetingVersionView[]) {
  const last = new Map<string, HistoryEntry>();
  for (const entry of entries) {
    if (entry.kind === "meeting.corrected") last.set(String(entry.details.meetingId), entry);
  }
  for (const [meetingId, entry] of last) {
    const own = versions.filter((version) => version.meetingId === meetingId);
    if (own.length > 0) entry.meetingVersions = own;
  }

  return entries;
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
