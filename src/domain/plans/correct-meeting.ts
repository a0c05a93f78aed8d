import { isDeepStrictEqual } from "node:util";
import type { z } from "zod";
import { isoNow } from "../../clock.ts";
import {
  correctMeetingIfUnchanged,
  findMeeting,
  listAttendeeIdsOf,
  type PlanRow,
} from "../../db/plan-store.ts";
import type { Actor } from "../access/actor.ts";
import { authorizePlan } from "../access/policy.ts";
import { seenVersionField } from "../forms/seen-version.ts";
import { assertMeetingUnchanged, meetingMovedOn, meetingRecordOf } from "./meeting-conflict.ts";
import { type MeetingRecord, recordMeetingVersion } from "./meeting-versions.ts";
import { parsePlanInput } from "./parse-plan-input.ts";
import type { PlanDeps } from "./plan-deps.ts";
import { planError } from "./plan-error.ts";
import { assertPlanOpen, recordPlanChange } from "./plan-event.ts";
import {
  chosenAttendees,
  type HeldMeetingDays,
  heldMeetingDays,
  meetingFields,
  meetingLabels,
  placeOrLink,
} from "./record-meeting.ts";
import { wallTimeToUtc } from "./school-time.ts";

// `seen` is the meeting's version the form showed (see meeting-conflict.ts); a missing or
// damaged one reads as stale, so no correction is saved unchecked.
const correctionInput = (held: HeldMeetingDays) =>
  meetingFields(held)
    .extend({ seen: seenVersionField })
    .refine(placeOrLink.when, placeOrLink.problem);

type Correction = z.output<ReturnType<typeof correctionInput>>;

/**
 * Staff who may record a meeting on the plan correct one recorded with the wrong time, place,
 * attendees or notes. Every earlier version stays on the plan's history, so nothing recorded
 * is lost; a correction made from a version someone else has changed is refused.
 */
export async function correctMeeting(
  deps: PlanDeps,
  actor: Actor,
  target: { planId: string; meetingId: string },
  input: unknown,
): Promise<{ meetingId: string; changed: boolean }> {
  const { plan } = await authorizePlan(deps.db, actor, target.planId, "recordMeeting");
  assertPlanOpen(plan, actor);
  const meeting = await findMeeting(deps.db, plan.id, target.meetingId);
  // Most often removed by someone else while this person typed: the page tells them so.
  if (!meeting) {
    throw planError(actor, {
      kind: "not_found",
      message: `meeting ${target.meetingId} not found`,
      say: "plans.meetingCorrection.gone",
    });
  }

  const held = await heldMeetingDays(deps, actor, plan);
  const typed = parsePlanInput(correctionInput(held), input, { actor, labels: meetingLabels });
  const recordedBefore = await listAttendeeIdsOf(deps.db, meeting.id);
  const after = await correctedRecord(deps, actor, { plan, typed, held, recordedBefore });
  const current = { planId: plan.id, row: meeting, attendeeIds: recordedBefore };
  assertMeetingUnchanged(actor, typed.seen, current);
  const before = meetingRecordOf(meeting, recordedBefore);
  // Saving what was already recorded changes nothing, and the history stays free of it.
  if (isDeepStrictEqual(before, after)) return { meetingId: meeting.id, changed: false };

  const now = isoNow(deps.clock);
  await deps.db.transaction().execute(async (trx) => {
    const set = {
      starts_at: after.startsAt,
      place: after.place,
      video_url: after.videoUrl,
      notes: after.notes,
    };
    // Only over the version checked above: a correction that slipped in between conflicts.
    const attendeeIds = after.attendeeIds;
    if (!(await correctMeetingIfUnchanged(trx, { meeting, set, attendeeIds }))) {
      throw await meetingMovedOn(trx, actor, { planId: plan.id, meetingId: meeting.id });
    }
    await recordMeetingVersion(trx, { meeting, before, after, actorId: actor.personId, now });

    await recordPlanChange(trx, {
      plan,
      actorId: actor.personId,
      now,
      kind: "meeting.corrected",
      details: {
        meetingId: meeting.id,
        startsAt: after.startsAt,
        recordedStartsAt: before.startsAt,
        attendees: attendeeIds.length,
      },
    });
  });

  return { meetingId: meeting.id, changed: true };
}

/** The record as the correction has it: the time in UTC, each attendee once and on the plan. */
async function correctedRecord(
  deps: PlanDeps,
  actor: Actor,
  correction: {
    plan: PlanRow;
    typed: Correction;
    held: HeldMeetingDays;
    recordedBefore: string[];
  },
): Promise<MeetingRecord> {
  const { plan, typed, recordedBefore } = correction;
  const ticked = typed.attendeeIds;
  const attendeeIds = await chosenAttendees(deps.db, actor, { plan, ticked, recordedBefore });

  return {
    startsAt: wallTimeToUtc(typed.startsAt, correction.held.timeZone),
    place: typed.place,
    videoUrl: typed.videoLink,
    notes: typed.notes,
    attendeeIds: [...attendeeIds].sort(),
  };
}
