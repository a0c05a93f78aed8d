import { type FontFace, fontFor } from "./fonts.ts";

/*
 * Which font draws each character. A character of a script goes to that script's font; spaces,
 * digits and punctuation stay in the font of the character before them when it has the glyph,
 * so a phrase is shaped as one run. Han characters are drawn in the Japanese or Korean font when
 * the paragraph has kana or hangul, so the glyph shapes match the language.
 */

export type Family = "latin" | "chinese" | "japanese" | "korean" | "arabic" | "hebrew";

const families: Family[] = ["latin", "chinese", "japanese", "korean", "arabic", "hebrew"];

const scriptFamilies: [RegExp, Family][] = [
  [/\p{Script=Arabic}/u, "arabic"],
  [/\p{Script=Hebrew}/u, "hebrew"],
  [/\p{Script=Hangul}/u, "korean"],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, "japanese"],
  [/[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]/u, "latin"],
];
const han = /\p{Script=Han}/u;
const mark = /\p{M}/u;

// Emoji: no embedded font draws them, so they are left out with the marks that join and
// modify them. Pictographs a font does have (©, ™, ★) stay.
const emoji = /[\p{Extended_Pictographic}\p{Regional_Indicator}]/u;
const emojiJoiner = /[\u200D\uFE00-\uFE0F\u20E3\p{Emoji_Modifier}\u{E0020}-\u{E007F}]/u;
// Bidi controls and other format characters steer layout but are never drawn.
const format = /\p{Cf}/u;

/** A font face for a family, regular or bold. */
export function faceOf(family: Family, bold: boolean): FontFace {
  return bold ? (`${family}Bold` as FontFace) : family;
}

export interface PreparedText {
  /** The text as it will be laid out: emoji removed, characters no font has replaced. */
  text: string;
  /** For each UTF-16 unit of text, the family drawing it; null for format characters. */
  families: (Family | null)[];
}

/** Picks a font family for every character, dropping what no font can draw visibly. */
export function chooseFaces(raw: string): PreparedText {
  const cjk = cjkFamilyOf(raw);
  let text = "";
  const chosen: (Family | null)[] = [];
  let previous: Family | null = null;

  for (const character of raw) {
    const codePoint = character.codePointAt(0) ?? 0;
    if (emojiJoiner.test(character)) continue;
    if (format.test(character)) {
      text += character;
      chosen.push(...unitsOf(character, null));
      continue;
    }

    const family = familyFor(character, previous, cjk);
    if (family) {
      text += character;
      chosen.push(...unitsOf(character, family));
      previous = family;
    } else if (!emoji.test(character) && !mark.test(character) && codePoint > 0x1f) {
      // Something we have no font for (Thai, Devanagari, ...): a visible stand-in, never a gap.
      text += "\uFFFD";
      chosen.push("latin");
      previous = "latin";
    }
  }

  return { text, families: chosen };
}

function unitsOf(character: string, family: Family | null) {
  return character.length === 2 ? [family, family] : [family];
}

function cjkFamilyOf(text: string): Family {
  if (/\p{Script=Hangul}/u.test(text)) return "korean";
  if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)) return "japanese";

  return "chinese";
}

function familyFor(character: string, previous: Family | null, cjk: Family): Family | null {
  const codePoint = character.codePointAt(0) ?? 0;
  const has = (family: Family) => fontFor(family).hasGlyphForCodePoint(codePoint);
  const own = han.test(character)
    ? cjk
    : scriptFamilies.find(([script]) => script.test(character))?.[1];
  const preferred = own ?? (previous && has(previous) ? previous : "latin");
  if (has(preferred)) return preferred;

  return families.find(has) ?? null;
}
