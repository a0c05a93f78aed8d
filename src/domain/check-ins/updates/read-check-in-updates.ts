import { findStudent } from "../../../db/access-store.ts";
import {
  findCheckInUpdate,
  listCheckInUpdates,
  listUpdateProgress,
} from "../../../db/check-in-update-store.ts";
import { findPendingCheckIn, type PlanRow } from "../../../db/plan-store.ts";
import type { ActionProgress, Voice } from "../../../db/schema.ts";
import type { Actor } from "../../access/actor.ts";
import { authorizePlan, may, type Relationship, voiceOf } from "../../access/policy.ts";
import { personName } from "../../plans/person-name.ts";
import type { PlanDeps } from "../../plans/plan-deps.ts";
import { ownActions } from "./send-check-in-update.ts";

export interface CheckInUpdateView {
  id: string;
  voice: Voice;
  authorName: string;
  wentWell: string | null;
  wasHard: string | null;
  at: string;
  progress: { statementId: string; body: string; progress: ActionProgress }[];
}

/** The updates sent for the check-in that is due, for the plan's staff to read at it. */
export async function updatesForDueCheckIn(
  deps: PlanDeps,
  plan: Pick<PlanRow, "id" | "stage">,
  relationship: Relationship,
): Promise<CheckInUpdateView[]> {
  if (!may(relationship, "viewCheckInUpdates") || plan.stage === "closed") return [];
  const due = await findPendingCheckIn(deps.db, plan.id);
  if (!due) return [];

  const rows = await listCheckInUpdates(deps.db, due.id);
  const progress = await listUpdateProgress(
    deps.db,
    rows.map((row) => row.id),
  );

  return rows.map((row) => ({
    id: row.id,
    voice: row.voice,
    authorName: personName(row),
    wentWell: row.went_well,
    wasHard: row.was_hard,
    at: row.updated_at,
    progress: progress
      .filter((entry) => entry.update_id === row.id)
      .map((entry) => ({
        statementId: entry.statement_id,
        body: entry.body,
        progress: entry.progress,
      })),
  }));
}

/** What the update page shows its sender: the due check-in, their own actions, what they sent. */
export async function readMyCheckInUpdate(deps: PlanDeps, actor: Actor, planId: string) {
  const { plan, relationship } = await authorizePlan(deps.db, actor, planId, "sendCheckInUpdate");
  const voice = voiceOf(relationship);
  const due = plan.stage === "closed" ? undefined : await findPendingCheckIn(deps.db, plan.id);
  const actions = await ownActions(deps, plan.id, voice);
  const sent = due ? await findCheckInUpdate(deps.db, due.id, actor.personId) : undefined;
  const progress = sent ? await listUpdateProgress(deps.db, [sent.id]) : [];
  // A family member is written to about the student ("tell Linh's teacher"), not as them.
  const student = await findStudent(deps.db, plan.district_id, plan.student_id);

  return {
    plan,
    voice,
    studentName: student ? personName(student) : "",
    dueOn: due?.due_on ?? null,
    actions: actions.map((action) => ({
      id: action.id,
      body: action.body,
      progress: progress.find((entry) => entry.statement_id === action.id)?.progress ?? null,
    })),
    sent: sent ? { wentWell: sent.went_well, wasHard: sent.was_hard, at: sent.updated_at } : null,
  };
}
