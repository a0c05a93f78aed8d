import type { Kysely } from "kysely";
import {
  findMeetingProposal,
  type MeetingProposalRow,
  updateMeetingProposalIf,
} from "../../db/meeting-store.ts";
import type { PlanRow } from "../../db/plan-store.ts";
import type { Database } from "../../db/schema.ts";
import type { InvitationKind } from "../../mail/templates/meeting-emails.ts";
import type { Actor } from "../access/actor.ts";
import { authorizePlan, type PlanAction } from "../access/policy.ts";
import { notFound } from "../errors.ts";
import { assertPlanOpen, type PlanEventKind, recordPlanChange } from "../plans/plan-event.ts";
import type { MeetingDeps } from "./meeting-deps.ts";
import { enqueueAll, type MeetingSetting, renderInvitations } from "./meeting-invitations.ts";
import { meetingConflict } from "./meeting-problems.ts";

/** Times proposed that the family has not chosen from yet: they may still answer. */
export const isWaitingForFamily = (proposal: { status: MeetingProposalRow["status"] }) =>
  proposal.status === "proposed" || proposal.status === "asked";

/** A meeting proposal of an open plan the person may act on in the way named. */
export async function findMeetingProposalOfPlan(
  deps: MeetingDeps,
  actor: Actor,
  asked: { planId: string; proposalId: string; action: PlanAction },
) {
  const { plan } = await authorizePlan(deps.db, actor, asked.planId, asked.action);
  assertPlanOpen(plan, actor);
  const proposal = await findMeetingProposal(deps.db, plan.id, asked.proposalId);
  if (!proposal) throw notFound(`meeting ${asked.proposalId} of plan ${plan.id}`);

  return { plan, proposal };
}

/**
 * Changes the proposal only if it is still as the person saw it (same status and sequence);
 * otherwise someone else answered or moved it first and the person is told so.
 */
export async function changeProposalOrConflict(
  trx: Kysely<Database>,
  actor: Actor,
  proposal: MeetingProposalRow,
  set: Parameters<typeof updateMeetingProposalIf>[1]["set"],
) {
  const changed = await updateMeetingProposalIf(trx, {
    id: proposal.id,
    status: proposal.status,
    sequence: proposal.sequence,
    set,
  });
  if (!changed) throw meetingConflict(actor, proposal.id, "meetings.problem.changed");
}

/** A change to a meeting's time that everyone's calendar must hear about. */
export interface CalendarChange {
  plan: PlanRow;
  proposal: MeetingProposalRow;
  startsAt: string;
  sequence: number;
  invitation: InvitationKind;
  set: Parameters<typeof updateMeetingProposalIf>[1]["set"];
  event: { kind: PlanEventKind; details: Record<string, string | number> };
  setting: MeetingSetting;
  now: string;
  /** The time a move leaves: the update names it beside the new one. */
  movedFrom?: string | undefined;
}

/**
 * Agrees, moves or cancels a meeting: the proposal changes, each person's invitation is queued
 * and the plan's history records it, all in one transaction so no one gets an email for a
 * change that did not happen.
 */
export async function writeCalendarChange(
  deps: MeetingDeps,
  actor: Actor,
  change: CalendarChange,
): Promise<void> {
  const { plan, proposal, setting, now } = change;
  const emails = await renderInvitations(deps, {
    plan,
    proposal,
    startsAt: change.startsAt,
    sequence: change.sequence,
    kind: change.invitation,
    setting,
    now,
    movedFrom: change.movedFrom,
  });

  await deps.db.transaction().execute(async (trx) => {
    await changeProposalOrConflict(trx, actor, proposal, change.set);
    await enqueueAll(trx, emails);
    await recordPlanChange(trx, {
      plan,
      actorId: actor.personId,
      now,
      kind: change.event.kind,
      details: change.event.details,
    });
  });
}
