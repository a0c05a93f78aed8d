import { translator } from "../../i18n/translate.ts";
import { isolate } from "../../lib/bidi-isolate.ts";
import { emailLocale, renderEmail } from "./layout.ts";

export interface CheckInReminderContent {
  recipientName: string;
  /** Whose part the reader plays: students and families may send an update first. */
  role: "student" | "guardian" | "teacher" | "administrator";
  studentName: string;
  schoolName: string;
  /** The check-in's day (YYYY-MM-DD) in the school's calendar. */
  dueOn: string;
  /** Whether the check-in is today (a late reminder) rather than tomorrow. */
  today: boolean;
  /** The absolute address of the plan. */
  link: string;
}

/** A reminder of tomorrow's check-in, in the reader's language, with a link to the plan. */
export function checkInReminderEmail(
  preferredLocale: string | null,
  content: CheckInReminderContent,
) {
  const locale = emailLocale(preferredLocale);
  const t = translator(locale);
  const [year, month, day] = content.dueOn.split("-").map(Number);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "full", timeZone: "UTC" }).format(
    new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1)),
  );
  const names = {
    studentName: isolate(content.studentName),
    schoolName: isolate(content.schoolName),
    date,
    when: content.today ? "today" : "tomorrow",
  };
  const sendsUpdate = content.role === "student" || content.role === "guardian";

  return renderEmail({
    locale,
    subject: t("mail.checkInReminder.subject", names),
    preview: t("mail.checkInReminder.preview", names),
    blocks: [
      { kind: "heading", level: 1, text: t("mail.checkInReminder.title", names) },
      {
        kind: "paragraph",
        text: t("mail.checkInReminder.greeting", { name: isolate(content.recipientName) }),
      },
      { kind: "paragraph", text: t("mail.checkInReminder.intro", names) },
      ...(sendsUpdate
        ? [{ kind: "paragraph" as const, text: t("mail.checkInReminder.update", names) }]
        : []),
      {
        kind: "button",
        label: t("mail.checkInReminder.open", names),
        url: content.link,
        fallback: t("mail.linkFallback"),
      },
    ],
    footer: t("mail.checkInReminder.footer", names),
  });
}
