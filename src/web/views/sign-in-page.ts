import { html } from "hono/html";
import { resetMinutes } from "../../auth/passwords.ts";
import type { FieldProblem } from "../../domain/errors.ts";
import type { Translate } from "../../i18n/translate.ts";
import { inputField, problemSummary } from "./form-fields.ts";

export interface SignInPageOptions {
  t: Translate;
  next: string;
  email?: string | undefined;
  /** Problems of the link request form. */
  linkProblems?: FieldProblem[];
  /** Problems of the password form, and its one message for a refused password. */
  passwordProblems?: FieldProblem[];
  passwordRefused?: string | undefined;
}

/** Sign in: the emailed link for everyone first, then the password some administrators have. */
export function signInPage(options: SignInPageOptions) {
  const { t } = options;

  return html`<h1>${t("signIn.title")}</h1>
    ${linkRequestForm(options)}
    <section class="card" aria-labelledby="password-title">
      <h2 id="password-title">${t("signIn.passwordTitle")}</h2>
      <p>${t("signIn.passwordIntro")}</p>
      ${passwordForm(options)}
      <p class="hint">${t("signIn.passwordForgotten", { minutes: resetMinutes })}</p>
    </section>`;
}

function passwordForm(options: SignInPageOptions) {
  const { t } = options;
  const problems = options.passwordProblems ?? [];
  const refused = options.passwordRefused ? { message: options.passwordRefused } : {};
  const field = { idPrefix: "password", problems, required: true };
  const email = inputField({
    ...field,
    name: "email",
    type: "email",
    label: t("signIn.field.email"),
    value: options.email,
    maxlength: 254,
    autocomplete: "username",
  });
  const password = inputField({
    ...field,
    name: "password",
    type: "password",
    label: t("signIn.field.password"),
    maxlength: 128,
    autocomplete: "current-password",
  });

  return html`${problemSummary(t, problems, { idPrefix: "password", ...refused })}
    <form method="post" action="/sign-in" class="stack">
      <input type="hidden" name="next" value="${options.next}">
      ${email}
      ${password}
      <div><button type="submit">${t("signIn.passwordSubmit")}</button></div>
    </form>`;
}

/** "Email me a sign-in link", also offered when a link no longer works. */
export function linkRequestForm(options: SignInPageOptions) {
  const { t } = options;
  const problems = options.linkProblems ?? [];
  const email = inputField({
    name: "email",
    type: "email",
    idPrefix: "link",
    label: t("signIn.field.email"),
    value: options.email,
    problems,
    required: true,
    maxlength: 254,
    autocomplete: "email",
  });

  return html`<section class="card" aria-labelledby="link-title">
    <h2 id="link-title">${t("signIn.linkTitle")}</h2>
    <p>${t("signIn.linkIntro")}</p>
    ${problemSummary(t, problems, { idPrefix: "link" })}
    <form method="post" action="/sign-in/link-request" class="stack">
      <input type="hidden" name="next" value="${options.next}">
      ${email}
      <div><button type="submit">${t("signIn.linkSubmit")}</button></div>
    </form>
  </section>`;
}

export function linkSentPage(t: Translate) {
  return html`<h1>${t("signIn.sentTitle")}</h1>
    <p>${t("signIn.sentBody")}</p>
    <p>${t("signIn.sentAgain")} <a href="/sign-in">${t("signIn.linkSubmit")}</a></p>`;
}

/** What an emailed link opens: a button, so that a mail scanner's visit uses nothing up. */
export function confirmLinkPage(options: { t: Translate; token: string; next: string }) {
  const { t } = options;

  return html`<h1>${t("signIn.confirmTitle")}</h1>
    <p>${t("signIn.confirmBody")}</p>
    <form method="post" action="/sign-in/link">
      <input type="hidden" name="token" value="${options.token}">
      <input type="hidden" name="next" value="${options.next}">
      <button type="submit">${t("signIn.confirmButton")}</button>
    </form>`;
}

export function linkFailedPage(options: SignInPageOptions) {
  const { t } = options;

  return html`<h1>${t("signIn.linkFailedTitle")}</h1>
    <p role="alert">${t("signIn.linkFailedBody")}</p>
    ${linkRequestForm(options)}`;
}
