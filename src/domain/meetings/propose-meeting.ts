import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import { z } from "zod";
import { issueSignInToken } from "../../auth/accounts.ts";
import { emailedLinkLifetimeSeconds } from "../../auth/auth.ts";
import { listFamilyContacts } from "../../db/family-contact-store.ts";
import {
  insertMeetingProposal,
  listMeetingProposals,
  updateMeetingProposalIf,
} from "../../db/meeting-store.ts";
import { type PlanRow, touchPlan } from "../../db/plan-store.ts";
import type { Database } from "../../db/schema.ts";
import type { MessageKey } from "../../i18n/catalog.ts";
import { type EmailToEnqueue, enqueueEmail, isMailableAddress } from "../../mail/outbox.ts";
import { meetingProposedEmail } from "../../mail/templates/meeting-emails.ts";
import type { Actor } from "../access/actor.ts";
import { authorizePlan } from "../access/policy.ts";
import { assertFormNotSaved, claimFormToken, formTokenOf } from "../forms/form-token.ts";
import { limits, parsePlanInput } from "../plans/parse-plan-input.ts";
import { personName } from "../plans/person-name.ts";
import { assertPlanOpen, recordPlanChange } from "../plans/plan-event.ts";
import { wallTimeToUtc } from "../plans/school-time.ts";
import { carryLinkLocale } from "../sign-in/sign-in-link-locale.ts";
import { type MeetingDeps, meetingTimesPath } from "./meeting-deps.ts";
import { type MeetingSetting, readMeetingSetting } from "./meeting-invitations.ts";
import {
  type MeetingClock,
  meetingClock,
  meetingTimeField,
  optionalMeetingTimeField,
} from "./meeting-problems.ts";
import { isWaitingForFamily } from "./meeting-proposal.ts";
import { videoLinkField } from "./video-link.ts";

/** How long a proposed meeting may last, in minutes, and the length the form starts with. */
export const meetingLength = { min: 10, max: 180, usual: 30 } as const;

const isMeetingLength = (minutes: number) =>
  Number.isInteger(minutes) && minutes >= meetingLength.min && minutes <= meetingLength.max;

/** What a proposal holds, its times checked against the school's clock with the rest. */
const proposalInput = (clock: MeetingClock) =>
  z
    .object({
      firstTime: meetingTimeField(clock),
      secondTime: meetingTimeField(clock),
      thirdTime: optionalMeetingTimeField(clock),
      place: z
        .string()
        .trim()
        .max(limits.place)
        .optional()
        .transform((text) => text || null),
      videoLink: videoLinkField,
      durationMinutes: z
        .union([z.string(), z.number()])
        .optional()
        .transform((typed) => (String(typed ?? "").trim() ? Number(typed) : meetingLength.usual))
        .refine(isMeetingLength, { error: "meetings.problem.duration", params: meetingLength }),
    })
    .refine((meeting) => meeting.place || meeting.videoLink, {
      path: ["place"],
      error: "plans.problem.placeOrLink",
    })
    .refine((meeting) => meeting.firstTime !== meeting.secondTime, {
      path: ["secondTime"],
      error: "meetings.problem.twoTimes",
    });

export const proposalLabels: Record<string, MessageKey> = {
  firstTime: "meetings.field.firstTime",
  secondTime: "meetings.field.secondTime",
  thirdTime: "meetings.field.thirdTime",
  place: "meetings.field.place",
  videoLink: "meetings.field.videoLink",
  durationMinutes: "meetings.field.duration",
};

/**
 * The teacher proposes two or three times (the school's wall-clock time) and a place or video
 * link; each family member with an address gets the times and a personal link to choose one.
 * Times still waiting for the family's answer are withdrawn: the new ones replace them.
 */
export async function proposeMeeting(
  deps: MeetingDeps,
  actor: Actor,
  planId: string,
  input: unknown,
): Promise<{ proposalId: string; emailed: number; replaced: number }> {
  const { plan } = await authorizePlan(deps.db, actor, planId, "proposeMeeting");
  const formToken = formTokenOf(input);
  await assertFormNotSaved(deps.db, actor, formToken);
  assertPlanOpen(plan, actor);
  const setting = await readMeetingSetting(deps.db, plan, actor.personId);
  const clock = meetingClock(actor, setting.school.timeZone, deps.clock);
  const proposal = parsePlanInput(proposalInput(clock), input, { actor, labels: proposalLabels });

  const now = clock.now;
  const walls = [proposal.firstTime, proposal.secondTime, proposal.thirdTime];
  const distinct = [
    ...new Set(walls.flatMap((wall) => (wall ? [wallTimeToUtc(wall, clock.timeZone)] : []))),
  ];

  const proposalId = randomUUID();
  const open = (await listMeetingProposals(deps.db, plan.id)).filter(isWaitingForFamily);
  const emails = await proposalEmails(deps, {
    plan,
    setting,
    times: distinct,
    place: proposal.place,
    videoUrl: proposal.videoLink,
    replacesEarlier: open.length > 0,
  });
  const replaced = await deps.db.transaction().execute(async (trx) => {
    const claim = { actor, token: formToken, planId: plan.id, savedId: proposalId, now };
    await claimFormToken(trx, claim);
    const withdrawn = await withdrawOpenProposals(trx, { actor, plan, now, proposalId });
    await insertMeetingProposal(
      trx,
      {
        id: proposalId,
        district_id: plan.district_id,
        plan_id: plan.id,
        proposed_by: actor.personId,
        status: "proposed",
        place: proposal.place,
        video_url: proposal.videoLink,
        duration_minutes: proposal.durationMinutes,
        starts_at: null,
        sequence: 0,
        family_note: null,
        answered_by: null,
        created_at: now,
        updated_at: now,
      },
      distinct.map((startsAt, position) => ({
        id: randomUUID(),
        district_id: plan.district_id,
        proposal_id: proposalId,
        position,
        starts_at: startsAt,
      })),
    );
    for (const email of emails) await enqueueEmail(trx, { ...email, now });
    await recordPlanChange(trx, {
      plan,
      actorId: actor.personId,
      now,
      kind: "meeting.proposed",
      details: { proposalId, times: distinct.length, emailed: emails.length },
    });

    return withdrawn;
  });

  return { proposalId, emailed: emails.length, replaced };
}

/**
 * A plan waits on one set of times at once, so the family is never asked to choose twice: new
 * times withdraw the ones still open, each with its line in the history. The plan's row is
 * updated first: on PostgreSQL its lock makes a proposal sent at the same moment wait, then
 * withdraw this one. A proposal answered meanwhile (agreed) is left as it is.
 */
async function withdrawOpenProposals(
  trx: Kysely<Database>,
  replacing: { actor: Actor; plan: PlanRow; now: string; proposalId: string },
): Promise<number> {
  const { plan, now } = replacing;
  await touchPlan(trx, plan.id, { updatedAt: now });
  const open = (await listMeetingProposals(trx, plan.id)).filter(isWaitingForFamily);
  let withdrawn = 0;

  for (const proposal of open) {
    const set = { status: "withdrawn" as const, updated_at: now };
    const { id, status, sequence } = proposal;
    if (!(await updateMeetingProposalIf(trx, { id, status, sequence, set }))) continue;
    withdrawn += 1;
    await recordPlanChange(trx, {
      plan,
      actorId: replacing.actor.personId,
      now,
      kind: "meeting.withdrawn",
      details: { proposalId: id, replacedBy: replacing.proposalId },
    });
  }

  return withdrawn;
}

/**
 * The family's emails. better-auth writes its sign-in tokens through the same database, so they
 * are issued before the transaction; a token whose email is never written expires unused.
 */
async function proposalEmails(
  deps: MeetingDeps,
  proposal: {
    plan: PlanRow;
    setting: MeetingSetting;
    times: string[];
    place: string | null;
    videoUrl: string | null;
    replacesEarlier: boolean;
  },
): Promise<EmailToEnqueue[]> {
  const { plan, setting } = proposal;
  const contacts = await listFamilyContacts(deps.db, plan.district_id, plan.student_id);
  const emails: EmailToEnqueue[] = [];

  for (const contact of contacts) {
    if (!isMailableAddress(contact.email)) continue;
    const token = await issueSignInToken({
      auth: deps.auth,
      pickup: deps.tokens,
      db: deps.db,
      person: contact,
    });
    const link = new URL(`${deps.config.baseUrl}/sign-in/link`);
    link.searchParams.set("token", token);
    link.searchParams.set("next", meetingTimesPath(plan.id));
    carryLinkLocale(link, contact.preferred_locale);
    const email = await meetingProposedEmail(contact.preferred_locale, {
      recipientName: personName(contact),
      studentName: setting.studentName,
      teacherName: setting.teacherName,
      schoolName: setting.school.name,
      timeZone: setting.school.timeZone,
      place: proposal.place,
      videoUrl: proposal.videoUrl,
      times: proposal.times,
      link: link.toString(),
      linkLifetimeHours: emailedLinkLifetimeSeconds / 3600,
      replacesEarlier: proposal.replacesEarlier,
    });
    emails.push({
      districtId: plan.district_id,
      kind: "meeting.proposed",
      to: { address: (contact.email ?? "").trim(), name: personName(contact) },
      ...email,
    });
  }

  return emails;
}
