import { z } from "zod";
import { isoNow } from "../../clock.ts";
import { listProposalTimes } from "../../db/meeting-store.ts";
import type { PlanRow } from "../../db/plan-store.ts";
import { type EmailToEnqueue, enqueueEmail } from "../../mail/outbox.ts";
import { anotherTimeAskedEmail } from "../../mail/templates/meeting-emails.ts";
import type { Actor } from "../access/actor.ts";
import { requiredWords } from "../forms/visible-text.ts";
import { fieldProblem, parsePlanInput } from "../plans/parse-plan-input.ts";
import { personName } from "../plans/person-name.ts";
import { recordPlanChange } from "../plans/plan-event.ts";
import { type MeetingDeps, meetingTimesPath } from "./meeting-deps.ts";
import { type MeetingSetting, readMeetingSetting } from "./meeting-invitations.ts";
import { reachableByEmail } from "./meeting-people.ts";
import { meetingConflict } from "./meeting-problems.ts";
import {
  changeProposalOrConflict,
  findMeetingProposalOfPlan,
  writeCalendarChange,
} from "./meeting-proposal.ts";

/** The longest note a family member writes when no time suits them. */
export const familyNoteLimit = 500;

/** A proposal the family may still answer, with its times. */
async function openProposal(deps: MeetingDeps, actor: Actor, planId: string, proposalId: string) {
  const { plan, proposal } = await findMeetingProposalOfPlan(deps, actor, {
    planId,
    proposalId,
    action: "answerMeeting",
  });
  // Taken back while the family was choosing: they are told so, not that it "changed".
  if (proposal.status === "withdrawn") {
    throw meetingConflict(actor, proposal.id, "meetings.problem.withdrawnMeanwhile");
  }
  // A family may change its mind about "another time" as long as no time is agreed yet.
  if (proposal.status !== "proposed" && proposal.status !== "asked") {
    throw meetingConflict(actor, proposal.id, "meetings.problem.notOpen");
  }

  return { plan, proposal };
}

const choiceInput = z.object({ timeId: z.string().trim().min(1).max(100) });

/**
 * The family member picks one of the proposed times: the meeting is agreed and everyone with an
 * address gets an invitation in their language, with the calendar REQUEST.
 */
export async function chooseMeetingTime(
  deps: MeetingDeps,
  actor: Actor,
  planId: string,
  proposalId: string,
  input: unknown,
): Promise<void> {
  const { plan, proposal } = await openProposal(deps, actor, planId, proposalId);
  const { timeId } = parsePlanInput(choiceInput, input, {
    actor,
    labels: { timeId: "meetings.choose.heading" },
  });
  const times = await listProposalTimes(deps.db, [proposal.id]);
  const chosen = times.find((time) => time.id === timeId);
  if (!chosen) {
    throw fieldProblem({
      actor,
      field: "timeId",
      message: "meetings.problem.noTime",
      label: "meetings.choose.heading",
    });
  }

  const now = isoNow(deps.clock);
  const setting = await readMeetingSetting(deps.db, plan, proposal.proposed_by);
  const startsAt = chosen.starts_at;
  await writeCalendarChange(deps, actor, {
    plan,
    proposal,
    startsAt,
    sequence: proposal.sequence,
    invitation: "invitation",
    set: { status: "agreed", starts_at: startsAt, answered_by: actor.personId, updated_at: now },
    event: { kind: "meeting.chosen", details: { proposalId: proposal.id, startsAt } },
    setting,
    now,
  });
}

const anotherTimeInput = z.object({ note: requiredWords(familyNoteLimit) });

/** None of the times suits the family: they say so with a short note for the teacher. */
export async function askForAnotherTime(
  deps: MeetingDeps,
  actor: Actor,
  planId: string,
  proposalId: string,
  input: unknown,
): Promise<void> {
  const { plan, proposal } = await openProposal(deps, actor, planId, proposalId);
  const { note } = parsePlanInput(anotherTimeInput, input, {
    actor,
    labels: { note: "meetings.field.note" },
  });

  const now = isoNow(deps.clock);
  const setting = await readMeetingSetting(deps.db, plan, proposal.proposed_by);
  const emails = await anotherTimeEmails(deps, { actor, plan, setting, note, now });
  await deps.db.transaction().execute(async (trx) => {
    await changeProposalOrConflict(trx, actor, proposal, {
      status: "asked",
      family_note: note,
      answered_by: actor.personId,
      updated_at: now,
    });
    await recordPlanChange(trx, {
      plan,
      actorId: actor.personId,
      now,
      kind: "meeting.another_time_asked",
      details: { proposalId: proposal.id, emailed: emails.length },
    });
    for (const email of emails) await enqueueEmail(trx, email);
  });
}

/**
 * One email to each of the student's teachers and the proposing staff member who has an
 * address, in their own language, so the family's answer does not wait for someone to look.
 */
async function anotherTimeEmails(
  deps: MeetingDeps,
  asked: { actor: Actor; plan: PlanRow; setting: MeetingSetting; note: string; now: string },
): Promise<EmailToEnqueue[]> {
  const { setting, plan } = asked;
  const staff = reachableByEmail({
    student: undefined,
    family: [],
    teachers: setting.people.teachers,
  });
  const family = setting.people.family.find((person) => person.id === asked.actor.personId);
  const link = new URL(meetingTimesPath(plan.id), deps.config.baseUrl).toString();
  const emails: EmailToEnqueue[] = [];

  for (const person of staff) {
    const email = await anotherTimeAskedEmail(person.preferred_locale, {
      recipientName: personName(person),
      familyName: family ? personName(family) : asked.actor.displayName,
      studentName: setting.studentName,
      schoolName: setting.school.name,
      note: asked.note,
      link,
    });
    emails.push({
      districtId: plan.district_id,
      kind: "meeting.another_time_asked",
      to: { address: person.email, name: personName(person) },
      ...email,
      now: asked.now,
    });
  }

  return emails;
}
