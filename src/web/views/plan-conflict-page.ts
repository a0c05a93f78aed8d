import { html } from "hono/html";
import type { Actor } from "../../domain/access/actor.ts";
import type { StatementConflictDetails } from "../../domain/plans/plan-conflict.ts";
import type { PlanView, StatementView } from "../../domain/plans/read-plan.ts";
import { page } from "./layout.ts";
import type { ViewContext } from "./plan-format.ts";
import { editStatementForm } from "./plan-forms.ts";

export interface ConflictPageOptions extends ViewContext {
  actor: Actor;
  view: PlanView;
  statement: StatementView;
  conflict: StatementConflictDetails;
}

/**
 * The words changed while the person was editing: both texts side by side, and the edit form
 * filled with what they typed, to save again on top of the words as they are now.
 */
export function statementConflictPage(options: ConflictPageOptions) {
  const { t, view, statement, conflict } = options;
  const title = t("plans.conflict.title");
  const state = {
    formId: "edit",
    values: { body: conflict.yours.body, helpedBy: conflict.yours.helpedBy },
    problems: [],
  };

  const body = html`<h1>${title}</h1>
    <p><a href="/plans/${view.plan.id}">${t("plans.title", { name: view.student.name })}</a></p>
    <div class="problem" role="alert"><p>${t("plans.conflict.lead")}</p></div>
    <div class="side-by-side">
      <section aria-labelledby="conflict-yours">
        <h2 id="conflict-yours">${t("plans.conflict.yours")}</h2>
        <blockquote class="statement-text">${conflict.yours.body}</blockquote>
      </section>
      <section aria-labelledby="conflict-current">
        <h2 id="conflict-current">${t("plans.conflict.current")}</h2>
        <blockquote class="statement-text">${conflict.current.body}</blockquote>
      </section>
    </div>
    <p class="hint">${t("plans.conflict.mergeHint")}</p>
    ${editStatementForm({ t, locale: options.locale, view, state }, statement)}`;

  return page({ title, t, locale: options.locale, actor: options.actor, body });
}

/**
 * The save could not go through at all (the words left the plan, the plan closed): what the
 * person typed is shown so it is not lost with the form.
 */
export function typedWordsPage(
  options: ViewContext & { actor: Actor; planId: string; typed: string; reason?: string },
) {
  const { t } = options;
  const title = t("plans.conflict.gone.title");

  const body = html`<h1>${title}</h1>
    <div class="problem" role="alert">${options.reason ? html`<p>${options.reason}</p>` : ""}
      <p>${t("plans.conflict.gone.lead")}</p></div>
    <div class="field">
      <label for="typed-words">${t("plans.conflict.yours")}</label>
      <textarea id="typed-words" rows="5" readonly>${options.typed}</textarea>
    </div>
    <p><a href="/plans/${encodeURIComponent(options.planId)}">${t(
      "plans.conflict.backToPlan",
    )}</a></p>`;

  return page({ title, t, locale: options.locale, actor: options.actor, body });
}
