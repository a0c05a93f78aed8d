import { html } from "hono/html";
import type { CoachReading } from "../../domain/language-coach/check-language.ts";
import type { ViewContext } from "./plan-format.ts";

/*
 * The coach's hint beside a text area: a polite note in a live region, never an error. The
 * phrases and suggestions are in the language the text was read in, and marked so.
 */

export const coachRegionId = (fieldId: string) => `${fieldId}-coach`;

/** What makes a text area ask the coach as the person types (htmx; without it, nothing). */
export function coachAttributes(fieldId: string) {
  return html` hx-post="/language-coach/check" hx-trigger="keyup changed delay:500ms"
    hx-target="#${coachRegionId(fieldId)}" hx-swap="innerHTML"`;
}

/** Where the hint appears; screen readers hear it when it changes, politely. */
export function coachRegion(fieldId: string) {
  return html`<div class="coach" id="${coachRegionId(fieldId)}" aria-live="polite"></div>`;
}

const moments = {
  typing: "languageCoach.whileTyping",
  saved: "languageCoach.afterSave",
} as const;

/** The hint for a reading; nothing at all when the words read well. */
export function coachHint(view: ViewContext, reading: CoachReading, moment: "typing" | "saved") {
  if (!reading.deficit) return html``;
  const { t } = view;

  return html`<div class="coach-hint">
    <p class="coach-title">${t("languageCoach.title")}</p>
    <p>${t("languageCoach.intro", { count: reading.findings.length })}</p>
    <ul>${reading.findings.map(
      (finding) =>
        html`<li><span lang="${reading.language}">${t("languageCoach.finding", {
          phrase: finding.phrase,
        })}</span>: <span lang="${reading.language}">${finding.suggestion}</span></li>`,
    )}</ul>
    <p class="hint">${t(moments[moment])}</p>
  </div>`;
}

/** A word from the coach that is not a reading: the text is too long, or it is pausing. */
export function coachNotice(message: string) {
  return html`<p class="coach-hint">${message}</p>`;
}
