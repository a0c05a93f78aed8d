import { html } from "hono/html";
import type { OutboxEmailRow } from "../../db/outbox-store.ts";
import { timeZoneNote, type ZonedViewContext, zonedTime } from "./administrator-times.ts";

type EmailSummary = Pick<
  OutboxEmailRow,
  "id" | "to_address" | "to_name" | "subject" | "status" | "created_at"
>;

export interface OutboxPageOptions extends ZonedViewContext {
  emails: EmailSummary[];
  page: number;
  hasOlder: boolean;
  /** True when no mail server is set up, so mail is kept here. */
  keptMail: boolean;
}

export function outboxPageBody(options: OutboxPageOptions) {
  const { t } = options;

  return html`<h1 id="outbox-heading">${t("outbox.title")}</h1>
    <p>${t("outbox.intro")}</p>
    ${options.keptMail ? html`<p class="notice">${t("outbox.keptNotice")}</p>` : ""}
    ${
      options.emails.length === 0
        ? html`<p>${t("outbox.empty")}</p>`
        : html`${timeZoneNote(options)}
          <div class="table-scroll" tabindex="0">${emailTable(options)}</div>`
    }
    ${pages(options)}`;
}

/**
 * The emails as a table, a card per email on a phone (app.css, .cards-on-phone): hence each
 * value's data-label, and the roles that keep it a table to screen readers in any display.
 */
function emailTable(options: OutboxPageOptions) {
  const { t } = options;
  const cell = (label: string, value: unknown) =>
    html`<td role="cell" data-label="${label}">${value}</td>`;

  return html`<table class="cards-on-phone" role="table" aria-labelledby="outbox-heading">
    <thead role="rowgroup"><tr role="row">
      <th scope="col" role="columnheader">${t("outbox.to")}</th>
      <th scope="col" role="columnheader">${t("outbox.subject")}</th>
      <th scope="col" role="columnheader">${t("outbox.status")}</th>
      <th scope="col" role="columnheader">${t("outbox.time")}</th>
    </tr></thead>
    <tbody role="rowgroup">${options.emails.map(
      (email) => html`<tr role="row">
        ${cell(t("outbox.to"), recipient(email))}
        ${cell(t("outbox.subject"), html`<a href="/outbox/${email.id}" dir="auto">${email.subject}</a>`)}
        ${cell(t("outbox.status"), t("outbox.statusName", { status: email.status }))}
        ${cell(t("outbox.time"), zonedTime(options, email.created_at))}
      </tr>`,
    )}</tbody>
  </table>`;
}

const recipient = (email: Pick<OutboxEmailRow, "to_name" | "to_address">) =>
  email.to_name
    ? html`${email.to_name}<br><span class="hint long-address" dir="ltr">${email.to_address}</span>`
    : html`<span class="long-address" dir="ltr">${email.to_address}</span>`;

function pages(options: OutboxPageOptions) {
  if (options.page === 1 && !options.hasOlder) return "";
  const { t, page } = options;
  const pageLink = (to: number, label: string) => html`<a href="/outbox?page=${to}">${label}</a>`;

  return html`<nav aria-label="${t("outbox.pages")}">
    ${page > 1 ? pageLink(page - 1, t("outbox.newer")) : ""}
    ${options.hasOlder ? pageLink(page + 1, t("outbox.older")) : ""}
  </nav>`;
}

export interface OutboxEmailPageOptions extends ZonedViewContext {
  email: OutboxEmailRow;
}

/**
 * One email, so an administrator can pass its link on. The HTML part is shown in a sandboxed
 * frame that may run nothing, load nothing and navigate nowhere; the page's own security policy
 * also applies inside it, which is why its colours do not show.
 */
export function outboxEmailPageBody(options: OutboxEmailPageOptions) {
  const { t, email } = options;

  return html`<p><a href="/outbox">${t("outbox.email.back")}</a></p>
    <h1 dir="auto">${email.subject}</h1>
    <dl class="card">
      <dt>${t("outbox.to")}</dt><dd>${recipient(email)}</dd>
      <dt>${t("outbox.status")}</dt><dd>${t("outbox.statusName", { status: email.status })}</dd>
      <dt>${t("outbox.time")}</dt><dd>${zonedTime(options, email.created_at)}</dd>
      ${email.sent_at ? detail(t("outbox.sentAt"), zonedTime(options, email.sent_at)) : ""}
      <dt>${t("outbox.attempts")}</dt><dd>${email.attempts}</dd>
      ${email.last_error ? detail(t("outbox.lastError"), email.last_error) : ""}
    </dl>
    ${timeZoneNote(options)}
    <h2>${t("outbox.email.text")}</h2>
    <pre class="card email-text" dir="auto">${email.text_body}</pre>
    <h2>${t("outbox.email.html")}</h2>
    <p class="hint">${t("outbox.email.htmlHint")}</p>
    <iframe class="email-frame" sandbox="" referrerpolicy="no-referrer"
      title="${t("outbox.email.frameTitle", { subject: email.subject })}"
      srcdoc="${email.html_body}"></iframe>`;
}

const detail = (term: string, value: unknown) => html`<dt>${term}</dt><dd>${value}</dd>`;
