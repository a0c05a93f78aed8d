import type { Actor } from "../access/actor.ts";
import { authorizePlan } from "../access/policy.ts";
import { notFound } from "../errors.ts";
import type { PlanDeps } from "./plan-deps.ts";
import { assertPlanOpen } from "./plan-event.ts";
import { type MeetingView, type PlanView, readPlan } from "./read-plan.ts";

/**
 * A recorded meeting, for the pages that correct or remove it: only for those who may record
 * meetings on the plan, and only while the plan takes changes, so no form is shown whose save
 * would be refused.
 */
export async function openMeetingRecord(
  deps: PlanDeps,
  actor: Actor,
  target: { planId: string; meetingId: string },
): Promise<{ view: PlanView; meeting: MeetingView }> {
  const { plan } = await authorizePlan(deps.db, actor, target.planId, "recordMeeting");
  assertPlanOpen(plan, actor);
  const view = await readPlan(deps, actor, plan.id);
  const meeting = view.meetings.find((candidate) => candidate.id === target.meetingId);
  if (!meeting) throw notFound(`meeting ${target.meetingId}`);

  return { view, meeting };
}
