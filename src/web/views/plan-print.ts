import { html } from "hono/html";
import type { StatementSection } from "../../db/schema.ts";
import type { Actor } from "../../domain/access/actor.ts";
import type { PlanView, StatementView } from "../../domain/plans/read-plan.ts";
import type { MessageKey } from "../../i18n/catalog.ts";
import { isolate } from "../../lib/bidi-isolate.ts";
import { agreedMeetingLine } from "./agreed-meetings.ts";
import { identityPrintSection } from "./identity-section.ts";
import { page } from "./layout.ts";
import { isolated, ownWords, sentence } from "./own-words.ts";
import {
  formatDay,
  formatInstant,
  progressKey,
  type ViewContext,
  voiceBadge,
} from "./plan-format.ts";

export interface PrintOptions extends ViewContext {
  actor: Actor;
  view: PlanView;
}

const printSections: [StatementSection, MessageKey][] = [
  ["student_action", "plans.studentActions.heading"],
  ["teacher_action", "plans.teacherActions.heading"],
  ["family_action", "plans.familyActions.heading"],
];

/**
 * The plan on paper: one or two pages with the practice's sections in order and every voice
 * shown. No forms, no comments, no conference notes.
 */
export function planPrintPage(options: PrintOptions) {
  const { t, view, locale } = options;
  const title = t("plans.title", { name: isolate(view.student.name) });
  // The vision keeps its line breaks (pre-line): nothing but the text may sit inside it.
  const vision = view.school.mathVision.trim();
  const visionText = vision || t("plans.vision.empty");
  // The school's words take their own direction; the note that there are none is the page's.
  const visionWords = vision ? ownWords(view.school.mathVisionLocale) : "";

  const body = html`<article class="plan-print">
    <p class="no-print print-controls">
      <button type="button" data-print>${t("plans.print.button")}</button>
      <a href="/plans/${view.plan.id}">${t("plans.print.back")}</a>
      <a href="/plans/${view.plan.id}/plan.pdf" download>${t("pdf.download")}</a>
    </p>
    <h1>${sentence(title)}</h1>
    <p class="stage">${isolated(view.school.name)} · ${t("plans.stageIs", {
      stage: t(`plans.stage.${view.plan.stage}`),
    })} · ${t("plans.print.printedOn", { day: formatDay(view.today, locale) })}</p>
    <section aria-labelledby="print-vision">
      <h2 id="print-vision">${t("plans.vision.heading")}</h2>
      <p class="vision vision-text" ${visionWords}>${visionText}</p>
    </section>
    <section aria-labelledby="print-progress">
      <h2 id="print-progress">${t("plans.progressSection.heading")}</h2>
      <h3>${t("plans.strengths.heading")}</h3>
      ${printList(options, "strength")}
      <h3>${t("plans.areas.heading")}</h3>
      ${printList(options, "area")}
    </section>
    <section aria-labelledby="print-actions">
      <h2 id="print-actions">${t("plans.actionPlan.heading")}</h2>
      ${printSections.map(
        ([section, heading]) => html`<h3>${t(heading)}</h3>${printList(options, section)}`,
      )}
    </section>
    ${identityPrintSection(options, { identity: view.identity, studentName: view.student.name })}
    <section aria-labelledby="print-dates">
      <h2 id="print-dates">${t("plans.print.dates")}</h2>
      <ul>
        ${view.meetings.map(
          (meeting) =>
            html`<li>${t("plans.print.meeting", {
              when: formatInstant(meeting.startsAt, locale, view.school.timeZone),
            })}</li>`,
        )}
        ${view.agreedMeetings.map(
          (meeting) => html`<li>${sentence(agreedMeetingLine(options, meeting))}</li>`,
        )}
        ${
          view.plan.agreed_at
            ? html`<li>${t("plans.agreedOn", {
                when: formatInstant(view.plan.agreed_at, locale, view.school.timeZone),
              })}</li>`
            : ""
        }
        ${
          view.nextCheckIn
            ? html`<li>${t("plans.nextCheckIn", {
                day: formatDay(view.nextCheckIn.dueOn, locale),
              })}</li>`
            : ""
        }
      </ul>
    </section>
    ${printCheckIns(options)}
  </article>`;

  return page({ title, t, locale, actor: options.actor, body });
}

/** Check-ins already held, each with how the actions were going and its note. */
function printCheckIns(options: PrintOptions) {
  const { t, view, locale } = options;
  const held = view.checkIns.filter((checkIn) => checkIn.heldAt);
  if (held.length === 0) return "";

  return html`<section aria-labelledby="print-check-ins">
    <h2 id="print-check-ins">${t("plans.checkIns.heading")}</h2>
    <ul class="check-ins">
      ${held.map(
        (checkIn) => html`<li>
          <strong>${formatInstant(checkIn.heldAt ?? "", locale, view.school.timeZone)}</strong>
          · ${isolated(checkIn.recordedByName)}
          ${
            checkIn.progress.length > 0
              ? html`<ul>${checkIn.progress.map(
                  (entry) =>
                    html`<li>${isolated(entry.body)}: ${t(progressKey(entry.progress))}</li>`,
                )}</ul>`
              : ""
          }
          ${checkIn.note ? html`<p ${ownWords()}>${checkIn.note}</p>` : ""}
        </li>`,
      )}
    </ul>
  </section>`;
}

function printList(options: PrintOptions, section: StatementSection) {
  const statements = options.view.statements.filter((s) => s.section === section);
  if (statements.length === 0) {
    return html`<p class="empty">${options.t("plans.statements.none")}</p>`;
  }

  return html`<ul class="statements">
    ${statements.map((statement) => printItem(options, statement))}
  </ul>`;
}

function printItem(options: PrintOptions, statement: StatementView) {
  const { t, view } = options;
  const helping = view.statements.filter((s) => statement.helpedBy.includes(s.id));

  return html`<li class="statement">
    ${voiceBadge(options, statement.voice, statement.authorName)}
    <span class="statement-body" ${ownWords(statement.language)}>${statement.body}</span>
    ${
      helping.length > 0
        ? html`<br><span class="hint">${t("plans.areas.helpedBy")}
          ${helping.map(
            (strength, index) =>
              html`${index > 0 ? "; " : ""}<span ${ownWords(strength.language)}
                >${strength.body}</span>`,
          )}</span>`
        : ""
    }
    ${
      statement.progress
        ? html`<br><span class="hint">${t("plans.progressIs", {
            progress: t(`plans.progress.${statement.progress}`),
          })}</span>`
        : ""
    }
  </li>`;
}
