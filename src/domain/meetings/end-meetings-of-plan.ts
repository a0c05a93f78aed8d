import type { Kysely } from "kysely";
import { listFamilyContacts } from "../../db/family-contact-store.ts";
import {
  listMeetingProposals,
  listProposalTimes,
  type MeetingProposalRow,
} from "../../db/meeting-store.ts";
import type { PlanRow } from "../../db/plan-store.ts";
import type { Database } from "../../db/schema.ts";
import { type EmailToEnqueue, isMailableAddress } from "../../mail/outbox.ts";
import { meetingTimesWithdrawnEmail } from "../../mail/templates/meeting-emails.ts";
import type { Actor } from "../access/actor.ts";
import { personName } from "../plans/person-name.ts";
import { recordPlanChange } from "../plans/plan-event.ts";
import { type InvitationDeps, meetingTimesPath } from "./meeting-deps.ts";
import { enqueueAll, readMeetingSetting, renderInvitations } from "./meeting-invitations.ts";
import { changeProposalOrConflict, isWaitingForFamily } from "./meeting-proposal.ts";
import { hasNotEnded } from "./read-meeting-times.ts";

/*
 * A closed plan takes no more meetings, so closing it ends the ones still to come the way a
 * teacher would by hand: an agreed meeting is cancelled for everyone (the email with the
 * calendar CANCEL that cancelling sends, saying the plan was closed), and times the family has
 * not answered are withdrawn, the family told so: they were asked to choose from them.
 * Nothing is left on the plan that can no longer be moved or cancelled.
 */

/** What closing a plan does to its meetings, with the emails written before the transaction. */
export interface MeetingsEndingWithPlan {
  cancelled: { proposal: MeetingProposalRow; sequence: number; emails: EmailToEnqueue[] }[];
  withdrawn: MeetingProposalRow[];
  /** One email to each family member with an address, naming the times withdrawn. */
  withdrawnEmails: EmailToEnqueue[];
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
      planClosed: true,
    });
    cancelled.push({ proposal, sequence, emails });
  }
  const withdrawn = proposals.filter(isWaitingForFamily);
  const withdrawnEmails = await withdrawalEmails(deps, { plan, withdrawn, now });

  return { cancelled, withdrawn, withdrawnEmails };
}

/**
 * The family was emailed the times to choose from (propose-meeting.ts), so each family member
 * with an address hears they are withdrawn, in their language; no sign-in link, as nothing is
 * left to choose.
 */
async function withdrawalEmails(
  deps: InvitationDeps,
  ending: { plan: PlanRow; withdrawn: MeetingProposalRow[]; now: string },
): Promise<EmailToEnqueue[]> {
  const { plan, withdrawn, now } = ending;
  const [first] = withdrawn;
  if (!first) return [];
  const setting = await readMeetingSetting(deps.db, plan, first.proposed_by);
  const proposalIds = withdrawn.map((proposal) => proposal.id);
  const times = (await listProposalTimes(deps.db, proposalIds)).map((time) => time.starts_at);
  const contacts = await listFamilyContacts(deps.db, plan.district_id, plan.student_id);
  const link = new URL(meetingTimesPath(plan.id), deps.config.baseUrl).toString();
  const emails: EmailToEnqueue[] = [];

  for (const contact of contacts) {
    if (!isMailableAddress(contact.email)) continue;
    const email = await meetingTimesWithdrawnEmail(contact.preferred_locale, {
      recipientName: personName(contact),
      studentName: setting.studentName,
      teacherName: setting.teacherName,
      schoolName: setting.school.name,
      timeZone: setting.school.timeZone,
      times: [...new Set(times)].sort(),
      link,
    });
    emails.push({
      districtId: plan.district_id,
      kind: "meeting.withdrawn",
      to: { address: (contact.email ?? "").trim(), name: personName(contact) },
      ...email,
      now,
    });
  }

  return emails;
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
    const startsAt = proposal.starts_at;
    const details = { proposalId: proposal.id, startsAt, sequence, reason: "planClosed" };
    await recordPlanChange(trx, { ...history, kind: "meeting.cancelled", details });
  }
  for (const proposal of ending.meetings.withdrawn) {
    await changeProposalOrConflict(trx, actor, proposal, { status: "withdrawn", updated_at: now });
    const details = { proposalId: proposal.id, reason: "planClosed" };
    await recordPlanChange(trx, { ...history, kind: "meeting.withdrawn", details });
  }
  await enqueueAll(trx, ending.meetings.withdrawnEmails);
}
