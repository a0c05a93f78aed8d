/*
 * Intl formatters, made once per locale and options. Building one loads locale data from ICU
 * and costs far more than formatting with it; pages format a date or a name per row.
 */

const mostKept = 500;
const made = new Map<string, unknown>();

function kept<T>(key: string, make: () => T): T {
  const found = made.get(key);
  if (found !== undefined) return found as T;

  // Locales and time zones come from a short list, so the bound is only a guard.
  const fresh = make();
  if (made.size >= mostKept) made.clear();
  made.set(key, fresh);

  return fresh;
}

/** An Intl.DateTimeFormat for the locale and options, shared between calls. */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions) {
  const key = `date\u0000${locale}\u0000${JSON.stringify(options)}`;

  return kept(key, () => new Intl.DateTimeFormat(locale, options));
}

/** An Intl.NumberFormat for the locale and options, shared between calls. */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions) {
  const key = `number\u0000${locale}\u0000${JSON.stringify(options)}`;

  return kept(key, () => new Intl.NumberFormat(locale, options));
}

/** The names of languages written in the locale's language, shared between calls. */
export function languageNames(locale: string) {
  return kept(
    `languages\u0000${locale}`,
    () => new Intl.DisplayNames([locale], { type: "language" }),
  );
}

/**
 * A language's name to stand inside a sentence ("Written in English"). Intl names languages as
 * a heading or a list would; Vietnamese writes the word for language in lower case mid-sentence
 * ("viết bằng tiếng Anh"), the language's own name keeping its capitals.
 */
export function languageNameInSentence(locale: string, language: string) {
  const name = languageNames(locale).of(language) ?? language;
  if (new Intl.Locale(locale).language !== "vi") return name;

  return name.replace(/^Tiếng /u, "tiếng ");
}
