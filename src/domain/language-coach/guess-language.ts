import type { CoachLanguage } from "./coach-rules.ts";
import { wordsOf } from "./phrase-pattern.ts";

/*
 * Which of the coach's languages a text is written in, from its most common small words. People
 * whose page is in another language still write in English or Spanish here.
 */

const commonWords: Record<CoachLanguage, Set<string>> = {
  en: new Set(
    "the an and is are was with to of in on at for she he her his they their it when".split(" "),
  ),
  es: new Set(
    "el la los las y es son con de del en para por que le les un una su sus muy cuando al".split(
      " ",
    ),
  ),
};

/** The language the text looks written in, or undefined when it is too short to tell. */
export function guessLanguage(text: string): CoachLanguage | undefined {
  const words = wordsOf(text).map((word) => word.text);
  const english = words.filter((word) => commonWords.en.has(word)).length;
  const spanish = words.filter((word) => commonWords.es.has(word)).length;
  if (english === spanish) return undefined;

  return spanish > english ? "es" : "en";
}

/** The list to read a text with: its own language, else the reader's, else English. */
export function coachLanguageFor(text: string, locale: string): CoachLanguage {
  const guessed = guessLanguage(text);
  if (guessed) return guessed;

  return locale === "es" ? "es" : "en";
}
