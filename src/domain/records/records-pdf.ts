import type { StatementSection } from "../../db/schema.ts";
import type { MessageKey } from "../../i18n/catalog.ts";
import { type Translate, textDirection, translator } from "../../i18n/translate.ts";
import { isolateYear } from "../../lib/bidi-isolate.ts";
import { type PageFlow, startFlow } from "../../pdf/page-flow.ts";
import { formatDay, formatInstant } from "../../web/views/plan-format.ts";
import type { PlanRecord, StudentRecords } from "./read-student-records.ts";

/*
 * The student's records as a document a family can read and print: the same content as the
 * data file, in the reader's language, plan by plan in the practice's order of sections.
 */

const sectionHeadings: [StatementSection, MessageKey][] = [
  ["strength", "plans.strengths.heading"],
  ["area", "plans.areas.heading"],
  ["student_action", "plans.studentActions.heading"],
  ["teacher_action", "plans.teacherActions.heading"],
  ["family_action", "plans.familyActions.heading"],
];

interface Context {
  t: Translate;
  locale: string;
}

/** The PDF in memory. */
export async function studentRecordsPdf(records: StudentRecords, locale: string) {
  const t = translator(locale);
  const name = studentName(records);
  const flow = startFlow({
    direction: textDirection(locale),
    lang: locale,
    title: t("records.pdf.title", { name }),
  });
  const context = { t, locale };

  detailsPart(flow, context, records);
  for (const plan of records.plans) planPart(flow, context, plan);
  if (!records.identityAnswersIncluded) flow.text(t("records.pdf.identityKept"), { after: 12 });
  if (records.plans.length === 0) flow.text(t("records.pdf.noPlans"));
  cardsPart(flow, context, records);
  flow.doc.end();

  const chunks: Buffer[] = [];
  for await (const chunk of flow.doc) chunks.push(chunk as Buffer);

  return Buffer.concat(chunks);
}

function studentName(records: StudentRecords) {
  const { givenName, familyName, preferredName } = records.student;

  return `${preferredName?.trim() || givenName} ${familyName}`.trim();
}

function detailsPart(flow: PageFlow, { t, locale }: Context, records: StudentRecords) {
  const list = (names: string[]) => (names.length > 0 ? names.join(", ") : t("records.pdf.none"));
  const { student } = records;

  flow.text(t("records.pdf.title", { name: studentName(records) }), { size: 18, bold: true });
  const made = formatInstant(records.madeAt, locale, records.timeZone);
  flow.text(t("records.pdf.made", { date: made }), {
    color: "#555555",
    after: 12,
  });
  flow.text(t("records.pdf.details"), { size: 14, bold: true, keepWith: 2 });
  flow.text(t("records.pdf.name", { name: `${student.givenName} ${student.familyName}` }));
  if (student.email) flow.text(t("records.pdf.email", { email: student.email }));
  if (student.grades) flow.text(t("records.pdf.grades", { grades: student.grades }));
  flow.text(t("records.pdf.schools", { names: list(records.schools.map((row) => row.name)) }));
  flow.text(t("records.pdf.classes", { names: list(records.classes.map((row) => row.title)) }));
  flow.text(t("records.pdf.family", { names: list(records.familyMembers.map((row) => row.name)) }));
  flow.gap(12);
}

function planPart(flow: PageFlow, context: Context, plan: PlanRecord) {
  const { t, locale } = context;
  const stage = t(`plans.stage.${plan.stage}` as MessageKey);
  const started = formatInstant(plan.startedAt, locale, plan.timeZone);

  flow.text(t("records.pdf.plan", { date: started, stage }), { size: 14, bold: true, keepWith: 2 });
  if (plan.schoolYear) {
    const label = isolateYear(plan.schoolYear);
    flow.text(t("records.pdf.archived", { label }), { color: "#555555" });
  }
  for (const [section, heading] of sectionHeadings) {
    const statements = plan.statements.filter((statement) => statement.section === section);
    if (statements.length === 0) continue;
    flow.text(t(heading), { bold: true, keepWith: 1 });
    for (const statement of statements) {
      const removed = statement.removedAt ? ` ${t("records.pdf.retired")}` : "";
      flow.text(`${statement.body}${removed}`, { indent: 12, after: 1 });
      flow.text(`${t(`voice.${statement.voice}` as MessageKey)} · ${statement.author}`, {
        indent: 12,
        size: 9,
        color: "#555555",
      });
    }
  }
  versionsPart(flow, context, plan);
  commentsPart(flow, context, plan);
  meetingsPart(flow, context, plan);
  meetingVersionsPart(flow, context, plan);
  proposalsPart(flow, context, plan);
  checkInsPart(flow, context, plan);
  updatesPart(flow, context, plan);
  identityPart(flow, context, plan);
  flow.gap(12);
}

function commentsPart(flow: PageFlow, { t, locale }: Context, plan: PlanRecord) {
  if (plan.comments.length === 0) return;
  flow.text(t("plans.comments.heading"), { bold: true, keepWith: 1 });
  for (const comment of plan.comments) {
    flow.text(comment.body, { indent: 12, after: 1 });
    const when = formatInstant(comment.writtenAt, locale, plan.timeZone);
    flow.text(`${comment.author} · ${when}`, { indent: 12, size: 9, color: "#555555" });
  }
}

function meetingsPart(flow: PageFlow, { t, locale }: Context, plan: PlanRecord) {
  if (plan.meetings.length === 0) return;
  flow.text(t("plans.meetings.heading"), { bold: true, keepWith: 1 });
  for (const meeting of plan.meetings) {
    const where = [meeting.place, meeting.videoLink].filter(Boolean).join(" · ");
    const when = formatInstant(meeting.startsAt, locale, plan.timeZone);
    flow.text(where ? `${when} · ${where}` : when, { indent: 12, after: 1 });
    if (meeting.attendees.length > 0) flow.text(meeting.attendees.join(", "), { indent: 12 });
    if (meeting.notes) flow.text(meeting.notes, { indent: 12 });
  }
}

/** A corrected meeting's every version: the record as first made, then each correction. */
function meetingVersionsPart(flow: PageFlow, { t, locale }: Context, plan: PlanRecord) {
  if (plan.meetingVersions.length === 0) return;
  flow.text(t("records.pdf.meetingVersions"), { bold: true, keepWith: 1 });
  for (const version of plan.meetingVersions) {
    const where = [version.place, version.videoLink].filter(Boolean).join(" · ");
    const when = formatInstant(version.startsAt, locale, plan.timeZone);
    flow.text(where ? `${when} · ${where}` : when, { indent: 12, after: 1 });
    if (version.attendees.length > 0) flow.text(version.attendees.join(", "), { indent: 12 });
    if (version.notes) flow.text(version.notes, { indent: 12 });
    flow.text(`${version.author} · ${formatInstant(version.at, locale, plan.timeZone)}`, small);
  }
}

function checkInsPart(flow: PageFlow, { t, locale }: Context, plan: PlanRecord) {
  if (plan.checkIns.length === 0) return;
  flow.text(t("plans.checkIns.heading"), { bold: true, keepWith: 1 });
  for (const checkIn of plan.checkIns) {
    const held = checkIn.heldAt ? formatInstant(checkIn.heldAt, locale, plan.timeZone) : null;
    flow.text(held ?? formatDay(checkIn.dueOn, locale), { indent: 12, after: 1 });
    if (checkIn.note) flow.text(checkIn.note, { indent: 12 });
  }
}

const small = { indent: 12, size: 9, color: "#555555" } as const;

/** Words as first written and as edited before the current wording. */
function versionsPart(flow: PageFlow, { t, locale }: Context, plan: PlanRecord) {
  if (plan.statementVersions.length === 0) return;
  flow.text(t("records.pdf.versions"), { bold: true, keepWith: 1 });
  for (const version of plan.statementVersions) {
    flow.text(version.body, { indent: 12, after: 1 });
    const when = formatInstant(version.at, locale, plan.timeZone);
    flow.text(`${version.author} · ${when}`, small);
  }
}

function proposalsPart(flow: PageFlow, { t, locale }: Context, plan: PlanRecord) {
  if (plan.meetingProposals.length === 0) return;
  const at = (instant: string) => formatInstant(instant, locale, plan.timeZone);
  flow.text(t("records.pdf.proposals"), { bold: true, keepWith: 1 });
  for (const proposal of plan.meetingProposals) {
    const status = proposal.agreedStartsAt
      ? t("meetings.status.agreed", { when: at(proposal.agreedStartsAt) })
      : t(`meetings.status.${proposal.status}` as MessageKey);
    flow.text(status, { indent: 12, after: 1 });
    flow.text(proposal.proposedTimes.map(at).join(" · "), small);
    if (proposal.familyNote) {
      flow.text(t("meetings.familyNote", { note: proposal.familyNote }), { indent: 12 });
    }
  }
}

function updatesPart(flow: PageFlow, { t }: Context, plan: PlanRecord) {
  if (plan.checkInUpdates.length === 0) return;
  flow.text(t("records.pdf.updates"), { bold: true, keepWith: 1 });
  for (const update of plan.checkInUpdates) {
    flow.text(`${t(`voice.${update.voice}` as MessageKey)} · ${update.author}`, small);
    const indent = { indent: 12 };
    if (update.wentWell) flow.text(t("updates.wentWell", { words: update.wentWell }), indent);
    if (update.wasHard) flow.text(t("updates.wasHard", { words: update.wasHard }), indent);
  }
}

function identityPart(flow: PageFlow, { t, locale }: Context, plan: PlanRecord) {
  if (plan.identityAnswers.length === 0) return;
  flow.text(t("records.pdf.identity"), { bold: true, keepWith: 1 });
  for (const answer of plan.identityAnswers) {
    const level = answer.agreement === null ? "preferNot" : String(answer.agreement);
    const day = formatDay(answer.answeredOn, locale);
    flow.text(`${day} · ${answer.statement}: ${t(`identity.scale.${level}` as MessageKey)}`, {
      indent: 12,
    });
  }
}

function cardsPart(flow: PageFlow, { t, locale }: Context, records: StudentRecords) {
  if (records.signInCards.length === 0) return;
  flow.text(t("records.pdf.cards"), { size: 14, bold: true, keepWith: 1 });
  for (const card of records.signInCards) {
    const made = formatInstant(card.createdAt, locale, records.timeZone);
    const stopped = card.stoppedAt
      ? formatInstant(card.stoppedAt, locale, records.timeZone)
      : "none";
    flow.text(t("records.pdf.card", { made, stopped }), { indent: 12 });
  }
}
