import { matchLocale } from "../../i18n/match-locale.ts";

/** The query parameter of an emailed sign-in link that names its person's language. */
export const linkLocaleParameter = "locale";

/**
 * Marks an emailed sign-in link with the language of the person it signs in, when the app
 * speaks it, so the page it opens speaks it on any device: that page never looks the token up
 * (mail scanners open links), so it cannot learn the person's language otherwise.
 */
export function carryLinkLocale(link: URL, preferredLocale: string | null | undefined) {
  const locale = matchLocale(preferredLocale);
  if (locale) link.searchParams.set(linkLocaleParameter, locale);
}
