import type { Kysely } from "kysely";
import { listMeetingProposals, type MeetingProposalRow } from "../../db/meeting-store.ts";
import type { PlanRow } from "../../db/plan-store.ts";
import type { Database } from "../../db/schema.ts";
import type { EmailToEnqueue } from "../../mail/outbox.ts";
import type { Actor } from "../access/actor.ts";
import { recordPlanChange } from "../plans/plan-event.ts";
import type { InvitationDeps } from "./meeting-deps.ts";
import { enqueueAll, readMeetingSetting, renderInvitations } from "./meeting-invitations.ts";
import { changeProposalOrConflict, isWaitingForFamily } from "./meeting-proposal.ts";
import { hasNotEnded } from "./read-meeting-times.ts";

/*
 * A closed plan takes no more meetings, so closing it ends the ones still to come the way a
 * teacher would by hand: an agreed meeting is cancelled for everyone (the email with the
 * calendar CANCEL that cancelling sends), and times the family has not answered are withdrawn.
 * Nothing is left on the plan that can no longer be moved or cancelled.
 */

/** What closing a plan does to its meetings, with the emails written before the transaction. */
export interface MeetingsEndingWithPlan {
  cancelled: { proposal: MeetingProposalRow; sequence: number; emails: EmailToEnqueue[] }[];
  withdrawn: MeetingProposalRow[];
}

/** The plan's agreed meetings not yet over and its open times, as closing it at `now` ends them. */
export async function meetingsEndingWithPlan(
  deps: InvitationDeps,
  plan: PlanRow,
  now: string,
): Promise<MeetingsEndingWithPlan> {
  const proposals = await listMeetingProposals(deps.db, plan.id);
  const upcoming = proposals.filter(
    (proposal) => proposal.status === "agreed" && hasNotEnded(proposal, Date.parse(now)),
  );
  const cancelled: MeetingsEndingWithPlan["cancelled"] = [];

  for (const proposal of upcoming) {
    const setting = await readMeetingSetting(deps.db, plan, proposal.proposed_by);
    const sequence = proposal.sequence + 1;
    const emails = await renderInvitations(deps, {
      plan,
      proposal,
      startsAt: proposal.starts_at ?? now,
      sequence,
      kind: "cancel",
      setting,
      now,
    });
    cancelled.push({ proposal, sequence, emails });
  }

  return { cancelled, withdrawn: proposals.filter(isWaitingForFamily) };
}

/**
 * Cancels and withdraws them in the close's own transaction, each with its line in the plan's
 * history. One answered or moved meanwhile refuses the close, as it would refuse a cancel.
 */
export async function endMeetingsOfPlan(
  trx: Kysely<Database>,
  actor: Actor,
  ending: { plan: PlanRow; now: string; meetings: MeetingsEndingWithPlan },
): Promise<void> {
  const { plan, now } = ending;
  const history = { plan, actorId: actor.personId, now };

  for (const { proposal, sequence, emails } of ending.meetings.cancelled) {
    const set = { status: "cancelled" as const, sequence, updated_at: now };
    await changeProposalOrConflict(trx, actor, proposal, set);
    await enqueueAll(trx, emails);
    const details = { proposalId: proposal.id, startsAt: proposal.starts_at, sequence };
    await recordPlanChange(trx, { ...history, kind: "meeting.cancelled", details });
  }
  for (const proposal of ending.meetings.withdrawn) {
    await changeProposalOrConflict(trx, actor, proposal, { status: "withdrawn", updated_at: now });
    const details = { proposalId: proposal.id };
    await recordPlanChange(trx, { ...history, kind: "meeting.withdrawn", details });
  }
}
