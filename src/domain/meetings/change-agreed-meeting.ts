import { z } from "zod";
import { isoNow } from "../../clock.ts";
import type { Actor } from "../access/actor.ts";
import { notFound } from "../errors.ts";
import { parsePlanInput } from "../plans/parse-plan-input.ts";
import { dayIn, isWallTime } from "../plans/school-time.ts";
import type { MeetingDeps } from "./meeting-deps.ts";
import { readMeetingSetting } from "./meeting-invitations.ts";
import {
  assertWithinYear,
  futureProblem,
  meetingConflict,
  meetingInstant,
} from "./meeting-problems.ts";
import { findMeetingProposalOfPlan, writeCalendarChange } from "./meeting-proposal.ts";
import {
  type MeetingProposalView,
  type MeetingTimesView,
  readMeetingTimes,
} from "./read-meeting-times.ts";

/** An agreed meeting staff may move or cancel. */
async function agreedMeeting(deps: MeetingDeps, actor: Actor, planId: string, proposalId: string) {
  const { plan, proposal } = await findMeetingProposalOfPlan(deps, actor, {
    planId,
    proposalId,
    action: "proposeMeeting",
  });
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
 * calendar moves the meeting it already holds instead of adding a second one. A "move" to the
 * time it already has changes nothing and emails no one.
 */
export async function rescheduleMeeting(
  deps: MeetingDeps,
  actor: Actor,
  planId: string,
  proposalId: string,
  input: unknown,
): Promise<{ moved: boolean }> {
  const { plan, proposal } = await agreedMeeting(deps, actor, planId, proposalId);
  const { newTime } = parsePlanInput(rescheduleInput, input, {
    actor,
    labels: { newTime: "meetings.field.newTime" },
  });
  const setting = await readMeetingSetting(deps.db, plan, proposal.proposed_by);
  const startsAt = meetingInstant(actor, {
    field: "newTime",
    label: "meetings.field.newTime",
    wall: newTime,
    timeZone: setting.school.timeZone,
  });
  if (startsAt === proposal.starts_at) return { moved: false };
  const now = isoNow(deps.clock);
  if (startsAt <= now) throw futureProblem(actor, "newTime", "meetings.field.newTime");
  const today = dayIn(setting.school.timeZone, deps.clock());
  assertWithinYear(actor, {
    field: "newTime",
    label: "meetings.field.newTime",
    wall: newTime,
    today,
  });

  const sequence = proposal.sequence + 1;
  await writeCalendarChange(deps, actor, {
    plan,
    proposal,
    startsAt,
    sequence,
    invitation: "update",
    set: { starts_at: startsAt, sequence, updated_at: now },
    event: {
      kind: "meeting.rescheduled",
      details: { proposalId: proposal.id, startsAt, sequence },
    },
    setting,
    now,
  });

  return { moved: true };
}

// The SEQUENCE the confirmation page showed: a meeting moved since then is not the one the
// person agreed to cancel. Without one (an older page), the meeting as it is now is cancelled.
const cancelInput = z.object({
  sequence: z.coerce.number().int().min(0).optional().catch(undefined),
});

/**
 * The agreed meeting a confirmation page shows before it is cancelled, or a conflict when it is
 * no longer agreed (cancelled or moved on by someone else).
 */
export async function readMeetingToCancel(
  deps: MeetingDeps,
  actor: Actor,
  planId: string,
  proposalId: string,
): Promise<{ view: MeetingTimesView; proposal: MeetingProposalView }> {
  await agreedMeeting(deps, actor, planId, proposalId);
  const view = await readMeetingTimes(deps, actor, planId);
  const proposal = view.proposals.find((shown) => shown.id === proposalId);
  if (!proposal) throw notFound(`meeting ${proposalId} of plan ${planId}`);

  return { view, proposal };
}

/** Cancels an agreed meeting: everyone's calendar gets a CANCEL for the same UID. */
export async function cancelMeeting(
  deps: MeetingDeps,
  actor: Actor,
  planId: string,
  proposalId: string,
  input: unknown = {},
): Promise<void> {
  const { plan, proposal, startsAt } = await agreedMeeting(deps, actor, planId, proposalId);
  const { sequence: seen } = parsePlanInput(cancelInput, input, { actor, labels: {} });
  if (seen !== undefined && seen !== proposal.sequence) {
    throw meetingConflict(actor, proposal.id, "meetings.problem.changed");
  }
  const setting = await readMeetingSetting(deps.db, plan, proposal.proposed_by);
  const now = isoNow(deps.clock);
  const sequence = proposal.sequence + 1;

  await writeCalendarChange(deps, actor, {
    plan,
    proposal,
    startsAt,
    sequence,
    invitation: "cancel",
    set: { status: "cancelled", sequence, updated_at: now },
    event: { kind: "meeting.cancelled", details: { proposalId: proposal.id, startsAt, sequence } },
    setting,
    now,
  });
}
