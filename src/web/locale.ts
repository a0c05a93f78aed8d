import type { Context, MiddlewareHandler } from "hono";
import { tryGetContext } from "hono/context-storage";
import { getCookie, setCookie } from "hono/cookie";
import { savePreferredLocale } from "../db/people-store.ts";
import type { AppError } from "../domain/errors.ts";
import { english } from "../i18n/catalog.ts";
import { matchLocale } from "../i18n/match-locale.ts";
import { isLocale, type Locale, localeOr, type Translate, translator } from "../i18n/translate.ts";
import type { AppDeps, AppEnv } from "./app.ts";
import { safeNext } from "./session-cookies.ts";

export const localeCookie = "maps_locale";
const oneYear = 365 * 24 * 60 * 60;

/**
 * The language of someone not signed in (or without a preferred one): the one they chose
 * before, else their browser's best match, else English. A known person's preferred language
 * beats the browser's (usePersonLocale).
 */
export function browserLocale(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const chosen = getCookie(c, localeCookie);
    const locale = isLocale(chosen) ? chosen : matchLocale(c.req.header("accept-language"));
    useLocale(c, localeOr(locale));
    await next();
  };
}

/** Sets the language of this request's pages. */
export function useLocale(c: Context<AppEnv>, locale: Locale) {
  c.set("locale", locale);
  c.set("t", translator(locale));
}

/**
 * The pages of a known person (signed in, or holding their sign-in card or emailed link) are in
 * their preferred language rather than the browser's: a family member who reads Arabic may open
 * their card on a phone set to English. A language the visitor chose here still wins.
 */
export function usePersonLocale(c: Context<AppEnv>, preferred: string | null | undefined) {
  const locale = matchLocale(preferred);
  if (locale && !isLocale(getCookie(c, localeCookie))) useLocale(c, locale);
}

/**
 * The language picker's links (`?lang=es`): remembers the choice in a cookie and, for someone
 * signed in, as their preferred language, then shows the same page without the parameter.
 */
export function switchLocale(deps: AppDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const wanted = c.req.query("lang");
    if (!isLocale(wanted) || !["GET", "HEAD"].includes(c.req.method)) return next();

    setCookie(c, localeCookie, wanted, {
      path: "/",
      maxAge: oneYear,
      sameSite: "Lax",
      httpOnly: true,
      secure: deps.config.baseUrl.startsWith("https:"),
    });
    // A link on another site may carry ?lang= too: it may change this page, but only a choice
    // made here becomes the language of the person's emails.
    const actor = c.get("actor");
    const fromHere = c.req.header("sec-fetch-site") !== "cross-site";
    if (actor && fromHere) await savePreferredLocale(deps.db, actor.personId, wanted);

    return c.redirect(samePageWithoutLang(c.req.url), 303);
  };
}

function samePageWithoutLang(address: string) {
  const url = new URL(address);
  url.searchParams.delete("lang");
  // "//host" would leave the site: a path always starts with exactly one slash. safeNext then
  // sends anything a browser could still read as another site to the start page.
  const path = `/${url.pathname.replace(/^\/+/, "")}`;

  return safeNext(`${path}${url.search}`);
}

/**
 * The picker's link to a language: this page's own query with `lang` set. A link of only a query
 * keeps the page's path, and the rest of the query (where to go after signing in, a program
 * filter, a sign-in link's token) survives the choice. The address is read from the request
 * being answered (hono's context storage) rather than passed through every page's options; a
 * page rendered outside a request links to `?lang=` alone.
 */
export function languageChoiceHref(locale: string) {
  const request = tryGetContext<AppEnv>()?.req;
  if (request && request.method !== "GET" && request.method !== "HEAD") {
    return formPageHref(request.url, request.header("referer"), locale);
  }

  const query = new URLSearchParams(request ? new URL(request.url).search : "");
  query.set("lang", locale);

  return `?${query}`;
}

/**
 * A page answering a form (a problem to fix, words that could not be saved) stands at an address
 * that only takes posts: opening it to change the language would find nothing. The language is
 * chosen on the page the form was sent from, when that is one of ours, else on the start page.
 */
function formPageHref(address: string, referer: string | undefined, locale: string) {
  const here = new URL(address);
  let page = new URL("/", here);
  try {
    const from = new URL(referer ?? "");
    // A path that begins with two slashes or a backslash would leave the site as a link.
    if (from.origin === here.origin && !/^[/\\]{2}/.test(from.pathname)) page = from;
  } catch {
    // No page sent the form, or not one with an address: the start page.
  }
  page.searchParams.set("lang", locale);

  return `${page.pathname}${page.search}`;
}

/**
 * An error's message for the page, in the reader's language. An AppError made without its own
 * public message carries the English text of `error.<kind>`, which is swapped for the reader's.
 */
export function publicMessageIn(t: Translate, error: AppError) {
  const key = `error.${error.kind}` as const;

  return error.publicMessage === english[key] ? t(key) : error.publicMessage;
}

/**
 * A language chosen before signing in becomes the person's preferred one when they have none,
 * so the emails they are sent later are written in it too.
 */
export async function keepChosenLocale(
  c: Context<AppEnv>,
  deps: AppDeps,
  person: { id: string; preferred_locale: string | null },
) {
  const chosen = getCookie(c, localeCookie);
  if (person.preferred_locale || !isLocale(chosen)) return;

  await savePreferredLocale(deps.db, person.id, chosen);
}
