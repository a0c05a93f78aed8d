import type { Voice } from "../../db/schema.ts";
import { translator } from "../../i18n/translate.ts";
import { isolate } from "../../lib/bidi-isolate.ts";
import { type EmailBlock, type EmailListItem, emailLocale, renderEmail } from "./layout.ts";

/** What the family reads in the "plan shared" email: the vision, the progress, their link. */
export interface PlanSharedContent {
  guardianName: string;
  studentName: string;
  teacherName: string;
  schoolName: string;
  mathVision: string;
  strengths: { body: string; voice: Voice }[];
  areas: { body: string; voice: Voice; helpedBy: string[] }[];
  /** The absolute, personal sign-in link that opens the plan. */
  link: string;
  linkLifetimeHours: number;
}

/** Renders the email in the family member's language (or English while it is not translated). */
export function planSharedEmail(preferredLocale: string | null, content: PlanSharedContent) {
  const locale = emailLocale(preferredLocale);
  const t = translator(locale);
  const names = {
    studentName: isolate(content.studentName),
    teacherName: isolate(content.teacherName),
    schoolName: isolate(content.schoolName),
  };
  const inVoice = (voice: Voice) => t("mail.planShared.inVoice", { voice, ...names });
  const listOf = new Intl.ListFormat(locale, { type: "conjunction" });

  const strengths: EmailListItem[] = content.strengths.map((strength) => ({
    text: isolate(strength.body),
    notes: [inVoice(strength.voice)],
  }));
  const areas: EmailListItem[] = content.areas.map((area) => ({
    text: isolate(area.body),
    notes: [
      inVoice(area.voice),
      ...(area.helpedBy.length > 0
        ? [t("mail.planShared.helpedBy", { strengths: listOf.format(area.helpedBy.map(isolate)) })]
        : []),
    ],
  }));

  const blocks: EmailBlock[] = [
    { kind: "heading", level: 1, text: t("mail.planShared.title", names) },
    {
      kind: "paragraph",
      text: t("mail.planShared.greeting", { guardianName: isolate(content.guardianName) }),
    },
    { kind: "paragraph", text: t("mail.planShared.intro", names) },
    {
      kind: "button",
      label: t("mail.planShared.open", names),
      url: content.link,
      fallback: t("mail.linkFallback"),
    },
    {
      kind: "paragraph",
      text: t("mail.planShared.linkNote", { ...names, hours: content.linkLifetimeHours }),
    },
    ...visionBlocks(t("mail.planShared.vision"), content.mathVision),
    { kind: "heading", level: 2, text: t("mail.planShared.progress") },
    { kind: "heading", level: 3, text: t("mail.planShared.strengths") },
    listOrSay(strengths, t("mail.planShared.noStrengths")),
    { kind: "heading", level: 3, text: t("mail.planShared.areas") },
    listOrSay(areas, t("mail.planShared.noAreas")),
    { kind: "paragraph", text: t("mail.planShared.attached") },
  ];

  return renderEmail({
    locale,
    subject: t("mail.planShared.subject", names),
    preview: t("mail.planShared.preview", names),
    blocks,
    footer: t("mail.planShared.footer", names),
  });
}

function visionBlocks(title: string, vision: string): EmailBlock[] {
  if (vision.trim() === "") return [];

  return [
    { kind: "heading", level: 2, text: title },
    { kind: "quote", text: vision.trim() },
  ];
}

const listOrSay = (items: EmailListItem[], none: string): EmailBlock =>
  items.length > 0 ? { kind: "list", items } : { kind: "paragraph", text: none };
