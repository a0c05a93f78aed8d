import { html, raw } from "hono/html";
import type { Translate } from "../../i18n/translate.ts";

/** For staff: the card in use for a person, and the buttons to make a new one or revoke it. */
export function cardStaffPage(options: {
  t: Translate;
  personId: string;
  name: string;
  card: { created_at: string; last_used_at: string | null } | null;
  revoked: boolean;
}) {
  const { t, card, name } = options;
  const action = `/people/${encodeURIComponent(options.personId)}/card`;

  return html`<h1>${t("card.staffTitle", { name })}</h1>
    ${options.revoked ? html`<p class="notice" role="status">${t("card.revoked")}</p>` : ""}
    <p>${t("card.intro", { name })}</p>
    <section class="card">
      ${card ? html`<p>${cardState(t, card)}</p>` : html`<p>${t("card.none", { name })}</p>`}
      <form method="post" action="${action}">
        ${card ? html`<p class="hint">${t("card.replaceHint")}</p>` : ""}
        <button type="submit">${card ? t("card.replace") : t("card.create")}</button>
      </form>
      ${
        card
          ? html`<form method="post" action="${action}/revoke">
              <button type="submit" class="secondary">${t("card.revoke")}</button>
            </form>`
          : ""
      }
    </section>`;
}

function cardState(t: Translate, card: { created_at: string; last_used_at: string | null }) {
  const used = card.last_used_at
    ? t("card.lastUsed", { used: new Date(card.last_used_at) })
    : t("card.neverUsed");

  return `${t("card.inUse", { made: new Date(card.created_at) })} ${used}`;
}

/**
 * The printable card. `qrSvg` is markup the qrcode package drew from our own link (only
 * base64url characters after the base address), so it is embedded as is.
 */
export function cardPrintPage(options: {
  t: Translate;
  personId: string;
  name: string;
  link: string;
  qrSvg: string;
}) {
  const { t, name } = options;
  const label = t("card.qrLabel", { name });

  return html`<p class="notice no-print" role="status">${t("card.shownOnce")}</p>
    <article class="sign-in-card">
      <h1>${t("card.printTitle", { name })}</h1>
      <p>${t("card.scan")}</p>
      <div class="qr-code" role="img" aria-label="${label}">${raw(options.qrSvg)}</div>
      <p class="card-link"><a href="${options.link}">${options.link}</a></p>
    </article>
    <p class="no-print">
      <button type="button" data-print>${t("card.print")}</button>
      <a href="/people/${encodeURIComponent(options.personId)}/card">${t("card.back", { name })}</a>
    </p>`;
}

/** What a card's link opens: a button only, so that opening the link signs no one in. */
export function cardOpenPage(options: { t: Translate; name: string; token: string }) {
  const { t } = options;

  return html`<h1>${t("card.openTitle")}</h1>
    <p>${t("card.openHello", { name: options.name })} ${t("card.openBody")}</p>
    <form method="post" action="/card/${options.token}">
      <button type="submit">${t("card.openButton")}</button>
    </form>`;
}

export function cardFailedPage(t: Translate) {
  return html`<h1>${t("card.failedTitle")}</h1>
    <p role="alert">${t("card.failedBody")}</p>`;
}
