import { html } from "hono/html";
import type { OutboxEmailRow } from "../../db/outbox-store.ts";
import { dateTimeFormat } from "../../lib/intl-formats.ts";
import type { ViewContext } from "./plan-format.ts";

type EmailSummary = Pick<
  OutboxEmailRow,
  "id" | "to_address" | "to_name" | "subject" | "status" | "created_at"
>;

export interface OutboxPageOptions extends ViewContext {
  emails: EmailSummary[];
  page: number;
  hasOlder: boolean;
  /** True when no mail server is set up, so mail is kept here. */
  keptMail: boolean;
}

/** Instants in UTC, named as such: a district's schools may sit in different time zones. */
function formatTime(iso: string, locale: string) {
  return dateTimeFormat(locale, {
    dateStyle: "medium",
    timeStyle: "long",
    timeZone: "UTC",
  }).format(new Date(iso));
}

const time = (iso: string, locale: string) =>
  html`<time datetime="${iso}">${formatTime(iso, locale)}</time>`;

export function outboxPageBody(options: OutboxPageOptions) {
  const { t } = options;

  return html`<h1 id="outbox-heading">${t("outbox.title")}</h1>
    <p>${t("outbox.intro")}</p>
    ${options.keptMail ? html`<p class="notice">${t("outbox.keptNotice")}</p>` : ""}
    ${
      options.emails.length === 0
        ? html`<p>${t("outbox.empty")}</p>`
        : html`<div class="table-scroll">${emailTable(options)}</div>`
    }
    ${pages(options)}`;
}

function emailTable(options: OutboxPageOptions) {
  const { t, locale } = options;

  return html`<table aria-labelledby="outbox-heading">
    <thead><tr>
      <th scope="col">${t("outbox.to")}</th>
      <th scope="col">${t("outbox.subject")}</th>
      <th scope="col">${t("outbox.status")}</th>
      <th scope="col">${t("outbox.time")}</th>
    </tr></thead>
    <tbody>${options.emails.map(
      (email) => html`<tr>
        <td>${recipient(email)}</td>
        <td><a href="/outbox/${email.id}">${email.subject}</a></td>
        <td>${t("outbox.statusName", { status: email.status })}</td>
        <td>${time(email.created_at, locale)}</td>
      </tr>`,
    )}</tbody>
  </table>`;
}

const recipient = (email: Pick<OutboxEmailRow, "to_name" | "to_address">) =>
  email.to_name
    ? html`${email.to_name}<br><span class="hint">${email.to_address}</span>`
    : html`${email.to_address}`;

function pages(options: OutboxPageOptions) {
  if (options.page === 1 && !options.hasOlder) return "";
  const { t, page } = options;
  const pageLink = (to: number, label: string) => html`<a href="/outbox?page=${to}">${label}</a>`;

  return html`<nav aria-label="${t("outbox.pages")}">
    ${page > 1 ? pageLink(page - 1, t("outbox.newer")) : ""}
    ${options.hasOlder ? pageLink(page + 1, t("outbox.older")) : ""}
  </nav>`;
}

export interface OutboxEmailPageOptions extends ViewContext {
  email: OutboxEmailRow;
}

/**
 * One email, so an administrator can pass its link on. The HTML part is shown in a sandboxed
 * frame that may run nothing, load nothing and navigate nowhere; the page's own security policy
 * also applies inside it, which is why its colours do not show.
 */
export function outboxEmailPageBody(options: OutboxEmailPageOptions) {
  const { t, locale, email } = options;

  return html`<p><a href="/outbox">${t("outbox.email.back")}</a></p>
    <h1>${email.subject}</h1>
    <dl class="card">
      <dt>${t("outbox.to")}</dt><dd>${recipient(email)}</dd>
      <dt>${t("outbox.status")}</dt><dd>${t("outbox.statusName", { status: email.status })}</dd>
      <dt>${t("outbox.time")}</dt><dd>${time(email.created_at, locale)}</dd>
      ${email.sent_at ? detail(t("outbox.sentAt"), time(email.sent_at, locale)) : ""}
      <dt>${t("outbox.attempts")}</dt><dd>${email.attempts}</dd>
      ${email.last_error ? detail(t("outbox.lastError"), email.last_error) : ""}
    </dl>
    <h2>${t("outbox.email.text")}</h2>
    <pre class="card email-text">${email.text_body}</pre>
    <h2>${t("outbox.email.html")}</h2>
    <p class="hint">${t("outbox.email.htmlHint")}</p>
    <iframe class="email-frame" sandbox="" referrerpolicy="no-referrer"
      title="${t("outbox.email.frameTitle", { subject: email.subject })}"
      srcdoc="${email.html_body}"></iframe>`;
}

const detail = (term: string, value: unknown) => html`<dt>${term}</dt><dd>${value}</dd>`;
