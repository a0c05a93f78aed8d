import { html } from "hono/html";
import type { StudentPlans } from "../../domain/home/list-my-plans.ts";
import { personName } from "../../domain/plans/person-name.ts";
import type { Translate } from "../../i18n/translate.ts";

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
export function myPlansPage(options: { t: Translate; self: boolean; children: StudentPlans[] }) {
  const { t } = options;
  if (!options.self && options.children.length === 0) {
    return html`<h1>${t("myPlans.title")}</h1><p>${t("myPlans.noChildren")}</p>`;
  }

  return html`<h1>${t("myPlans.title")}</h1>
    ${options.children.map((child) => studentPlans(t, child, options.self))}`;
}

function studentPlans(t: Translate, child: StudentPlans, self: boolean) {
  const name = personName(child.student);
  const heading = self ? t("myPlans.yours") : t("myPlans.child", { name });
  const none = self ? t("myPlans.none") : t("myPlans.noneForChild", { name });
  const plans =
    child.plans.length === 0
      ? html`<p>${none}</p>`
      : html`<ul class="plans">${child.plans.map((plan) => planItem(t, plan))}</ul>`;

  return html`<section aria-labelledby="plans-${child.student.id}">
    <h2 id="plans-${child.student.id}">${heading}</h2>
    ${plans}
    <p><a href="/students/${child.student.id}/records">${
      self ? t("records.linkSelf") : t("records.link", { name })
    }</a></p>
  </section>`;
}

function planItem(t: Translate, plan: StudentPlans["plans"][number]) {
  const started = t("myPlans.plan", { date: new Date(plan.created_at) });

  return html`<li class="card">
    <a href="/plans/${plan.id}">${started}</a>
    <span class="stage">${t(`plans.stage.${plan.stage}`)}</span>
    <span class="hint">${plan.school_name}</span>
  </li>`;
}
