import { html } from "hono/html";
import type { CarriedFrom } from "../../domain/next-year/read-carried-from.ts";
import type { Translate } from "../../i18n/translate.ts";

/** On a plan carried forward: a link back to last year's plan it started from. */
export function carriedFromNotice(t: Translate, carried: CarriedFrom | undefined) {
  if (!carried?.fromPlanId) return "";

  const link = html`<a href="/plans/${carried.fromPlanId}">${t("nextYear.fromPlan")}</a>`;

  return html`<p class="hint">${link}</p>`;
}

/** The mark on a statement copied from last year's plan. */
export function carriedMark(t: Translate, carried: CarriedFrom | undefined, statementId: string) {
  if (!carried?.statementIds.includes(statementId)) return "";

  return html`<span class="hint">${t("nextYear.carried")}</span>`;
}
