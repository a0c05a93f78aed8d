import { findStudent } from "../../db/access-store.ts";
import {
  findMeetingPeople,
  listMeetingProposals,
  listProposalTimes,
} from "../../db/meeting-store.ts";
import { findSchool } from "../../db/plan-store.ts";
import type { MeetingProposalStatus } from "../../db/schema.ts";
import type { Actor } from "../access/actor.ts";
import { authorizePlan, may } from "../access/policy.ts";
import { notFound } from "../errors.ts";
import { personName } from "../plans/person-name.ts";
import type { PlanDeps } from "../plans/plan-deps.ts";

export interface MeetingProposalView {
  id: string;
  status: MeetingProposalStatus;
  proposedByName: string;
  place: string | null;
  videoUrl: string | null;
  durationMinutes: number;
  startsAt: string | null;
  familyNote: string | null;
  times: { id: string; startsAt: string }[];
}

export interface MeetingTimesView {
  plan: { id: string; stage: string };
  studentName: string;
  school: { name: string; timeZone: string };
  proposals: MeetingProposalView[];
  may: { propose: boolean; answer: boolean };
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

  return {
    plan: { id: plan.id, stage: plan.stage },
    studentName: personName(student),
    school: { name: school.name, timeZone: school.time_zone },
    proposals: proposals.map((proposal) => ({
      id: proposal.id,
      status: proposal.status,
      proposedByName: nameOf(proposal.proposed_by),
      place: proposal.place,
      videoUrl: proposal.video_url,
      durationMinutes: proposal.duration_minutes,
      startsAt: proposal.starts_at,
      familyNote: proposal.family_note,
      times: times
        .filter((time) => time.proposal_id === proposal.id)
        .map((time) => ({ id: time.id, startsAt: time.starts_at })),
    })),
    may: {
      propose: open && may(relationship, "proposeMeeting"),
      answer: open && may(relationship, "answerMeeting"),
    },
  };
}
