import { guessLanguage } from "../language-coach/guess-language.ts";

/*
 * The language people's words are written in, so pages can mark them (lang, "Written in ...").
 * A teacher whose pages are in English may write a family's words in Arabic, and a Spanish-
 * speaking parent may write in English: the text itself says more than the page it came from.
 * The script decides where it is plain; Latin text is told apart by Vietnamese letters and by
 * common English and Spanish words; past that, the writer's page language is the best guess.
 */

const scripts: [RegExp, string][] = [
  [/\p{Script=Arabic}/gu, "ar"],
  [/\p{Script=Hebrew}/gu, "he"],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/gu, "ja"],
  [/\p{Script=Hangul}/gu, "ko"],
  [/\p{Script=Han}/gu, "zh"],
  [/\p{Script=Cyrillic}/gu, "ru"],
  [/\p{Script=Greek}/gu, "el"],
  [/\p{Script=Latin}/gu, "latin"],
];

// Letters only Vietnamese uses among the languages of our families.
const vietnamese = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu;
const latinPageLocales = new Set(["en", "es", "vi"]);

/** A language tag for the text, or null when it cannot be told (too short, only numbers). */
export function writtenLanguage(text: string, pageLocale: string): string | null {
  const counts = scripts.map(([pattern, tag]) => ({
    tag,
    count: text.match(pattern)?.length ?? 0,
  }));
  const [top] = counts.filter((entry) => entry.count > 0).sort((a, b) => b.count - a.count);
  if (!top) return null;
  if (top.tag === "ja") return "ja";
  if (top.tag === "zh") {
    const kana = counts.find((entry) => entry.tag === "ja")?.count ?? 0;
    return kana > 0 ? "ja" : "zh";
  }
  if (top.tag !== "latin") return top.tag;

  if (vietnamese.test(text)) return "vi";
  const guessed = guessLanguage(text);
  if (guessed) return guessed;
  const page = new Intl.Locale(pageLocale).language;

  return latinPageLocales.has(page) ? page : null;
}
