import { z } from "zod";
import { isoNow } from "../../clock.ts";
import { deleteMeetingVersions } from "../../db/meeting-version-store.ts";
import {
  deleteMeeting,
  findMeeting,
  holdMeetingAtVersion,
  listAttendeeIdsOf,
} from "../../db/plan-store.ts";
import type { Actor } from "../access/actor.ts";
import { authorizePlan } from "../access/policy.ts";
import { notFound } from "../errors.ts";
import { seenVersionField } from "../forms/seen-version.ts";
import { assertMeetingUnchanged, meetingMovedOn } from "./meeting-conflict.ts";
import { parsePlanInput } from "./parse-plan-input.ts";
import type { PlanDeps } from "./plan-deps.ts";
import { assertPlanOpen, recordPlanChange } from "./plan-event.ts";

// The version the confirmation page showed: what is removed is what the person looked at.
const removalInput = z.object({ seen: seenVersionField });

/**
 * Staff who may record a meeting on the plan remove one recorded by mistake. It leaves the plan,
 * the family's view, the counts and the exports; its time, notes and attendees go with it (it
 * may have been about another child), and the plan's history keeps who removed a meeting
 * record and when.
 */
export async function removeMeeting(
  deps: PlanDeps,
  actor: Actor,
  target: { planId: string; meetingId: string },
  input: unknown,
): Promise<void> {
  const { plan } = await authorizePlan(deps.db, actor, target.planId, "recordMeeting");
  assertPlanOpen(plan, actor);
  const meeting = await findMeeting(deps.db, plan.id, target.meetingId);
  if (!meeting) throw notFound(`meeting ${target.meetingId}`);

  const { seen } = parsePlanInput(removalInput, input, { actor, labels: {} });
  const attendeeIds = await listAttendeeIdsOf(deps.db, meeting.id);
  assertMeetingUnchanged(actor, seen, { planId: plan.id, row: meeting, attendeeIds });

  const now = isoNow(deps.clock);
  await deps.db.transaction().execute(async (trx) => {
    if (!(await holdMeetingAtVersion(trx, meeting))) {
      throw await meetingMovedOn(trx, actor, { planId: plan.id, meetingId: meeting.id });
    }
    await deleteMeetingVersions(trx, meeting.id);
    await deleteMeeting(trx, meeting.id);

    await recordPlanChange(trx, {
      plan,
      actorId: actor.personId,
      now,
      kind: "meeting.removed",
      details: { meetingId: meeting.id, startsAt: meeting.starts_at },
    });
  });
}
