import { isoNow } from "../../clock.ts";
import type { Actor } from "../access/actor.ts";
import { recordPlanChange } from "../plans/plan-event.ts";
import type { MeetingDeps } from "./meeting-deps.ts";
import { meetingConflict } from "./meeting-problems.ts";
import { changeProposalOrConflict, findMeetingProposalOfPlan } from "./meeting-proposal.ts";

/**
 * Staff take back times the family has not chosen from (often after the family asked for
 * another time): the family no longer sees them, and staff can propose new ones.
 */
export async function withdrawMeetingTimes(
  deps: MeetingDeps,
  actor: Actor,
  planId: string,
  proposalId: string,
): Promise<void> {
  const { plan, proposal } = await findMeetingProposalOfPlan(deps, actor, {
    planId,
    proposalId,
    action: "proposeMeeting",
  });
  // An agreed meeting is in calendars already: it is cancelled, not withdrawn.
  if (proposal.status !== "proposed" && proposal.status !== "asked") {
    throw meetingConflict(actor, proposal.id, "meetings.problem.notOpen");
  }

  const now = isoNow(deps.clock);
  await deps.db.transaction().execute(async (trx) => {
    await changeProposalOrConflict(trx, actor, proposal, { status: "withdrawn", updated_at: now });
    await recordPlanChange(trx, {
      plan,
      actorId: actor.personId,
      now,
      kind: "meeting.withdrawn",
      details: { proposalId: proposal.id },
    });
  });
}
