import {
  defaultLocale,
  languageName,
  supportedLocales,
  type Translate,
} from "../../i18n/translate.ts";
import { languageNameInSentence } from "../../lib/intl-formats.ts";

/**
 * The languages staff can choose for a family member's emails or a printed card: each in its own
 * name, as a reader of it looks for it, after "not known", which leaves the school's default.
 */
export function languageChoices(t: Translate, locale: string) {
  const schoolDefault = languageNameInSentence(locale, defaultLocale);

  return [
    { value: "", label: t("share.languages.unknown", { language: schoolDefault }) },
    ...supportedLocales.map((language) => ({ value: language, label: languageName(language) })),
  ];
}
