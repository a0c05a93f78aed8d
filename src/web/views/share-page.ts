import { html } from "hono/html";
import type { FamilyMember } from "../../domain/plans/share-plan-with-family.ts";
import { checkboxes, type FormState, problemSummary } from "./plan-fields.ts";
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
}

export const shareFormId = "share";

/** The teacher chooses which family members get the plan by email. */
export function sharePageBody(options: SharePageOptions) {
  const { t, studentName } = options;

  return html`<p><a href="/plans/${options.planId}">${t("share.back")}</a></p>
    <h1>${t("share.title", { studentName })}</h1>
    ${problemSummary(options, options.state)}
    ${sentNotice(options)}
    <p>${t("share.intro", { hours: options.linkLifetimeHours })}</p>
    ${
      options.family.length === 0
        ? html`<p>${t("share.noFamily", { studentName })}</p>`
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
          html`<li><a href="/people/${holder.id}/card">${t("share.cards.link", {
            name: holder.name,
          })}</a></li>`,
      )}
    </ul>
  </section>`;
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
        label: `${member.name} (${member.email})`,
      })),
      checked: reachable.map((member) => member.id),
    })}
    <p><button type="submit">${options.t("share.send")}</button></p>
  </form>`;
}

function withoutEmail(options: SharePageOptions, member: FamilyMember) {
  const { t } = options;

  return html`<li>${t("share.noEmail", { name: member.name })}
    <a href="/people/${member.id}/card">${t("share.printCard", { name: member.name })}</a></li>`;
}
