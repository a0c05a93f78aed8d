import { html } from "hono/html";
import type { HtmlEscapedString } from "hono/utils/html";
import type { Actor } from "../../domain/access/actor.ts";
import {
  htmlLang,
  languageName,
  supportedLocales,
  type Translate,
  textDirection,
} from "../../i18n/translate.ts";
import { isolate } from "../../lib/bidi-isolate.ts";
import { languageChoiceReturn } from "../locale.ts";
import { sentence } from "./own-words.ts";

export type Markup = HtmlEscapedString | Promise<HtmlEscapedString>;

export interface PageOptions {
  title: string;
  t: Translate;
  locale: string;
  actor: Actor | null;
  body: Markup;
}

/** The page shell: phone-first, no inline script (the CSP forbids it), htmx from our own origin. */
export function page(options: PageOptions) {
  const { t, actor } = options;

  return html`<!doctype html>
<html lang="${htmlLang(options.locale)}" dir="${textDirection(options.locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="htmx-config" content='{"includeIndicatorStyles":false,"allowEval":false}'>
<title>${options.title} · ${t("app.name")}</title>
<link rel="stylesheet" href="/static/app.css">
<link rel="icon" href="/static/icon.svg" type="image/svg+xml">
<script src="/static/htmx.min.js" defer></script>
<script src="/static/app.js" defer></script>
</head>
<body${draftOwner(actor)}>
<a class="skip-link" href="#main">${t("nav.skip")}</a>
<header class="site-header">
  <a class="brand" href="/">${t("app.name")}</a>
  ${navigation(t, actor)}
  ${languagePicker(t, options.locale)}
</header>
<main id="main" tabindex="-1">
${options.body}
</main>
</body>
</html>`;
}

/**
 * Whose unsaved words this tab may keep and fill back in (public/app.js): a draft is only ever
 * shown again to the person who typed it, never to someone signing in after them.
 */
function draftOwner(actor: Actor | null) {
  return actor ? html` data-drafts-of="${actor.personId}"` : "";
}

function navigation(t: Translate, actor: Actor | null) {
  if (!actor) {
    return html`<nav aria-label="${t("nav.main")}"><a href="/sign-in">${t("nav.signIn")}</a></nav>`;
  }

  const staffLinks =
    actor.role === "administrator"
      ? html`<a href="/students">${t("nav.students")}</a>
        <a href="/program">${t("program.nav")}</a>
        ${actor.administersDistrict ? html`<a href="/roster">${t("nav.roster")}</a>` : ""}
        <a href="/school">${t("nav.school")}</a>
        ${districtLinks(t, actor)}
        <a href="/school-year">${t("records.year.title")}</a>`
      : actor.role === "teacher"
        ? html`<a href="/students">${t("nav.students")}</a>
          <a href="/program">${t("program.nav")}</a>`
        : html``;

  return html`<nav aria-label="${t("nav.main")}">
    ${staffLinks}
    <a class="signed-in" href="/account">${sentence(
      t("nav.signedInAs", { name: isolate(actor.displayName) }),
    )}</a>
    <form method="post" action="/sign-out" class="inline" data-forget-drafts>
      <button type="submit" class="link-button">${t("nav.signOut")}</button>
    </form>
  </nav>`;
}

/** The district-wide pages, offered only to an administrator of the whole district. */
function districtLinks(t: Translate, actor: Actor) {
  if (!actor.administersDistrict) return "";

  return html`<a href="/outbox">${t("nav.outbox")}</a>
    <a href="/audit">${t("records.audit.title")}</a>`;
}

/**
 * Every language named in itself, so a person finds theirs whatever the page is in. A form that
 * posts the choice, working without JavaScript: keeping a language is a change, which an address
 * alone must not make. The same page, its whole address kept, comes back in the language chosen.
 */
function languagePicker(t: Translate, current: string) {
  const choices = supportedLocales.map((locale) => {
    const chosen = locale === current ? html` aria-current="true"` : "";
    return html`<li><button type="submit" name="language" value="${locale}" class="link-button"
      lang="${htmlLang(locale)}"${chosen}>${languageName(locale)}</button></li>`;
  });

  return html`<nav class="language-picker" aria-label="${t("nav.language")}">
    <form method="post" action="/language">
      <input type="hidden" name="next" value="${languageChoiceReturn()}">
      <ul>${choices}</ul>
    </form>
  </nav>`;
}
