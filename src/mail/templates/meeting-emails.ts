import { formatMeetingTime } from "../../domain/meetings/meeting-time.ts";
import type { MessageKey } from "../../i18n/catalog.ts";
import { translator } from "../../i18n/translate.ts";
import { isolate } from "../../lib/bidi-isolate.ts";
import { type EmailBlock, emailLocale, renderEmail } from "./layout.ts";

/** What both meeting emails name: whose plan, at which school, with whom, in which zone. */
export interface MeetingEmailContent {
  recipientName: string;
  studentName: string;
  teacherName: string;
  schoolName: string;
  timeZone: string;
  place: string | null;
  videoUrl: string | null;
}

/** The family's email with the proposed times and their personal link to choose one. */
export function meetingProposedEmail(
  preferredLocale: string | null,
  content: MeetingEmailContent & {
    times: string[];
    link: string;
    linkLifetimeHours: number;
    /** Times the family was asked about before are withdrawn by these. */
    replacesEarlier?: boolean | undefined;
  },
) {
  const locale = emailLocale(preferredLocale);
  const t = translator(locale);
  const names = namesOf(content);
  const times = timeItems(content.times, locale, content.timeZone);

  const blocks: EmailBlock[] = [
    { kind: "heading", level: 1, text: t("mail.meeting.proposed.subject", names) },
    greeting(t, content.recipientName),
    { kind: "paragraph", text: t("mail.meeting.proposed.intro", names) },
    { kind: "list", items: times },
    ...(content.replacesEarlier
      ? [{ kind: "paragraph" as const, text: t("mail.meeting.proposed.replaces") }]
      : []),
    ...whereBlocks(t, content),
    { kind: "paragraph", text: t("meetings.zone", { zone: isolate(content.timeZone) }) },
    {
      kind: "button",
      label: t("mail.meeting.proposed.open"),
      url: content.link,
      fallback: t("mail.linkFallback"),
    },
    {
      kind: "paragraph",
      text: t("mail.meeting.proposed.linkNote", { hours: content.linkLifetimeHours }),
    },
  ];

  return renderEmail({
    locale,
    subject: t("mail.meeting.proposed.subject", names),
    preview: t("mail.meeting.proposed.intro", names),
    blocks,
    footer: t("mail.meeting.footer", names),
  });
}

export type InvitationKind = "invitation" | "update" | "cancel";

/** The email a calendar invitation (or its update or cancellation) travels in. */
export function meetingInvitationEmail(
  preferredLocale: string | null,
  content: MeetingEmailContent & {
    kind: InvitationKind;
    startsAt: string;
    link: string;
    /** A moved meeting's earlier time: its update names both. */
    movedFrom?: string | undefined;
    /** A cancellation because the plan was closed. */
    planClosed?: boolean | undefined;
  },
) {
  const locale = emailLocale(preferredLocale);
  const t = translator(locale);
  const when = formatMeetingTime(content.startsAt, locale, content.timeZone);
  const before = content.movedFrom
    ? formatMeetingTime(content.movedFrom, locale, content.timeZone)
    : "";
  const names = { ...namesOf(content), when, before };
  const cancelled = content.kind === "cancel";

  const blocks: EmailBlock[] = [
    { kind: "heading", level: 1, text: t(`mail.meeting.${content.kind}.subject`, names) },
    greeting(t, content.recipientName),
    { kind: "paragraph", text: t(introOf(content), names) },
    { kind: "paragraph", text: t("mail.meeting.when", { when, zone: isolate(content.timeZone) }) },
    ...(cancelled ? [] : whereBlocks(t, content)),
    {
      kind: "paragraph",
      text: t(cancelled ? "mail.meeting.cancelCalendarNote" : "mail.meeting.calendarNote"),
    },
    {
      kind: "button",
      label: t("meetings.link"),
      url: content.link,
      fallback: t("mail.linkFallback"),
    },
  ];

  return renderEmail({
    locale,
    subject: t(`mail.meeting.${content.kind}.subject`, names),
    preview: t(introOf(content), names),
    blocks,
    footer: t("mail.meeting.footer", names),
  });
}

/** The opening line: a cancellation by the plan's close says so; a move names its old time. */
function introOf(content: {
  kind: InvitationKind;
  movedFrom?: string | undefined;
  planClosed?: boolean | undefined;
}): MessageKey {
  if (content.kind === "cancel" && content.planClosed) return "mail.meeting.cancel.planClosed";
  if (content.kind === "update" && content.movedFrom) return "mail.meeting.update.movedFrom";

  return `mail.meeting.${content.kind}.intro`;
}

/** The family hears that the times they were asked to choose from went with the closed plan. */
export function meetingTimesWithdrawnEmail(
  preferredLocale: string | null,
  content: Omit<MeetingEmailContent, "place" | "videoUrl"> & { times: string[]; link: string },
) {
  const locale = emailLocale(preferredLocale);
  const t = translator(locale);
  const names = namesOf(content);
  const times = timeItems(content.times, locale, content.timeZone);

  const blocks: EmailBlock[] = [
    { kind: "heading", level: 1, text: t("mail.meeting.withdrawn.subject", names) },
    greeting(t, content.recipientName),
    { kind: "paragraph", text: t("mail.meeting.withdrawn.intro", names) },
    { kind: "list", items: times },
    { kind: "paragraph", text: t("mail.meeting.withdrawn.next", names) },
    {
      kind: "button",
      label: t("meetings.link"),
      url: content.link,
      fallback: t("mail.linkFallback"),
    },
  ];

  return renderEmail({
    locale,
    subject: t("mail.meeting.withdrawn.subject", names),
    preview: t("mail.meeting.withdrawn.intro", names),
    blocks,
    footer: t("mail.meeting.footer", names),
  });
}

const namesOf = (
  content: Pick<MeetingEmailContent, "studentName" | "teacherName" | "schoolName">,
) => ({
  studentName: isolate(content.studentName),
  teacherName: isolate(content.teacherName),
  schoolName: isolate(content.schoolName),
});

const greeting = (t: ReturnType<typeof translator>, name: string): EmailBlock => ({
  kind: "paragraph",
  text: t("mail.meeting.greeting", { name: isolate(name) }),
});

function whereBlocks(t: ReturnType<typeof translator>, content: MeetingEmailContent): EmailBlock[] {
  return [
    ...(content.place
      ? [
          {
            kind: "paragraph" as const,
            text: t("meetings.where.place", { place: isolate(content.place) }),
          },
        ]
      : []),
    ...(content.videoUrl
      ? [
          {
            kind: "button" as const,
            label: t("meetings.where.video"),
            url: content.videoUrl,
            fallback: t("mail.linkFallback"),
          },
        ]
      : []),
  ];
}

/** Staff hear that none of the proposed times suits the family, with the family's note. */
export function anotherTimeAskedEmail(
  preferredLocale: string | null,
  content: {
    recipientName: string;
    familyName: string;
    studentName: string;
    schoolName: string;
    note: string;
    link: string;
  },
) {
  const locale = emailLocale(preferredLocale);
  const t = translator(locale);
  const names = {
    familyName: isolate(content.familyName),
    studentName: isolate(content.studentName),
    schoolName: isolate(content.schoolName),
  };

  const blocks: EmailBlock[] = [
    { kind: "heading", level: 1, text: t("mail.meeting.asked.subject", names) },
    greeting(t, content.recipientName),
    { kind: "paragraph", text: t("mail.meeting.asked.intro", names) },
    { kind: "paragraph", text: t("mail.meeting.asked.note", { note: isolate(content.note) }) },
    { kind: "paragraph", text: t("mail.meeting.asked.next") },
    {
      kind: "button",
      label: t("meetings.link"),
      url: content.link,
      fallback: t("mail.linkFallback"),
    },
  ];

  return renderEmail({
    locale,
    subject: t("mail.meeting.asked.subject", names),
    preview: t("mail.meeting.asked.intro", names),
    blocks,
    footer: t("mail.meeting.footer", names),
  });
}

/** The times of a proposal as list items, in the school's zone and the reader's language. */
function timeItems(times: string[], locale: string, timeZone: string) {
  return times.map((time) => ({ text: formatMeetingTime(time, locale, timeZone), notes: [] }));
}
