import { html } from "hono/html";
import { passwordLength } from "../../auth/auth.ts";
import { resetMinutes } from "../../auth/passwords.ts";
import type { Actor } from "../../domain/access/actor.ts";
import type { FieldProblem } from "../../domain/errors.ts";
import type { AccountPasswordState } from "../../domain/sign-in/read-account.ts";
import type { Translate } from "../../i18n/translate.ts";
import { isolate } from "../../lib/bidi-isolate.ts";
import { inputField, problemSummary } from "./form-fields.ts";
import { sentence } from "./own-words.ts";

/** The password form a refusal belongs to, and what it says. */
export interface PasswordRefusal {
  form: "change" | "reset";
  problems: FieldProblem[];
  /** A refusal of the whole form (too many tries, a permission used up), not of a field. */
  message?: string | undefined;
}

export interface AccountPageOptions {
  t: Translate;
  actor: Actor;
  password: AccountPasswordState;
  /** The password was just changed. */
  changed?: boolean;
  refusal?: PasswordRefusal | undefined;
}

/**
 * A person's own account: who they are signed in as, their password (for those who have one),
 * and signing out on every device.
 */
export function accountPage(options: AccountPageOptions) {
  const { t, actor, password } = options;

  return html`<h1>${t("account.title")}</h1>
    <p>${sentence(t("account.signedInAs", { name: isolate(actor.displayName) }))}</p>
    ${options.changed ? changedNotice(t) : ""}
    ${refusalWithoutItsForm(options)}
    <p class="hint">${t("account.languageHint")}</p>
    ${password.mayReset ? resetSection(options) : ""}
    ${password.hasPassword ? changeSection(options) : ""}
    <section class="card" aria-labelledby="everywhere-heading">
      <h2 id="everywhere-heading">${t("account.everywhere.heading")}</h2>
      <p>${t("account.everywhere.explain")}</p>
      <form method="post" action="/sign-out/everywhere" data-forget-drafts>
        <button type="submit">${t("account.everywhere.button")}</button>
      </form>
    </section>`;
}

const changedNotice = (t: Translate) =>
  html`<p class="notice" role="status">${t("account.password.changed")}</p>`;

/** A refusal whose form the page no longer offers (the permission to reset ran out). */
function refusalWithoutItsForm({ t, password, refusal }: AccountPageOptions) {
  if (!refusal) return "";
  const shown = refusal.form === "change" ? password.hasPassword : password.mayReset;
  if (shown) return "";

  return summaryOf(t, refusal);
}

/** A password form's problems, each linking to its field, or its one message. */
function summaryOf(t: Translate, refusal: PasswordRefusal | undefined, idPrefix?: string) {
  if (!refusal) return "";
  const message = refusal.message ? { message: refusal.message } : {};

  return problemSummary(t, refusal.problems, { ...(idPrefix ? { idPrefix } : {}), ...message });
}

function refusalOf(options: AccountPageOptions, form: PasswordRefusal["form"]) {
  return options.refusal?.form === form ? options.refusal : undefined;
}

function changeSection(options: AccountPageOptions) {
  const { t } = options;
  const refusal = refusalOf(options, "change");
  const problems = refusal?.problems ?? [];
  const field = { idPrefix: "change", problems, required: true, maxlength: passwordLength.max };

  return html`<section class="card" aria-labelledby="change-heading">
    <h2 id="change-heading">${t("account.password.heading")}</h2>
    <p>${t("account.password.explain")}</p>
    ${summaryOf(t, refusal, "change")}
    <form method="post" action="/account/password" class="stack">
      ${usernameFor(options)}
      ${inputField({
        ...field,
        name: "currentPassword",
        type: "password",
        label: t("account.password.field.current"),
        autocomplete: "current-password",
      })}
      ${newPasswordFields(t, field)}
      <div><button type="submit">${t("account.password.submit")}</button></div>
    </form>
  </section>`;
}

function resetSection(options: AccountPageOptions) {
  const { t } = options;
  const refusal = refusalOf(options, "reset");
  const problems = refusal?.problems ?? [];
  const field = { idPrefix: "reset", problems, required: true, maxlength: passwordLength.max };

  return html`<section class="card" aria-labelledby="reset-heading">
    <h2 id="reset-heading">${t("account.reset.heading")}</h2>
    <p>${t("account.reset.explain", { minutes: resetMinutes })}</p>
    ${summaryOf(t, refusal, "reset")}
    <form method="post" action="/account/password/reset" class="stack">
      ${usernameFor(options)}
      ${newPasswordFields(t, field)}
      <div><button type="submit">${t("account.reset.submit")}</button></div>
    </form>
  </section>`;
}

function newPasswordFields(
  t: Translate,
  field: { idPrefix: string; problems: FieldProblem[]; required: boolean; maxlength: number },
) {
  const password = {
    ...field,
    type: "password" as const,
    minlength: passwordLength.min,
    autocomplete: "new-password",
  };

  return [
    inputField({
      ...password,
      name: "newPassword",
      label: t("account.password.field.new"),
      hint: t("setup.hint.password"),
    }),
    inputField({
      ...password,
      name: "newPasswordAgain",
      label: t("account.password.field.newAgain"),
    }),
  ];
}

/**
 * The address the password belongs to, for the browser's password manager to file the new one
 * under; hidden from the page and not sent with the form.
 */
function usernameFor({ password }: AccountPageOptions) {
  if (!password.email) return "";

  return html`<input type="email" autocomplete="username" value="${password.email}"
    hidden readonly>`;
}
