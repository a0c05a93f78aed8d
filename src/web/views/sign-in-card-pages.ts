import { html, raw } from "hono/html";
import { dayIn } from "../../domain/plans/school-time.ts";
import type { FamilyLanguage } from "../../domain/roster/family-language.ts";
import { htmlLang, type Translate, textDirection, translator } from "../../i18n/translate.ts";
import { isolate } from "../../lib/bidi-isolate.ts";
import { languageNameInSentence } from "../../lib/intl-formats.ts";
import { languageChoices } from "./language-choice.ts";
import { sentence } from "./own-words.ts";
import { formatDay } from "./plan-format.ts";

/** The plan whose share page staff came from, if any: the card pages lead back to it. */
export type CardOrigin = { planId: string; studentName: string } | null;

interface CardStaffPageOptions {
  t: Translate;
  locale: string;
  personId: string;
  name: string;
  origin: CardOrigin;
  card: { created_at: string; last_used_at: string | null } | null;
  /** The zone of the staff member's school, whose days the card's dates are told in. */
  timeZone: string;
  revoked: boolean;
  /** The holder's language, which the card is printed in unless staff choose another. */
  language: FamilyLanguage;
  /** A family member's language chosen here is kept for their emails too. */
  family: boolean;
}

/** For staff: the card in use for a person, and the buttons to make a new one or revoke it. */
export function cardStaffPage(options: CardStaffPageOptions) {
  const { t, card, origin } = options;
  const action = `/people/${encodeURIComponent(options.personId)}/card`;
  const name = isolate(options.name);

  return html`<p>${backToOrigin(t, origin)}</p>
    <h1>${sentence(t("card.staffTitle", { name }))}</h1>
    ${options.revoked ? html`<p class="notice" role="status">${t("card.revoked")}</p>` : ""}
    <p>${sentence(t("card.intro", { name }))}</p>
    <section class="card">
      <p>${card ? cardState(options, card) : sentence(t("card.none", { name }))}</p>
      <form method="post" action="${action}" class="stack">
        ${originField(origin)} ${languageField(options)}
        ${card ? html`<p class="hint">${t("card.replaceHint")}</p>` : ""}
        <div><button type="submit">${card ? t("card.replace") : t("card.create")}</button></div>
      </form>
      ${
        card
          ? html`<form method="post" action="${action}/revoke">
              ${originField(origin)}
              <button type="submit" class="secondary">${t("card.revoke")}</button>
            </form>`
          : ""
      }
    </section>`;
}

/** Where staff go back to: the plan they were sharing, or else their list of students. */
function backToOrigin(t: Translate, origin: CardOrigin) {
  if (!origin) return html`<a href="/students">${t("card.backToStudents")}</a>`;

  const studentName = isolate(origin.studentName);
  return html`<a href="/plans/${encodeURIComponent(origin.planId)}/share">${sentence(
    t("card.backToSharing", { studentName }),
  )}</a>`;
}

/** The forms carry the origin along, so that the pages after them still lead back. */
function originField(origin: CardOrigin) {
  return origin ? html`<input type="hidden" name="plan" value="${origin.planId}">` : "";
}

/** The address of a card page that keeps leading back to the plan it was opened from. */
export function cardPagePath(personId: string, origin: CardOrigin, query: string[] = []) {
  const plan = origin ? [`plan=${encodeURIComponent(origin.planId)}`] : [];
  const search = [...query, ...plan].join("&");

  return `/people/${encodeURIComponent(personId)}/card${search ? `?${search}` : ""}`;
}

/** The card's language: the holder's by default, since they are the one who reads it. */
function languageField(options: CardStaffPageOptions) {
  const { t, language } = options;
  const name = isolate(options.name);
  const chosen = language.known ?? "";
  const ownChoice =
    language.chosenByThem && language.known
      ? t("card.language.chosenByThem", {
          name,
          language: languageNameInSentence(options.locale, language.known),
        })
      : null;
  const hint = ownChoice ?? (options.family ? t("card.language.keptFamily", { name }) : null);

  return html`<div class="field">
    <label for="card-language">${t("card.language.label")}</label>
    ${hint ? html`<p class="hint" id="card-language-hint">${sentence(hint)}</p>` : ""}
    <select id="card-language" name="language"${
      hint ? html` aria-describedby="card-language-hint"` : ""
    }>${languageChoices(t, options.locale).map(
      (choice) =>
        html`<option value="${choice.value}"${choice.value === chosen ? html` selected` : ""}>${
          choice.label
        }</option>`,
    )}</select>
  </div>`;
}

function cardState(
  { t, locale, timeZone }: CardStaffPageOptions,
  card: { created_at: string; last_used_at: string | null },
) {
  const day = (iso: string) => formatDay(dayIn(timeZone, new Date(iso)), locale);
  const used = card.last_used_at
    ? t("card.lastUsed", { used: day(card.last_used_at) })
    : t("card.neverUsed");

  return `${t("card.inUse", { made: day(card.created_at) })} ${used}`;
}

/**
 * The printable card. `qrSvg` is markup the qrcode package drew from our own link (only
 * base64url characters after the base address), so it is embedded as is.
 */
export function cardPrintPage(options: {
  t: Translate;
  /** The language of the card itself: its holder's, or the one staff chose to print it in. */
  cardLocale: string;
  personId: string;
  name: string;
  link: string;
  qrSvg: string;
  origin: CardOrigin;
}) {
  const { t, cardLocale } = options;
  const onCard = translator(cardLocale);
  const name = isolate(options.name);
  const label = onCard("card.qrLabel", { name: options.name });
  const direction = textDirection(cardLocale);

  return html`<p class="notice no-print" role="status">${t("card.shownOnce")}</p>
    <article class="sign-in-card" lang="${htmlLang(cardLocale)}" dir="${direction}">
      <h1>${sentence(onCard("card.printTitle", { name }))}</h1>
      <p>${onCard("card.scan")}</p>
      <div class="qr-code" role="img" aria-label="${label}">${raw(options.qrSvg)}</div>
      <p class="card-link"><a href="${options.link}">${options.link}</a></p>
    </article>
    <p class="no-print">
      <button type="button" data-print>${t("card.print")}</button>
      <a href="${cardPagePath(options.personId, options.origin)}">${sentence(
        t("card.back", { name }),
      )}</a>
      ${backToOrigin(t, options.origin)}
    </p>`;
}

/** What a card's link opens: a button only, so that opening the link signs no one in. */
export function cardOpenPage(options: { t: Translate; name: string; token: string }) {
  const { t } = options;

  return html`<h1>${t("card.openTitle")}</h1>
    <p>${sentence(t("card.openHello", { name: isolate(options.name) }))} ${t("card.openBody")}</p>
    <form method="post" action="/card/${options.token}">
      <button type="submit">${t("card.openButton")}</button>
    </form>`;
}

export function cardFailedPage(t: Translate) {
  return html`<h1>${t("card.failedTitle")}</h1>
    <p role="alert">${t("card.failedBody")}</p>`;
}
