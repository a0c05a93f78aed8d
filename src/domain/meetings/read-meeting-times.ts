import { findStudent } from "../../db/access-store.ts";
import {
  findMeetingPeople,
  listAgreedMeetingsOfPlans,
  listMeetingProposals,
  listProposalTimes,
  type MeetingProposalRow,
} from "../../db/meeting-store.ts";
import { findSchool } from "../../db/plan-store.ts";
import type { MeetingProposalStatus } from "../../db/schema.ts";
import type { Actor } from "../access/actor.ts";
import { authorizePlan, may } from "../access/policy.ts";
import { notFound } from "../errors.ts";
import { personName } from "../plans/person-name.ts";
import type { PlanDeps } from "../plans/plan-deps.ts";
import { dayIn } from "../plans/school-time.ts";
import { isWaitingForFamily } from "./meeting-proposal.ts";

export interface MeetingProposalView {
  id: string;
  status: MeetingProposalStatus;
  /** Cancelled or withdrawn by the plan's close, not by hand. */
  endedWithPlan: boolean;
  /** A video link to join by: the meeting is still open or to come, not cancelled or over. */
  joinable: boolean;
  proposedByName: string;
  place: string | null;
  videoUrl: string | null;
  durationMinutes: number;
  startsAt: string | null;
  /** When the times were proposed: a new proposal names the one it replaces by it. */
  proposedAt: string;
  /** The iCalendar SEQUENCE: a move or cancellation sent from a page names the one it saw. */
  sequence: number;
  familyNote: string | null;
  /** The proposed times; `chosen` marks the one the family picked, if it still holds. */
  times: { id: string; startsAt: string; chosen: boolean }[];
}

export interface MeetingTimesView {
  /** `closedAt`: when the plan was closed (ISO-8601), if it is. */
  plan: { id: string; stage: string; closedAt: string | null };
  studentName: string;
  school: { name: string; timeZone: string };
  proposals: MeetingProposalView[];
  may: { propose: boolean; answer: boolean };
  /** The day it is at the school: times can be proposed from it to a year on. */
  today: string;
}

/** The meeting page: every proposal of the plan, newest first, and what the reader may do. */
export async function readMeetingTimes(
  deps: PlanDeps,
  actor: Actor,
  planId: string,
): Promise<MeetingTimesView> {
  const { plan, relationship } = await authorizePlan(deps.db, actor, planId, "view");
  const school = await findSchool(deps.db, plan.district_id, plan.school_id);
  const student = await findStudent(deps.db, plan.district_id, plan.student_id);
  if (!school || !student) throw notFound(`school or student of plan ${plan.id}`);

  const proposals = await listMeetingProposals(deps.db, plan.id);
  const times = await listProposalTimes(
    deps.db,
    proposals.map((proposal) => proposal.id),
  );
  const proposers = await findMeetingPeople(deps.db, plan.district_id, [
    ...new Set(proposals.map((proposal) => proposal.proposed_by)),
  ]);
  const nameOf = (id: string) => {
    const person = proposers.find((candidate) => candidate.id === id);
    return person ? personName(person) : "";
  };
  const open = plan.stage !== "closed" && !plan.archived_at;
  const isStaff = may(relationship, "proposeMeeting");
  const now = deps.clock().getTime();
  // The close ends its meetings at the instant it closes the plan (end-meetings-of-plan.ts).
  const endedWithPlan = (proposal: MeetingProposalRow) =>
    plan.closed_at !== null &&
    proposal.updated_at === plan.closed_at &&
    (proposal.status === "cancelled" || proposal.status === "withdrawn");
  // Withdrawn times were taken back before anyone chose: only staff keep seeing them, and the
  // family those the close withdrew, as it was emailed about them.
  const shown = proposals.filter(
    (proposal) => isStaff || proposal.status !== "withdrawn" || endedWithPlan(proposal),
  );

  return {
    plan: {
      id: plan.id,
      stage: plan.stage,
      closedAt: plan.stage === "closed" ? plan.closed_at : null,
    },
    studentName: personName(student),
    school: { name: school.name, timeZone: school.time_zone },
    proposals: shown.map((proposal) => ({
      id: proposal.id,
      status: proposal.status,
      endedWithPlan: endedWithPlan(proposal),
      joinable:
        open &&
        proposal.video_url !== null &&
        (isWaitingForFamily(proposal) ||
          (proposal.status === "agreed" && hasNotEnded(proposal, now))),
      proposedByName: nameOf(proposal.proposed_by),
      place: proposal.place,
      videoUrl: proposal.video_url,
      durationMinutes: proposal.duration_minutes,
      startsAt: proposal.starts_at,
      proposedAt: proposal.created_at,
      sequence: proposal.sequence,
      familyNote: proposal.family_note,
      times: times
        .filter((time) => time.proposal_id === proposal.id)
        .map((time) => ({
          id: time.id,
          startsAt: time.starts_at,
          chosen: proposal.status === "agreed" && time.starts_at === proposal.starts_at,
        })),
    })),
    may: {
      propose: open && isStaff,
      answer: open && may(relationship, "answerMeeting"),
    },
    today: dayIn(school.time_zone, deps.clock()),
  };
}

/** An agreed meeting still to come, shown on the plan apart from the meetings recorded. */
export interface AgreedMeetingView {
  proposalId: string;
  startsAt: string;
  durationMinutes: number;
  place: string | null;
  videoUrl: string | null;
}

/** Whether an agreed meeting is still to come, or under way, at the instant (ms). */
export const hasNotEnded = (
  meeting: { starts_at: string | null; duration_minutes: number },
  now: number,
): boolean =>
  meeting.starts_at !== null &&
  Date.parse(meeting.starts_at) + meeting.duration_minutes * 60_000 > now;

/**
 * The plan's agreed meetings that have not ended yet, soonest first: what the family was told
 * is agreed, until it has happened and someone records it.
 */
export async function upcomingAgreedMeetings(
  deps: PlanDeps,
  planId: string,
): Promise<AgreedMeetingView[]> {
  const now = deps.clock().getTime();
  const agreed = await listAgreedMeetingsOfPlans(deps.db, [planId]);

  return agreed.flatMap((meeting) => {
    if (!meeting.starts_at || !hasNotEnded(meeting, now)) return [];

    return [
      {
        proposalId: meeting.id,
        startsAt: meeting.starts_at,
        durationMinutes: meeting.duration_minutes,
        place: meeting.place,
        videoUrl: meeting.video_url,
      },
    ];
  });
}
