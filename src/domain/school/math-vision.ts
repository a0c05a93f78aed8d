import { matchLocale } from "../../i18n/match-locale.ts";

export interface VisionTranslation {
  locale: string;
  body: string;
}

export interface MathVisionText {
  text: string;
  /** The translation's language; null when it is the school's own wording. */
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
    : { text: ownWording, locale: null };
}
