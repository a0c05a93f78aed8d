import type { Kysely } from "kysely";
import { meetingInvitation } from "../../calendar/meeting-calendar.ts";
import type { MeetingProposalRow } from "../../db/meeting-store.ts";
import { findSchool, type PlanRow } from "../../db/plan-store.ts";
import type { Database } from "../../db/schema.ts";
import { translator } from "../../i18n/translate.ts";
import { type EmailToEnqueue, enqueueEmail } from "../../mail/outbox.ts";
import { parseMailFrom } from "../../mail/smtp-mailer.ts";
import { emailLocale } from "../../mail/templates/layout.ts";
import {
  type InvitationKind,
  meetingInvitationEmail,
} from "../../mail/templates/meeting-emails.ts";
import { notFound } from "../errors.ts";
import { personName } from "../plans/person-name.ts";
import { type MeetingDeps, meetingTimesPath } from "./meeting-deps.ts";
import { type MeetingPeople, meetingPeople, reachableByEmail } from "./meeting-people.ts";

/** Who and where a plan's meeting is about: read once before the emails are written. */
export interface MeetingSetting {
  school: { name: string; timeZone: string };
  studentName: string;
  teacherName: string;
  proposerId: string;
  people: MeetingPeople;
}

export async function readMeetingSetting(
  db: Kysely<Database>,
  plan: PlanRow,
  proposerId: string,
): Promise<MeetingSetting> {
  const school = await findSchool(db, plan.district_id, plan.school_id);
  if (!school) throw notFound(`school ${plan.school_id}`);
  const people = await meetingPeople(db, plan, proposerId);
  const proposer = people.teachers.find((person) => person.id === proposerId);

  return {
    school: { name: school.name, timeZone: school.time_zone },
    studentName: people.student ? personName(people.student) : "",
    teacherName: proposer ? personName(proposer) : "",
    proposerId,
    people,
  };
}

/** The meeting's UID: the same for its invitation, every update and its cancellation. */
export const meetingUid = (proposalId: string, baseUrl: string) =>
  `meeting-${proposalId}@${new URL(baseUrl).hostname}`;

/**
 * One email per person with an address, each in their own language and carrying the iCalendar
 * REQUEST (or CANCEL) their mail program offers to add. Written by the caller's transaction.
 */
export async function renderInvitations(
  deps: Pick<MeetingDeps, "config">,
  options: {
    plan: PlanRow;
    proposal: Pick<MeetingProposalRow, "id" | "place" | "video_url" | "duration_minutes">;
    startsAt: string;
    sequence: number;
    kind: InvitationKind;
    setting: MeetingSetting;
    now: string;
    /** The time a moved meeting had, which its update names beside the new one. */
    movedFrom?: string | undefined;
    /** A cancellation because the plan was closed says so. */
    planClosed?: boolean | undefined;
  },
): Promise<EmailToEnqueue[]> {
  const { setting, plan } = options;
  const recipients = reachableByEmail(setting.people);
  const organizer = organizerOf(deps, setting);
  const link = new URL(meetingTimesPath(plan.id), deps.config.baseUrl).toString();
  const method = options.kind === "cancel" ? "CANCEL" : "REQUEST";
  const emails: EmailToEnqueue[] = [];

  for (const recipient of recipients) {
    const locale = emailLocale(recipient.preferred_locale);
    const t = translator(locale);
    const names = {
      studentName: setting.studentName,
      schoolName: setting.school.name,
      teacherName: setting.teacherName,
    };
    const content = meetingInvitation({
      method,
      timeZone: setting.school.timeZone,
      stamp: options.now,
      meeting: {
        uid: meetingUid(options.proposal.id, deps.config.baseUrl),
        sequence: options.sequence,
        startsAt: options.startsAt,
        durationMinutes: options.proposal.duration_minutes,
        summary: t("meetings.event.summary", names),
        description: `${t("meetings.event.description", names)}\n${link}`,
        place: options.proposal.place,
        videoUrl: options.proposal.video_url,
        organizer,
        attendees: recipients
          .filter((person) => person.email !== organizer.email)
          .map((person) => ({ name: personName(person), email: person.email })),
        cancelled: options.kind === "cancel",
      },
    });
    const email = await meetingInvitationEmail(recipient.preferred_locale, {
      ...names,
      recipientName: personName(recipient),
      timeZone: setting.school.timeZone,
      place: options.proposal.place,
      videoUrl: options.proposal.video_url,
      kind: options.kind,
      startsAt: options.startsAt,
      movedFrom: options.movedFrom,
      planClosed: options.planClosed,
      link,
    });
    emails.push({
      districtId: plan.district_id,
      kind: `meeting.${options.kind}`,
      to: { address: recipient.email, name: personName(recipient) },
      ...email,
      now: options.now,
      calendar: { method, content },
    });
  }

  return emails;
}

export async function enqueueAll(trx: Kysely<Database>, emails: EmailToEnqueue[]) {
  for (const email of emails) await enqueueEmail(trx, email);
}

/**
 * The teacher who proposed the meeting organizes it, so replies reach them; without an address
 * of theirs, the school's sending address stands in, under the school's name.
 */
function organizerOf(deps: Pick<MeetingDeps, "config">, setting: MeetingSetting) {
  const proposer = reachableByEmail(setting.people).find(
    (person) => person.id === setting.proposerId,
  );
  if (proposer) return { name: personName(proposer), email: proposer.email };
  const from = parseMailFrom(deps.config.mailFrom);

  return { name: setting.school.name, email: from.address };
}
