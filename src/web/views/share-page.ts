import { html } from "hono/html";
import type { FamilyMember } from "../../domain/plans/share-plan-with-family.ts";
import { isolate } from "../../lib/bidi-isolate.ts";
import { languageNameInSentence } from "../../lib/intl-formats.ts";
import { languageChoices } from "./language-choice.ts";
import { isolated, sentence } from "./own-words.ts";
import { checkboxes, type FormState, problemSummary, select } from "./plan-fields.ts";
import type { ViewContext } from "./plan-format.ts";

export interface SharePageOptions extends ViewContext {
  planId: string;
  studentName: string;
  studentId: string;
  family: FamilyMember[];
  linkLifetimeHours: number;
  /** How many emails were just written, for the confirmation at the top. */
  sent: number | null;
  /** True when no mail server is set up and emails wait in Sent mail. */
  keptMail: boolean;
  state: FormState | undefined;
  /** Why the share was refused, when no field of the form is at fault. */
  refused: string | null;
}

export const shareFormId = "share";
/** Each family member's language is chosen in a field named language-<their id>. */
export const languageField = "language-";

/** The teacher chooses which family members get the plan by email. */
export function sharePageBody(options: SharePageOptions) {
  const { t } = options;
  const studentName = isolate(options.studentName);

  return html`<p><a href="/plans/${options.planId}">${t("share.back")}</a></p>
    <h1>${sentence(t("share.title", { studentName }))}</h1>
    ${problemSummary(options, options.state)}
    ${refusedNotice(options.refused)}
    ${sentNotice(options)}
    <p>${t("share.intro", { hours: options.linkLifetimeHours })}</p>
    ${
      options.family.length === 0
        ? html`<p>${sentence(t("share.noFamily", { studentName }))}</p>`
        : shareForm(options)
    }
    ${signInCards(options)}`;
}

/** Students, and family members without email, get in with a printed or shared card. */
function signInCards(options: SharePageOptions) {
  const { t } = options;
  const holders = [{ id: options.studentId, name: options.studentName }, ...options.family];

  return html`<section aria-labelledby="cards-title" class="card">
    <h2 id="cards-title">${t("share.cards.title")}</h2>
    <p>${t("share.cards.intro")}</p>
    <ul>
      ${holders.map(
        (holder) =>
          html`<li><a href="${cardPath(options, holder.id)}">${sentence(
            t("share.cards.link", { name: isolate(holder.name) }),
          )}</a></li>`,
      )}
    </ul>
  </section>`;
}

/** A card's page, which leads back here when the card is made. */
const cardPath = (options: SharePageOptions, personId: string) =>
  `/people/${personId}/card?plan=${encodeURIComponent(options.planId)}`;

/** Every refusal is said on the page; one with no field to point at is said here. */
function refusedNotice(refused: string | null) {
  if (!refused) return "";

  return html`<div class="problem" role="alert" id="problems"><p>${sentence(refused)}</p></div>`;
}

function sentNotice(options: SharePageOptions) {
  if (options.sent === null) return "";
  const { t } = options;

  return html`<div class="notice" role="status">
    <p>${t("share.sent", { count: options.sent })}</p>
    ${options.keptMail ? html`<p>${t("share.keptNotice")}</p>` : ""}
  </div>`;
}

function shareForm(options: SharePageOptions) {
  const reachable = options.family.filter((member) => member.email !== null);
  const unreachable = options.family.filter((member) => member.email === null);

  return html`${reachable.length > 0 ? emailForm(options, reachable) : ""}
    ${
      unreachable.length > 0
        ? html`<ul class="card">${unreachable.map((member) => withoutEmail(options, member))}</ul>`
        : ""
    }`;
}

function emailForm(options: SharePageOptions, reachable: FamilyMember[]) {
  return html`<form method="post" action="/plans/${options.planId}/share" class="stack card">
    ${checkboxes(options, {
      formId: shareFormId,
      name: "guardianIds",
      label: "share.recipients",
      state: options.state,
      choices: reachable.map((member) => ({
        value: member.id,
        label: html`${isolated(member.name)} (${member.email})`,
      })),
      checked: reachable.map((member) => member.id),
    })}
    ${languagesOfEmails(options, reachable)}
    <p><button type="submit">${options.t("share.send")}</button></p>
  </form>`;
}

/** The roster may not say which language a family member reads: the teacher can. */
function languagesOfEmails(options: SharePageOptions, reachable: FamilyMember[]) {
  const { t } = options;

  return html`<fieldset class="stack">
    <legend>${t("share.languages.legend")}</legend>
    <p class="hint">${t("share.languages.hint")}</p>
    ${reachable.map((member) => languageOfEmail(options, member))}
  </fieldset>`;
}

function languageOfEmail(options: SharePageOptions, member: FamilyMember) {
  const { t, locale } = options;
  const { known, chosenByThem } = member.language;
  if (chosenByThem && known) {
    const language = languageNameInSentence(locale, known);
    const name = isolate(member.name);
    return html`<p>${sentence(t("share.languages.chosenByThem", { name, language }))}</p>`;
  }

  return select(options, {
    formId: shareFormId,
    name: `${languageField}${member.id}`,
    label: "share.languages.label",
    labelValues: { name: member.name },
    state: options.state,
    choices: languageChoices(t, locale),
    value: known ?? "",
  });
}

function withoutEmail(options: SharePageOptions, member: FamilyMember) {
  const { t } = options;
  const name = isolate(member.name);
  const printCard = sentence(t("share.printCard", { name }));

  return html`<li>${sentence(t("share.noEmail", { name }))}
    <a href="${cardPath(options, member.id)}">${printCard}</a></li>`;
}
