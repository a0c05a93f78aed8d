import { randomUUID } from "node:crypto";
import { z } from "zod";
import { issueSignInToken } from "../../auth/accounts.ts";
import { emailedLinkLifetimeSeconds } from "../../auth/auth.ts";
import { isoNow } from "../../clock.ts";
import { listFamilyContacts } from "../../db/family-contact-store.ts";
import { insertMeetingProposal } from "../../db/meeting-store.ts";
import type { PlanRow } from "../../db/plan-store.ts";
import type { MessageKey } from "../../i18n/catalog.ts";
import { type EmailToEnqueue, enqueueEmail, isMailableAddress } from "../../mail/outbox.ts";
import { meetingProposedEmail } from "../../mail/templates/meeting-emails.ts";
import type { Actor } from "../access/actor.ts";
import { authorizePlan } from "../access/policy.ts";
import { assertFormNotSaved, claimFormToken, formTokenOf } from "../forms/form-token.ts";
import { limits, parsePlanInput } from "../plans/parse-plan-input.ts";
import { personName } from "../plans/person-name.ts";
import { assertPlanOpen, recordPlanChange } from "../plans/plan-event.ts";
import { dayIn, isWallTime } from "../plans/school-time.ts";
import { type MeetingDeps, meetingTimesPath } from "./meeting-deps.ts";
import { type MeetingSetting, readMeetingSetting } from "./meeting-invitations.ts";
import { assertWithinYear, futureProblem, meetingInstant } from "./meeting-problems.ts";

/** How long a proposed meeting may last, in minutes, and the length the form starts with. */
export const meetingLength = { min: 10, max: 180, usual: 30 } as const;

const isMeetingLength = (minutes: number) =>
  Number.isInteger(minutes) && minutes >= meetingLength.min && minutes <= meetingLength.max;

const wallTime = z.string().trim().refine(isWallTime, { error: "plans.problem.dateTime" });
const optionalWallTime = z
  .union([z.literal(""), wallTime])
  .optional()
  .transform((time) => time || null);

const proposalInput = z
  .object({
    firstTime: wallTime,
    secondTime: wallTime,
    thirdTime: optionalWallTime,
    place: z
      .string()
      .trim()
      .max(limits.place)
      .optional()
      .transform((text) => text || null),
    videoLink: z
      .union([
        z.literal(""),
        z.url({ protocol: /^https?$/, error: "plans.problem.link" }).max(limits.videoLink),
      ])
      .optional()
      .transform((link) => link || null),
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
 */
export async function proposeMeeting(
  deps: MeetingDeps,
  actor: Actor,
  planId: string,
  input: unknown,
): Promise<{ proposalId: string; emailed: number }> {
  const { plan } = await authorizePlan(deps.db, actor, planId, "proposeMeeting");
  const formToken = formTokenOf(input);
  await assertFormNotSaved(deps.db, actor, formToken);
  assertPlanOpen(plan, actor);
  const proposal = parsePlanInput(proposalInput, input, { actor, labels: proposalLabels });

  const setting = await readMeetingSetting(deps.db, plan, actor.personId);
  const now = isoNow(deps.clock);
  const labelled = [
    { field: "firstTime", wall: proposal.firstTime },
    { field: "secondTime", wall: proposal.secondTime },
    ...(proposal.thirdTime ? [{ field: "thirdTime", wall: proposal.thirdTime }] : []),
  ];
  const times = labelled.map((time) => ({
    ...time,
    startsAt: meetingInstant(actor, {
      field: time.field,
      label: proposalLabels[time.field] ?? "meetings.field.firstTime",
      wall: time.wall,
      timeZone: setting.school.timeZone,
    }),
  }));
  const past = times.find((time) => time.startsAt <= now);
  if (past) throw futureProblem(actor, past.field, proposalLabels[past.field]);
  const today = dayIn(setting.school.timeZone, deps.clock());
  for (const time of times) {
    const label = proposalLabels[time.field] ?? "meetings.field.firstTime";
    assertWithinYear(actor, { field: time.field, label, wall: time.wall, today });
  }
  const distinct = [...new Set(times.map((time) => time.startsAt))];

  const proposalId = randomUUID();
  const emails = await proposalEmails(deps, {
    plan,
    setting,
    times: distinct,
    place: proposal.place,
    videoUrl: proposal.videoLink,
  });
  await deps.db.transaction().execute(async (trx) => {
    const claim = { actor, token: formToken, planId: plan.id, savedId: proposalId, now };
    await claimFormToken(trx, claim);
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
  });

  return { proposalId, emailed: emails.length };
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
