import { html } from "hono/html";
import type { Actor } from "../../domain/access/actor.ts";
import type { StatementConflictDetails } from "../../domain/plans/plan-conflict.ts";
import type { PlanView, StatementView } from "../../domain/plans/read-plan.ts";
import type { Translate } from "../../i18n/translate.ts";
import { isolate } from "../../lib/bidi-isolate.ts";
import { page } from "./layout.ts";
import { ownWords, sentence } from "./own-words.ts";
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
    <p><a href="/plans/${view.plan.id}">${sentence(
      t("plans.title", { name: isolate(view.student.name) }),
    )}</a></p>
    <div class="problem" role="alert"><p>${t(
      conflict.changedByYou ? "plans.conflict.leadYours" : "plans.conflict.lead",
    )}</p></div>
    <div class="side-by-side">
      <section aria-labelledby="conflict-yours">
        <h2 id="conflict-yours">${t("plans.conflict.yours")}</h2>
        <blockquote class="statement-text" ${ownWords()}>${conflict.yours.body}</blockquote>
      </section>
      <section aria-labelledby="conflict-current">
        <h2 id="conflict-current">${t("plans.conflict.current")}</h2>
        <blockquote class="statement-text" ${ownWords(statement.language)}
          >${conflict.current.body}</blockquote>
      </section>
    </div>
    <p class="hint">${t("plans.conflict.mergeHint")}</p>
    ${editStatementForm({ t, locale: options.locale, view, state }, statement)}`;

  return page({ title, t, locale: options.locale, actor: options.actor, body });
}

/** One field of a refused form that held the person's own words, with its label. */
export interface TypedWords {
  label: string;
  text: string;
}

export interface TypedWordsPageOptions extends ViewContext {
  actor: Actor | null;
  /** Why nothing was saved, in the reader's language. */
  reason: string;
  typed: TypedWords[];
  /** The page the form was on. */
  back: string;
  /** The sign-in that comes back to `back`, when the person's sign-in had ended. */
  signIn?: string | undefined;
}

/**
 * A save that could not go through at all (the plan closed, the words or the plan gone, no
 * longer allowed, the sign-in ended): what the person typed is shown so it is not lost with
 * the form, read only, to copy.
 */
export function typedWordsPage(options: TypedWordsPageOptions) {
  const { t } = options;
  const title = t("plans.conflict.gone.title");
  const boxes = options.typed.map(
    (words, index) => html`<div class="field">
      <label for="typed-words-${index}">${words.label}</label>
      <textarea id="typed-words-${index}" rows="5" dir="auto" readonly>${words.text}</textarea>
    </div>`,
  );

  const body = html`<h1>${title}</h1>
    <div class="problem" role="alert"><p>${sentence(options.reason)}</p>
      <p>${t("plans.unsaved.lead")}</p></div>
    ${boxes}
    ${options.signIn ? signInAgain(t, options.signIn) : ""}
    <p><a href="${options.back}">${t("plans.unsaved.back")}</a></p>`;

  return page({ title, t, locale: options.locale, actor: options.actor, body });
}

function signInAgain(t: Translate, signIn: string) {
  return html`<p class="hint" id="sign-in-again-hint">${t("plans.unsaved.signInHint")}</p>
    <p><a class="button" href="${signIn}" aria-describedby="sign-in-again-hint">${t(
      "plans.unsaved.signIn",
    )}</a></p>`;
}
