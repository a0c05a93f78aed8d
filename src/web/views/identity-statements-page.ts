import { html } from "hono/html";
import type { IdentityStatement } from "../../domain/identity/identity-statements.ts";
import { identityTextLimit } from "../../domain/identity/word-identity-statements.ts";
import type { MessageKey } from "../../i18n/catalog.ts";
import { supportedLocales } from "../../i18n/translate.ts";
import { isolate } from "../../lib/bidi-isolate.ts";
import { sentence } from "./own-words.ts";
import { type FormState, problemSummary, textArea } from "./plan-fields.ts";
import type { ViewContext } from "./plan-format.ts";

/*
 * An administrator's page for the school's math identity statements: those asked now, those
 * retired, a form to add one, and a page per statement to reword it in every language.
 */

const languageLabels: Record<string, MessageKey> = {
  en: "identity.admin.field.en",
  es: "identity.admin.field.es",
  vi: "identity.admin.field.vi",
  zh: "identity.admin.field.zh",
  ar: "identity.admin.field.ar",
};

export interface IdentityStatementsPageOptions extends ViewContext {
  school: { id: string; name: string };
  schools: { id: string; name: string }[];
  statements: IdentityStatement[];
  state?: FormState | undefined;
  notice?: MessageKey | undefined;
}

export function identityStatementsPage(options: IdentityStatementsPageOptions) {
  const { t, school } = options;
  const current = options.statements.filter((statement) => !statement.retired);
  const retired = options.statements.filter((statement) => statement.retired);

  return html`<h1>${t("identity.admin.title")}</h1>
    ${problemSummary(options, options.state)}
    ${options.notice ? html`<p class="notice" role="status">${t(options.notice)}</p>` : ""}
    <p class="stage">${sentence(
      t("identity.admin.forSchool", { school: isolate(school.name) }),
    )}</p>
    ${otherSchools(options)}
    <p class="hint">${t("identity.admin.intro")}</p>
    <h2>${t("identity.admin.current")}</h2>
    <ol class="identity-statements">
      ${current.map((statement) => statementItem(options, statement))}
    </ol>
    ${
      retired.length > 0
        ? html`<h2>${t("identity.admin.retiredHeading")}</h2>
          <ul>${retired.map((statement) => html`<li>${statement.text}</li>`)}</ul>`
        : ""
    }
    <details class="add-form"${options.state ? html` open` : ""}>
      <summary>${t("identity.admin.add")}</summary>
      <form method="post" action="/school/identity?id=${school.id}" class="stack">
        ${wordingFields(options, "add-identity", {})}
        <div><button type="submit">${t("identity.admin.add")}</button></div>
      </form>
    </details>`;
}

function otherSchools(options: IdentityStatementsPageOptions) {
  const others = options.schools.filter((school) => school.id !== options.school.id);
  if (others.length === 0) return "";

  return html`<ul class="inline-list">${others.map(
    (school) =>
      html`<li><a href="/school/identity?id=${school.id}">${options.t("identity.admin.forSchool", {
        school: school.name,
      })}</a></li>`,
  )}</ul>`;
}

function statementItem(options: IdentityStatementsPageOptions, statement: IdentityStatement) {
  const { t } = options;
  const textId = `identity-statement-${statement.id}`;

  return html`<li><span id="${textId}">${statement.text}</span>
    <a href="/school/identity/${statement.id}" aria-describedby="${textId}"
      >${t("identity.admin.reword")}</a>
    <form method="post" action="/school/identity/${statement.id}/retire" class="inline">
      <button type="submit" class="link-button" aria-describedby="${textId}"
        >${t("identity.admin.retire")}</button>
    </form></li>`;
}

/** One text area per language the app speaks; English first, as the others' fallback. */
export function wordingFields(
  context: ViewContext & { state?: FormState | undefined },
  formId: string,
  texts: Record<string, string>,
) {
  return html`${supportedLocales.map((locale) =>
    textArea(context, {
      formId,
      name: `text-${locale}`,
      label: languageLabels[locale] ?? "identity.admin.field.en",
      ...(locale === "en" ? { hint: "identity.admin.hint" as const } : {}),
      hintValues: { max: identityTextLimit },
      state: context.state,
      value: texts[locale] ?? "",
    }),
  )}`;
}

export function identityStatementEditPage(
  options: ViewContext & {
    statementId: string;
    texts: Record<string, string>;
    state?: FormState | undefined;
  },
) {
  const { t } = options;

  return html`<h1>${t("identity.admin.editTitle")}</h1>
    ${problemSummary(options, options.state)}
    <p class="hint">${t("identity.admin.intro")}</p>
    <form method="post" action="/school/identity/${options.statementId}" class="stack">
      ${wordingFields(options, "reword-identity", options.texts)}
      <div><button type="submit">${t("identity.admin.save")}</button></div>
    </form>
    <p><a href="/school/identity">${t("identity.admin.back")}</a></p>`;
}
