import { IntlMessageFormat } from "intl-messageformat";
import { english, type MessageKey } from "./catalog.ts";

export type Locale = "en";
export const defaultLocale: Locale = "en";
export const supportedLocales: readonly Locale[] = ["en"];

const catalogs: Record<Locale, Record<string, string>> = { en: english };
const compiled = new Map<string, IntlMessageFormat>();

export type Translate = (key: MessageKey, values?: Record<string, unknown>) => string;

/** A translator bound to one locale; a key missing there falls back to English. */
export function translator(locale: string): Translate {
  const chosen = (supportedLocales as readonly string[]).includes(locale)
    ? (locale as Locale)
    : defaultLocale;

  return (key, values) => format(chosen, key, values);
}

function format(locale: Locale, key: MessageKey, values?: Record<string, unknown>): string {
  const source = catalogs[locale][key] ?? english[key];
  const cacheKey = `${locale}\u0000${key}`;
  let message = compiled.get(cacheKey);

  if (!message) {
    message = new IntlMessageFormat(source, locale);
    compiled.set(cacheKey, message);
  }

  return String(message.format(values as Record<string, string>));
}
