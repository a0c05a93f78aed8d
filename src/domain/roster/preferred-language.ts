import { supportedLocales } from "../../i18n/translate.ts";

/*
 * Student information systems write a person's language in several ways: a BCP 47 tag ("es-MX"),
 * an ISO 639-2 code ("spa", as many state reporting formats do) or the language's name, in
 * English or in itself ("Spanish", "Español"). All of them become a canonical tag; the app then
 * speaks the nearest supported language and keeps the tag as the school wrote it.
 */

// ISO 639-2 codes whose BCP 47 form is a two-letter code, for the languages families in our
// schools most often read first. Others pass through as three-letter tags, which BCP 47 allows.
const threeLetterCodes: Record<string, string> = {
  eng: "en",
  spa: "es",
  vie: "vi",
  chi: "zh",
  zho: "zh",
  ara: "ar",
  fre: "fr",
  fra: "fr",
  por: "pt",
  rus: "ru",
  kor: "ko",
  jpn: "ja",
  hin: "hi",
  som: "so",
  tgl: "tl",
  ukr: "uk",
  urd: "ur",
  ben: "bn",
  per: "fa",
  fas: "fa",
  hat: "ht",
  pol: "pl",
  amh: "am",
  nep: "ne",
  swa: "sw",
};

let namesOfLanguages: Map<string, string> | undefined;

/** "spanish", "español", "tiếng việt", ... for each supported language, in each of them. */
function languageNames() {
  if (namesOfLanguages) return namesOfLanguages;
  namesOfLanguages = new Map();
  for (const reader of supportedLocales) {
    const names = new Intl.DisplayNames([reader], { type: "language" });
    for (const locale of supportedLocales) {
      const name = names.of(locale);
      if (name) namesOfLanguages.set(name.toLocaleLowerCase(reader), locale);
    }
  }
  return namesOfLanguages;
}

export type LanguageReading = { tag: string | null } | { problem: "notALanguage" };

/** The canonical language tag a roster's language column means, or a problem to report. */
export function readPreferredLanguage(value: string): LanguageReading {
  const written = value.trim();
  if (written === "") return { tag: null };

  const byName = languageNames().get(written.toLocaleLowerCase());
  if (byName) return { tag: byName };

  const lower = written.toLowerCase().replaceAll("_", "-");
  const [language = "", ...rest] = lower.split("-");
  const twoLetter = threeLetterCodes[language];
  const candidate = twoLetter ? [twoLetter, ...rest].join("-") : lower;
  try {
    const [tag] = Intl.getCanonicalLocales(candidate);
    return tag ? { tag } : { problem: "notALanguage" };
  } catch {
    return { problem: "notALanguage" };
  }
}
