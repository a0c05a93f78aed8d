import { html } from "hono/html";
import type { CarriedFrom } from "../../domain/next-year/read-carried-from.ts";
import type { Translate } from "../../i18n/translate.ts";
import { formatDay } from "./plan-format.ts";

/** On a plan carried forward: a link back to the closed plan it started from. */
export function carriedFromNotice(t: Translate, locale: string, carried: CarriedFrom | undefined) {
  if (!carried?.fromPlanId) return "";

  const text = carried.fromClosedOn
    ? t("nextYear.fromPlan", { date: formatDay(carried.fromClosedOn, locale) })
    : t("nextYear.fromPlanUndated");
  const link = html`<a href="/plans/${carried.fromPlanId}">${text}</a>`;

  return html`<p class="hint">${link}</p>`;
}

/**
 * The mark on a statement copied from a closed plan. It names that plan by the day it closed:
 * a plan may be carried forward within the same year, so "last year" would not always be true.
 */
export function carriedMark(
  context: { t: Translate; locale: string; carried?: CarriedFrom | undefined },
  statementId: string,
) {
  const { t, locale, carried } = context;
  if (!carried?.statementIds.includes(statementId)) return "";

  const text = carried.fromClosedOn
    ? t("nextYear.carried", { date: formatDay(carried.fromClosedOn, locale) })
    : t("nextYear.carriedUndated");
  return html`<span class="hint">${text}</span>`;
}
