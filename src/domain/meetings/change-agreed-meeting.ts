import { z } from "zod";
import { isoNow } from "../../clock.ts";
import type { Actor } from "../access/actor.ts";
import { notFound } from "../errors.ts";
import { seenVersionField } from "../forms/seen-version.ts";
import { parsePlanInput } from "../plans/parse-plan-input.ts";
import { wallTimeToUtc } from "../plans/school-time.ts";
import type { MeetingDeps } from "./meeting-deps.ts";
import { readMeetingSetting } from "./meeting-invitations.ts";
import {
  type MeetingClock,
  meetingClock,
  meetingConflict,
  meetingTimeField,
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

// The SEQUENCE the page showed: a meeting moved or cancelled since then is not the one the
// person meant to change. A missing or malformed one reads as stale (seen-version.ts).
const seenSequence = seenVersionField;

const rescheduleInput = (clock: MeetingClock) =>
  z.object({ newTime: meetingTimeField(clock), sequence: seenSequence });

/**
 * Moves an agreed meeting. The update keeps the meeting's UID and raises its SEQUENCE, so each
 * calendar moves the meeting it already holds instead of adding a second one. A "move" to the
 * time it already has changes nothing and emails no one; one sent from a page opened before
 * someone else moved the meeting is refused, so the later move does not silently win.
 */
export async function rescheduleMeeting(
  deps: MeetingDeps,
  actor: Actor,
  planId: string,
  proposalId: string,
  input: unknown,
): Promise<{ moved: boolean }> {
  const { plan, proposal } = await agreedMeeting(deps, actor, planId, proposalId);
  const setting = await readMeetingSetting(deps.db, plan, proposal.proposed_by);
  const clock = meetingClock(actor, setting.school.timeZone, deps.clock);
  const { newTime, sequence: seen } = parsePlanInput(rescheduleInput(clock), input, {
    actor,
    labels: { newTime: "meetings.field.newTime" },
  });
  const startsAt = wallTimeToUtc(newTime, clock.timeZone);
  if (startsAt === proposal.starts_at) return { moved: false };
  if (seen !== proposal.sequence) {
    throw meetingConflict(actor, proposal.id, "meetings.problem.changed");
  }

  const now = clock.now;
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
    movedFrom: proposal.starts_at ?? undefined,
  });

  return { moved: true };
}

const cancelInput = z.object({ sequence: seenSequence });

/**
 * An agreed meeting as it is now, for the page that confirms its cancellation or shows it moved
 * meanwhile, or a conflict when it is no longer agreed (cancelled by someone else).
 */
export async function readAgreedMeeting(
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
  input: unknown,
): Promise<void> {
  const { plan, proposal, startsAt } = await agreedMeeting(deps, actor, planId, proposalId);
  const { sequence: seen } = parsePlanInput(cancelInput, input, { actor, labels: {} });
  if (seen !== proposal.sequence) {
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
