import { z } from "zod";
import { isoNow } from "../../clock.ts";
import { findMeetingProposal, updateMeetingProposalIf } from "../../db/meeting-store.ts";
import type { Actor } from "../access/actor.ts";
import { authorizePlan } from "../access/policy.ts";
import { notFound } from "../errors.ts";
import { parsePlanInput } from "../plans/parse-plan-input.ts";
import { assertPlanOpen, recordPlanChange } from "../plans/plan-event.ts";
import { isWallTime, wallTimeToUtc } from "../plans/school-time.ts";
import type { MeetingDeps } from "./meeting-deps.ts";
import { enqueueAll, readMeetingSetting, renderInvitations } from "./meeting-invitations.ts";
import { futureProblem, meetingConflict } from "./meeting-problems.ts";

/** An agreed meeting staff may move or cancel. */
async function agreedMeeting(deps: MeetingDeps, actor: Actor, planId: string, proposalId: string) {
  const { plan } = await authorizePlan(deps.db, actor, planId, "proposeMeeting");
  assertPlanOpen(plan, actor);
  const proposal = await findMeetingProposal(deps.db, plan.id, proposalId);
  if (!proposal) throw notFound(`meeting ${proposalId} of plan ${plan.id}`);
  if (proposal.status !== "agreed" || !proposal.starts_at) {
    throw meetingConflict(actor, proposal.id, "meetings.problem.notAgreed");
  }

  return { plan, proposal, startsAt: proposal.starts_at };
}

const rescheduleInput = z.object({
  newTime: z.string().trim().refine(isWallTime, { error: "plans.problem.dateTime" }),
});

/**
 * Moves an agreed meeting. The update keeps the meeting's UID and raises its SEQUENCE, so each
 * calendar moves the meeting it already holds instead of adding a second one.
 */
export async function rescheduleMeeting(
  deps: MeetingDeps,
  actor: Actor,
  planId: string,
  proposalId: string,
  input: unknown,
): Promise<void> {
  const { plan, proposal } = await agreedMeeting(deps, actor, planId, proposalId);
  const { newTime } = parsePlanInput(rescheduleInput, input, {
    actor,
    labels: { newTime: "meetings.field.newTime" },
  });
  const setting = await readMeetingSetting(deps.db, plan, proposal.proposed_by);
  const startsAt = wallTimeToUtc(newTime, setting.school.timeZone);
  const now = isoNow(deps.clock);
  if (startsAt <= now) throw futureProblem(actor, "newTime", "meetings.field.newTime");

  const sequence = proposal.sequence + 1;
  const emails = await renderInvitations(deps, {
    plan,
    proposal,
    startsAt,
    sequence,
    kind: "update",
    setting,
    now,
  });
  await deps.db.transaction().execute(async (trx) => {
    const changed = await updateMeetingProposalIf(trx, {
      id: proposal.id,
      status: "agreed",
      sequence: proposal.sequence,
      set: { starts_at: startsAt, sequence, updated_at: now },
    });
    if (!changed) throw meetingConflict(actor, proposal.id, "meetings.problem.changed");
    await enqueueAll(trx, emails);
    await recordPlanChange(trx, {
      plan,
      actorId: actor.personId,
      now,
      kind: "meeting.rescheduled",
      details: { proposalId: proposal.id, startsAt, sequence },
    });
  });
}

/** Cancels an agreed meeting: everyone's calendar gets a CANCEL for the same UID. */
export async function cancelMeeting(
  deps: MeetingDeps,
  actor: Actor,
  planId: string,
  proposalId: string,
): Promise<void> {
  const { plan, proposal, startsAt } = await agreedMeeting(deps, actor, planId, proposalId);
  const setting = await readMeetingSetting(deps.db, plan, proposal.proposed_by);
  const now = isoNow(deps.clock);
  const sequence = proposal.sequence + 1;

  const emails = await renderInvitations(deps, {
    plan,
    proposal,
    startsAt,
    sequence,
    kind: "cancel",
    setting,
    now,
  });
  await deps.db.transaction().execute(async (trx) => {
    const changed = await updateMeetingProposalIf(trx, {
      id: proposal.id,
      status: "agreed",
      sequence: proposal.sequence,
      set: { status: "cancelled", sequence, updated_at: now },
    });
    if (!changed) throw meetingConflict(actor, proposal.id, "meetings.problem.changed");
    await enqueueAll(trx, emails);
    await recordPlanChange(trx, {
      plan,
      actorId: actor.personId,
      now,
      kind: "meeting.cancelled",
      details: { proposalId: proposal.id, startsAt, sequence },
    });
  });
}
