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
 * The language of someone not signed in (or without a preferred one): the one this address asks
 * for (`?lang=`), else the one they chose before, else their browser's best match, else English.
 * A known person's preferred language beats the browser's (usePersonLocale).
 */
export function browserLocale(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const chosen = chosenLocale(c);
    useLocale(c, localeOr(chosen ?? matchLocale(c.req.header("accept-language"))));
    await next();
  };
}

/**
 * A language asked for here: by this address, for this answer only (it is never kept, so a link
 * someone else sends changes nothing after it), else by the picker's choice kept in a cookie.
 */
function chosenLocale(c: Context<AppEnv>): Locale | undefined {
  const asked = c.req.query("lang");
  if (isLocale(asked)) return asked;
  const kept = getCookie(c, localeCookie);

  return isLocale(kept) ? kept : undefined;
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
  if (locale && !chosenLocale(c)) useLocale(c, locale);
}

/** Keeps the picker's choice for this browser, signed in or not, for a year. */
export function rememberLocale(c: Context<AppEnv>, deps: AppDeps, locale: Locale) {
  setCookie(c, localeCookie, locale, {
    path: "/",
    maxAge: oneYear,
    sameSite: "Lax",
    httpOnly: true,
    secure: deps.config.baseUrl.startsWith("https:"),
  });
}

/**
 * Where the language picker's form comes back to once the choice is kept: this page's own
 * address, its whole query kept (where to go after signing in, a program filter, a sign-in
 * link's token) but `lang`, which would outweigh the choice. The address is read from the
 * request being answered (hono's context storage) rather than passed through every page's
 * options; a page rendered outside a request comes back to the start page.
 */
export function languageChoiceReturn() {
  const request = tryGetContext<AppEnv>()?.req;
  if (!request) return "/";
  if (request.method !== "GET" && request.method !== "HEAD") {
    return formPage(request.url, request.header("referer"));
  }

  return samePageWithoutLang(new URL(request.url));
}

/** The page's path and query, without a `lang` that would outweigh the picker's choice. */
export function samePageWithoutLang(url: URL) {
  url.searchParams.delete("lang");
  // "//host" would leave the site: a path always starts with exactly one slash. safeNext then
  // sends anything a browser could still read as another site to the start page.
  const path = `/${url.pathname.replace(/^\/+/, "")}`;

  return safeNext(`${path}${url.search}`);
}

/**
 * A page answering a form (a problem to fix, words that could not be saved) stands at an address
 * that only takes posts: coming back to it would find nothing. The picker comes back to the page
 * the form was sent from, when that is one of ours, else to the start page.
 */
function formPage(address: string, referer: string | undefined) {
  const here = new URL(address);
  try {
    const from = new URL(referer ?? "");
    if (from.origin === here.origin) return samePageWithoutLang(from);
  } catch {
    // No page sent the form, or not one with an address: the start page.
  }

  return "/";
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
