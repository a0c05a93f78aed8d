import type { StatementSection, Voice } from "../db/schema.ts";
import type { IdentityView } from "../domain/identity/read-identity.ts";
import { formatMeetingTime } from "../domain/meetings/meeting-time.ts";
import type { PlanView, StatementView } from "../domain/plans/read-plan.ts";
import type { MessageKey } from "../i18n/catalog.ts";
import { type Translate, textDirection, translator } from "../i18n/translate.ts";
import { isolate, isolateTexts, isolateYear } from "../lib/bidi-isolate.ts";
import { formatDay, formatInstant, progressKey } from "../web/views/plan-format.ts";
import { heading } from "./heading.ts";
import { identityChartSection } from "./identity-chart-section.ts";
import { margin, type PageFlow, startFlow } from "./page-flow.ts";

/*
 * The plan as a document, in the reader's language: the practice's sections in order, whose voice
 * every statement is, then meetings and check-ins. It shows exactly what readPlan gave the
 * reader: conference notes only reach it when the reader is staff. Comments stay on the plan
 * page, as on the print layout.
 */

export interface PlanPdfOptions {
  view: PlanView;
  /** The student's math identity answers as this reader may see them; no section without. */
  identity?: IdentityView | undefined;
  locale: string;
  /** Uncompressed content streams, for tests that read the drawing operators. */
  compress?: boolean;
}

/** A part of the document, drawn in order; a new part (a chart) is one more entry. */
export type PlanPdfSection = (flow: PageFlow, context: PdfContext) => void;

export interface PdfContext {
  view: PlanView;
  identity: IdentityView | undefined;
  t: Translate;
  locale: string;
}

export const planPdfSections: PlanPdfSection[] = [
  titleSection,
  visionSection,
  progressSection,
  actionSection,
  meetingsSection,
  checkInsSection,
  identityChartSection,
  conferenceSection,
];

/** Draws the plan and returns the PDF as a stream that ends when the document is complete. */
export function renderPlanPdf(options: PlanPdfOptions): PDFKit.PDFDocument {
  const { view, locale } = options;
  const book = startPlanBook({
    locale,
    title: translator(locale)("plans.title", { name: view.student.name }),
    ...(options.compress === undefined ? {} : { compress: options.compress }),
  });
  book.addPlan(options);
  book.doc.end();

  return book.doc;
}

export interface PlanBookOptions {
  locale: string;
  /** The document's title (its metadata, shown by a reader's window). */
  title: string;
  /** The school year the plans are of, named in every page's footer (a grade's download). */
  schoolYear?: string;
  compress?: boolean;
}

/** One document holding plans one after another; the caller ends `doc` after the last. */
export interface PlanBook {
  doc: PDFKit.PDFDocument;
  /** Draws one plan from a new page; its pages' footers name its student and count from 1. */
  addPlan(plan: { view: PlanView; identity?: IdentityView | undefined }): void;
  /** A page of its own with a short notice and no footer (a download that stopped early). */
  addNotice(notice: string): void;
}

export function startPlanBook(options: PlanBookOptions): PlanBook {
  const { locale } = options;
  const t = isolating(translator(locale));
  let context: PdfContext | undefined;
  const flow = startFlow({
    direction: textDirection(locale),
    lang: locale,
    title: options.title,
    ...(options.compress === undefined ? {} : { compress: options.compress }),
    // No footer before the first plan starts: its footer names that plan's student.
    footer: (page, pageNumber) =>
      context && footer(page, context, { pageNumber, schoolYear: options.schoolYear }),
  });

  return {
    doc: flow.doc,
    addPlan({ view, identity }) {
      context = { view, identity, t, locale };
      flow.startPart();
      for (const section of planPdfSections) section(flow, context);
    },
    addNotice(notice) {
      context = undefined;
      flow.startPart();
      flow.text(notice, { bold: true });
    },
  };
}

/**
 * Names, dates and words put into a sentence are bidi isolates (src/lib/bidi-isolate.ts), so an
 * Arabic name in an English line, or a date in an Arabic one, keeps its own order and leaves the
 * sentence's alone. The layout never draws the isolate marks.
 */
function isolating(t: Translate): Translate {
  return (key, values) => t(key, values && isolateTexts(values));
}

/** The whole PDF in memory, for an email attachment. */
export async function planPdfBytes(options: PlanPdfOptions): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of renderPlanPdf(options)) chunks.push(chunk as Buffer);

  return Buffer.concat(chunks);
}

const muted = "#555555";
const voiceColors: Record<Voice, string> = {
  student: "#1d4f91",
  family: "#2f6b2f",
  teacher: "#6b3a8c",
};

function footer(
  flow: PageFlow,
  context: PdfContext,
  { pageNumber, schoolYear }: { pageNumber: number; schoolYear: string | undefined },
) {
  const name = context.view.student.name;
  const text =
    schoolYear === undefined
      ? context.t("pdf.footer", { name, page: pageNumber })
      : context.t("pdf.footer.schoolYear", {
          name,
          page: pageNumber,
          year: isolateYear(schoolYear),
        });
  flow.textAt(text, flow.doc.page.height - margin + 18, { size: 8, color: muted });
}

function titleSection(flow: PageFlow, { view, t, locale }: PdfContext) {
  heading(flow, t("plans.title", { name: view.student.name }), 1);
  flow.text(t("pdf.student", { name: view.student.name }), { bold: true, after: 2 });
  flow.text(t("pdf.school", { name: view.school.name }), { after: 2 });
  const stage = t("plans.stageIs", { stage: t(`plans.stage.${view.plan.stage}`) });
  const printed = t("plans.print.printedOn", { day: formatDay(view.today, locale) });
  flow.text(`${isolate(stage)} · ${isolate(printed)}`, { size: 9, color: muted });
}

function visionSection(flow: PageFlow, { view, t }: PdfContext) {
  heading(flow, t("plans.vision.heading"), 2);
  const vision = view.school.mathVision.trim();
  flow.text(vision || t("plans.vision.empty"), vision ? {} : { color: muted });
}

function progressSection(flow: PageFlow, context: PdfContext) {
  const { t } = context;
  heading(flow, t("plans.progressSection.heading"), 2);
  heading(flow, t("plans.strengths.heading"), 3);
  statementList(flow, context, "strength");
  heading(flow, t("plans.areas.heading"), 3);
  statementList(flow, context, "area");
}

const actionHeadings: [StatementSection, MessageKey][] = [
  ["student_action", "plans.studentActions.heading"],
  ["teacher_action", "plans.teacherActions.heading"],
  ["family_action", "plans.familyActions.heading"],
];

function actionSection(flow: PageFlow, context: PdfContext) {
  heading(flow, context.t("plans.actionPlan.heading"), 2);
  for (const [section, key] of actionHeadings) {
    heading(flow, context.t(key), 3);
    statementList(flow, context, section);
  }
}

function statementList(flow: PageFlow, context: PdfContext, section: StatementSection) {
  const statements = context.view.statements.filter((s) => s.section === section);
  if (statements.length === 0) {
    flow.text(context.t("plans.statements.none"), { color: muted });
    return;
  }

  for (const statement of statements) statementItem(flow, context, statement);
}

function statementItem(flow: PageFlow, { view, t }: PdfContext, statement: StatementView) {
  const saidBy = t("pdf.saidBy", {
    voice: t(`voice.${statement.voice}`),
    name: statement.authorName,
  });
  const edited = statement.edited ? ` ${t("plans.statements.edited")}` : "";
  flow.text(`${saidBy}${edited}`, {
    size: 8.5,
    bold: true,
    color: voiceColors[statement.voice],
    indent: 8,
    after: 0,
    keepWith: 1,
  });
  flow.text(statement.body, { indent: 8, after: 2 });

  const helping = view.statements.filter((s) => statement.helpedBy.includes(s.id));
  if (helping.length > 0) {
    flow.text(t("plans.areas.helpedBy"), { size: 9, color: muted, indent: 20, after: 0 });
    for (const strength of helping)
      flow.text(`• ${strength.body}`, { size: 9, indent: 20, after: 1 });
  }
  if (statement.progress) {
    const progress = t(`plans.progress.${statement.progress}`);
    flow.text(t("plans.progressIs", { progress }), { size: 9, color: muted, indent: 8 });
  }
  flow.gap(4);
}

function meetingsSection(flow: PageFlow, { view, t, locale }: PdfContext) {
  heading(flow, t("plans.meetings.heading"), 2);
  const none = view.meetings.length === 0 && view.agreedMeetings.length === 0;
  if (none) flow.text(t("plans.meetings.none"), { color: muted });

  // Agreed times still to come, apart from the meetings recorded (the family was told so).
  for (const meeting of view.agreedMeetings) {
    const when = formatMeetingTime(meeting.startsAt, locale, view.school.timeZone);
    const where = meeting.place ?? t("plans.meetings.videoCall");
    flow.text(t("plans.meetings.agreed", { when, where }), { bold: true, after: 1 });
    flow.gap(4);
  }

  for (const meeting of view.meetings) {
    const when = formatInstant(meeting.startsAt, locale, view.school.timeZone);
    flow.text(t("plans.print.meeting", { when }), { bold: true, after: 1, keepWith: 1 });
    if (meeting.place) flow.text(t("plans.meeting.place", { place: meeting.place }), { indent: 8 });
    if (meeting.attendees.length > 0) {
      const names = meeting.attendees.map((person) => person.name).join(", ");
      flow.text(t("plans.meeting.attended", { names }), { indent: 8 });
    }
    if (meeting.notes) flow.text(meeting.notes, { indent: 8 });
    flow.gap(4);
  }
  if (view.plan.agreed_at) {
    const when = formatInstant(view.plan.agreed_at, locale, view.school.timeZone);
    flow.text(t("plans.agreedOn", { when }));
  }
}

function checkInsSection(flow: PageFlow, { view, t, locale }: PdfContext) {
  heading(flow, t("plans.checkIns.heading"), 2);
  const held = view.checkIns.filter((checkIn) => checkIn.heldAt);
  if (held.length === 0) flow.text(t("plans.checkIns.none"), { color: muted });

  for (const checkIn of held) {
    const when = formatInstant(checkIn.heldAt ?? "", locale, view.school.timeZone);
    const title = t("pdf.checkIn.held", { when, name: checkIn.recordedByName });
    flow.text(title, { bold: true, after: 1, keepWith: 1 });
    for (const entry of checkIn.progress) {
      const progress = t(progressKey(entry.progress));
      flow.text(`• ${t("pdf.checkIn.progress", { action: entry.body, progress })}`, { indent: 8 });
    }
    if (checkIn.note) flow.text(checkIn.note, { indent: 8 });
    flow.gap(4);
  }
  if (view.nextCheckIn) {
    flow.text(t("pdf.checkIn.due", { day: formatDay(view.nextCheckIn.dueOn, locale) }));
  }
}

/** Staff only: readPlan fills view.staff for staff alone, so a family's PDF never has it. */
function conferenceSection(flow: PageFlow, { view, t, locale }: PdfContext) {
  if (!view.staff) return;

  heading(flow, t("plans.conference.heading"), 2);
  flow.text(t("plans.conference.staffOnly"), { size: 9, color: muted });
  if (view.staff.conferenceNotes.length === 0) {
    flow.text(t("plans.conference.none"), { color: muted });
  }
  for (const note of view.staff.conferenceNotes) {
    const when = formatInstant(note.at, locale, view.school.timeZone);
    const byline = `${isolate(note.authorName)} · ${isolate(when)}`;
    flow.text(byline, { size: 8.5, bold: true, color: muted, after: 0 });
    flow.text(note.body, { indent: 8, after: 6 });
  }
}
