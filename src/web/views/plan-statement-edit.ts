import { html } from "hono/html";
import type { Actor } from "../../domain/access/actor.ts";
import { sectionLabels } from "../../domain/plans/add-statement.ts";
import type { PlanView, StatementView } from "../../domain/plans/read-plan.ts";
import { isolate } from "../../lib/bidi-isolate.ts";
import { page } from "./layout.ts";
import { sentence } from "./own-words.ts";
import { type FormState, problemSummary } from "./plan-fields.ts";
import type { ViewContext } from "./plan-format.ts";
import { editStatementForm } from "./plan-forms.ts";

export interface EditPageOptions extends ViewContext {
  actor: Actor;
  view: PlanView;
  statement: StatementView;
  state?: FormState | undefined;
}

/** The author changes their own words; the plan's history keeps what they said before. */
export function statementEditPage(options: EditPageOptions) {
  const { t, view, statement } = options;
  const title = t("plans.edit.title", { section: t(sectionLabels[statement.section]) });

  const body = html`<h1>${title}</h1>
    <p><a href="/plans/${view.plan.id}">${sentence(
      t("plans.title", { name: isolate(view.student.name) }),
    )}</a></p>
    ${problemSummary(options, options.state)}
    <p class="hint">${t("plans.edit.intro")}</p>
    ${editStatementForm({ ...options, state: options.state }, statement)}`;

  return page({ title, t, locale: options.locale, actor: options.actor, body });
}
