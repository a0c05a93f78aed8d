import { matchLocale } from "../../i18n/match-locale.ts";
import { writtenLanguage } from "../plans/written-language.ts";

export interface VisionTranslation {
  locale: string;
  body: string;
}

export interface MathVisionText {
  text: string;
  /**
   * The language the text is in, for pages to mark it: the translation's, or the one the school's
   * own wording's letters tell (null when they do not).
   */
  locale: string | null;
}

/**
 * The Math Vision a reader sees: the school's translation into the reader's language when there
 * is one, else the school's own wording. A vision is the school's promise to every family, so it
 * is never machine-translated: only what the school wrote is shown.
 */
export function visionFor(
  readerLocale: string | null | undefined,
  ownWording: string,
  translations: readonly VisionTranslation[],
): MathVisionText {
  const wanted = matchLocale(readerLocale);
  const translation = translations.find(
    (candidate) => candidate.locale === wanted && candidate.body.trim() !== "",
  );

  return translation
    ? { text: translation.body, locale: translation.locale }
    : { text: ownWording, locale: ownLanguage(ownWording) };
}

/**
 * The school's own wording carries no language of its own, and the reader's page language says
 * nothing of it ("und"): only its letters and common words tell.
 */
function ownLanguage(wording: string) {
  return writtenLanguage(wording, "und");
}
