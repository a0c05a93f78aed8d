import { html } from "hono/html";
import type { MyPlan, StudentPlans } from "../../domain/home/list-my-plans.ts";
import { personName } from "../../domain/plans/person-name.ts";
import type { Translate } from "../../i18n/translate.ts";
import { isolate, isolateYear } from "../../lib/bidi-isolate.ts";
import { sentence } from "./own-words.ts";
import { formatDay, formatInstant, type ViewContext } from "./plan-format.ts";

/** The start page of someone signed out. */
export function welcomePage(options: {
  t: Translate;
  demo: boolean;
  signedOutEverywhere: boolean;
}) {
  const { t } = options;

  return html`<h1>${t("app.name")}</h1>
    ${
      options.signedOutEverywhere
        ? html`<p class="notice" role="status">${t("account.everywhere.done")}</p>`
        : ""
    }
    <p>${t("home.intro")}</p>
    <p><a class="button" href="/sign-in">${t("home.signIn")}</a></p>
    ${options.demo ? html`<p><a href="/demo">${t("home.exploreDemo")}</a></p>` : ""}`;
}

/** A student's or family member's start page: the plans they may open, child by child. */
export function myPlansPage(options: ViewContext & { self: boolean; children: StudentPlans[] }) {
  const { t } = options;
  if (!options.self && options.children.length === 0) {
    return html`<h1>${t("myPlans.title")}</h1><p>${t("myPlans.noChildren")}</p>`;
  }

  return html`<h1>${t("myPlans.title")}</h1>
    ${options.children.map((child) => studentPlans(options, child, options.self))}`;
}

function studentPlans(view: ViewContext, child: StudentPlans, self: boolean) {
  const { t } = view;
  const name = isolate(personName(child.student));
  const heading = self ? t("myPlans.yours") : sentence(t("myPlans.child", { name }));
  const none = self ? t("myPlans.none") : sentence(t("myPlans.noneForChild", { name }));
  const plans =
    child.plans.length === 0
      ? html`<p>${none}</p>`
      : html`<ul class="plans">${child.plans.map((plan) => planItem(view, child, plan))}</ul>`;

  return html`<section aria-labelledby="plans-${child.student.id}">
    <h2 id="plans-${child.student.id}">${heading}</h2>
    ${plans}
    <p><a href="/students/${child.student.id}/records">${
      self ? t("records.linkSelf") : sentence(t("records.link", { name }))
    }</a></p>
  </section>`;
}

/**
 * A plan's link and what tells it apart from the child's other plans: its school year and who
 * started it, and the time it started when another began the same day.
 */
function planItem({ t, locale }: ViewContext, child: StudentPlans, plan: MyPlan) {
  const sameDay = child.plans.some((other) => other !== plan && other.startedOn === plan.startedOn);
  const date = sameDay
    ? formatInstant(plan.startedAt, locale, plan.timeZone)
    : formatDay(plan.startedOn, locale);
  const startedBy = plan.startedBy
    ? html` · ${sentence(t("myPlans.startedBy", { name: isolate(plan.startedBy) }))}`
    : "";

  const schoolYear = t("myPlans.schoolYear", { year: isolateYear(plan.schoolYear) });

  return html`<li class="card">
    <a href="/plans/${plan.id}">${t("myPlans.plan", { date })}</a>
    <span class="stage">${t(`plans.stage.${plan.stage}`)}</span>
    <p class="hint">${sentence(schoolYear)}${startedBy} ·
      <bdi>${plan.schoolName}</bdi></p>
  </li>`;
}
