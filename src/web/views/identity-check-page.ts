import { html } from "hono/html";
import {
  answerField,
  preferNotToSay,
  wordingField,
} from "../../domain/identity/answer-identity.ts";
import type { IdentityStatement } from "../../domain/identity/identity-statements.ts";
import type { MessageKey } from "../../i18n/catalog.ts";
import { type FormState, problemOf, problemSummary, typed } from "./plan-fields.ts";
import { formatDay, type ViewContext } from "./plan-format.ts";

/*
 * The student's identity check: one page, one radio group per statement (a fieldset whose
 * legend is the statement), no script. Then the student's own choice of who sees the answers.
 */

export interface IdentityCheckPageOptions extends ViewContext {
  planId: string;
  statements: IdentityStatement[];
  /** The answers already given on this occasion, to change them. */
  given: Record<string, number | null>;
  /** The day of the check-in these answers come before, or null at the plan's start. */
  checkInOn: string | null;
  familyMaySee: boolean;
  state?: FormState | undefined;
  notice?: MessageKey | undefined;
}

const choices: { value: string; label: MessageKey }[] = [
  { value: "1", label: "identity.scale.1" },
  { value: "2", label: "identity.scale.2" },
  { value: "3", label: "identity.scale.3" },
  { value: "4", label: "identity.scale.4" },
  { value: "5", label: "identity.scale.5" },
  { value: preferNotToSay, label: "identity.scale.preferNot" },
];

export function identityCheckPage(options: IdentityCheckPageOptions) {
  const { t, locale } = options;
  const occasion = options.checkInOn
    ? t("identity.check.occasion.checkIn", { day: formatDay(options.checkInOn, locale) })
    : t("identity.check.occasion.start");

  return html`<h1>${t("identity.check.title")}</h1>
    ${problemSummary(options, options.state)}
    ${options.notice ? html`<p class="notice" role="status">${t(options.notice)}</p>` : ""}
    <p class="stage">${occasion}</p>
    <p class="hint">${t("identity.check.intro")}</p>
    <form method="post" action="/plans/${options.planId}/identity" class="stack">
      ${options.statements.map((statement, index) => statementGroup(options, statement, index))}
      <div><button type="submit">${t("identity.check.submit")}</button></div>
    </form>
    ${consentForm(options)}
    <p><a href="/plans/${options.planId}">${t("identity.check.back")}</a></p>`;
}

function statementGroup(
  options: IdentityCheckPageOptions,
  statement: IdentityStatement,
  index: number,
) {
  const { t, state } = options;
  const name = answerField(statement.id);
  const id = `identity-${name}`;
  const problem = problemOf(state, "identity", name);
  const given = options.given[statement.id];
  const chosen = state
    ? typed(state, "identity", name)
    : given === null
      ? preferNotToSay
      : given === undefined
        ? ""
        : String(given);

  return html`<fieldset id="${id}" class="identity-question"${
    problem ? html` aria-describedby="${id}-error"` : ""
  }>
    <legend>${index + 1}. ${statement.text}</legend>
    <input type="hidden" name="${wordingField(statement.id)}" value="${statement.wordingVersion}">
    ${problem ? html`<p class="field-error" id="${id}-error">${problem}</p>` : ""}
    ${choices.map(
      (choice) => html`<div class="choice">
        <input type="radio" id="${id}-${choice.value}" name="${name}" value="${choice.value}"${
          chosen === choice.value ? html` checked` : ""
        }>
        <label for="${id}-${choice.value}">${t(choice.label)}</label></div>`,
    )}
  </fieldset>`;
}

/** The student's own switch: their family sees their answers only while it is on. */
function consentForm(options: IdentityCheckPageOptions) {
  const { t } = options;

  return html`<section class="card" aria-labelledby="consent-heading">
    <h2 id="consent-heading">${t("identity.consent.heading")}</h2>
    <p>${t(options.familyMaySee ? "identity.consent.yes" : "identity.consent.no")}</p>
    <form method="post" action="/plans/${options.planId}/identity/consent" class="stack">
      <div class="choice">
        <input type="checkbox" id="consent-family" name="familyMaySee" value="yes"${
          options.familyMaySee ? html` checked` : ""
        }>
        <label for="consent-family">${t("identity.consent.label")}</label>
      </div>
      <div><button type="submit">${t("identity.consent.submit")}</button></div>
    </form>
  </section>`;
}
