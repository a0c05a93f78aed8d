import { IntlMessageFormat } from "intl-messageformat";
import { catalog as arabic } from "./ar/index.ts";
import { english, type MessageKey } from "./catalog.ts";
import { catalog as spanish } from "./es/index.ts";
import type { Catalog } from "./messages.ts";
import { catalog as vietnamese } from "./vi/index.ts";
import { catalog as chinese } from "./zh/index.ts";

interface Language {
  catalog: Catalog;
  /** The language's name written in itself, as the language picker shows it. */
  name: string;
  /** The BCP 47 tag for `<html lang>`: Chinese says which script it is written in. */
  htmlLang: string;
  direction: "ltr" | "rtl";
}

const languages = {
  en: { catalog: english, name: "English", htmlLang: "en", direction: "ltr" },
  es: { catalog: spanish, name: "Español", htmlLang: "es", direction: "ltr" },
  vi: { catalog: vietnamese, name: "Tiếng Việt", htmlLang: "vi", direction: "ltr" },
  zh: { catalog: chinese, name: "中文（简体）", htmlLang: "zh-Hans", direction: "ltr" },
  ar: { catalog: arabic, name: "العربية", htmlLang: "ar", direction: "rtl" },
} satisfies Record<string, Language>;

export type Locale = keyof typeof languages;
export const defaultLocale: Locale = "en";
export const supportedLocales = Object.keys(languages) as readonly Locale[];

const compiled = new Map<string, IntlMessageFormat>();
/** Messages without values read the same every time: formatted once, not once per row. */
const plainTexts = new Map<string, string>();

export type Translate = (key: MessageKey, values?: Record<string, unknown>) => string;

export function isLocale(value: string | null | undefined): value is Locale {
  return typeof value === "string" && Object.hasOwn(languages, value);
}

/** A supported locale for this preference, or English. */
export function localeOr(value: string | null | undefined): Locale {
  return isLocale(value) ? value : defaultLocale;
}

export const catalogFor = (locale: Locale): Catalog => languages[locale].catalog;
export const languageName = (locale: Locale) => languages[locale].name;
export const htmlLang = (locale: string) => languages[localeOr(locale)].htmlLang;
export const textDirection = (locale: string) => languages[localeOr(locale)].direction;

/** A translator bound to one locale; a key missing there falls back to English. */
export function translator(locale: string): Translate {
  const chosen = localeOr(locale);

  return (key, values) => format(chosen, key, values);
}

function format(locale: Locale, key: MessageKey, values?: Record<string, unknown>): string {
  const source = languages[locale].catalog[key] ?? english[key];
  const cacheKey = `${locale}\u0000${key}`;
  if (values === undefined) {
    const plain = plainTexts.get(cacheKey);
    if (plain !== undefined) return plain;
  }
  let message = compiled.get(cacheKey);

  // intl-messageformat takes plural categories from Intl.PluralRules for the locale.
  if (!message) {
    message = new IntlMessageFormat(source, locale);
    compiled.set(cacheKey, message);
  }

  const text = String(message.format(values as Record<string, string>));
  if (values === undefined) plainTexts.set(cacheKey, text);

  return text;
}
