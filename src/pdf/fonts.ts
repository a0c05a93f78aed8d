import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { create, type Font } from "fontkit";

/*
 * The open Noto fonts the PDF embeds (subset to the glyphs used). Each face is parsed once per
 * process, on first use, and shared by every document: the CJK files are 4 to 8 MB each.
 */

export type FontFace =
  | "latin"
  | "latinBold"
  | "chinese"
  | "chineseBold"
  | "japanese"
  | "japaneseBold"
  | "korean"
  | "koreanBold"
  | "arabic"
  | "arabicBold"
  | "hebrew"
  | "hebrewBold";

const files: Record<FontFace, [packageName: string, file: string]> = {
  latin: ["@embedpdf/fonts-latin", "NotoSans-Regular.ttf"],
  latinBold: ["@embedpdf/fonts-latin", "NotoSans-Bold.ttf"],
  chinese: ["@embedpdf/fonts-sc", "NotoSansHans-Regular.otf"],
  chineseBold: ["@embedpdf/fonts-sc", "NotoSansHans-Bold.otf"],
  japanese: ["@embedpdf/fonts-jp", "NotoSansJP-Regular.otf"],
  japaneseBold: ["@embedpdf/fonts-jp", "NotoSansJP-Bold.otf"],
  korean: ["@embedpdf/fonts-kr", "NotoSansKR-Regular.otf"],
  koreanBold: ["@embedpdf/fonts-kr", "NotoSansKR-Bold.otf"],
  arabic: ["@embedpdf/fonts-arabic", "NotoNaskhArabic-Regular.ttf"],
  arabicBold: ["@embedpdf/fonts-arabic", "NotoNaskhArabic-Bold.ttf"],
  hebrew: ["@embedpdf/fonts-hebrew", "NotoSansHebrew-Regular.ttf"],
  hebrewBold: ["@embedpdf/fonts-hebrew", "NotoSansHebrew-Bold.ttf"],
};

export const fontFaces = Object.keys(files) as FontFace[];

const loaded = new Map<FontFace, Font>();
const require = createRequire(import.meta.url);

/** The parsed font for a face, read from its package the first time it is asked for. */
export function fontFor(face: FontFace): Font {
  const cached = loaded.get(face);
  if (cached) return cached;

  const [packageName, file] = files[face];
  // The packages export only their entry (dist/index.*); the fonts sit beside dist/.
  const entry = require.resolve(packageName);
  const bytes = readFileSync(path.resolve(path.dirname(entry), "..", "fonts", file));
  const font = create(bytes);
  giveGlyphsTheirText(font, bytes);
  loaded.set(face, font);

  return font;
}

/*
 * fontkit keeps one glyph object per glyph id for the life of the parsed font, holding the text
 * (code points) of whatever asked for that glyph first; pdfkit copies that text into each PDF's
 * text layer (its ToUnicode map) and the shaper reads it to join Arabic letters. Asked for first
 * as a part of a composite glyph, by the subsetter at the end of a document, a glyph got no text
 * (и inside й, ى inside final ي, ا inside أ), so later documents lost the letter from the text
 * layer, and an Arabic letter stopped joining; asked for first by a decomposition (ọ drawn as o
 * and a dot), o got the text ọ and the dot none. Since the font is shared by every document,
 * this depended on what the process drew before. So before anything else uses the font, every
 * glyph the character map reaches is created with the character it stands for: ọ then reads
 * back as o and a combining dot, the same text once normalized (NFC). It costs each process, on
 * a face's first use, up to 0.1 s and 4 MB of glyph objects for a Chinese, Japanese or Korean one.
 */
const presentationForm = /[\uFB00-\uFDFF\uFE70-\uFEFE]/u;
const control = /\p{C}/u;

function giveGlyphsTheirText(font: Font, bytes: Buffer) {
  // Asking a font for a glyph creates it, so the character map is read through a second parse.
  const lookup = create(bytes);
  const candidates = new Map<number, Set<string>>();
  for (const codePoint of lookup.characterSet) {
    const id = lookup.glyphForCodePoint(codePoint).id;
    const character = String.fromCodePoint(codePoint);
    // A presentation form (a shape of an Arabic letter, a ligature) is not how text is written:
    // the glyph stands for the letters it is a form of.
    const text = presentationForm.test(character) ? character.normalize("NFKC") : character;
    const texts = candidates.get(id) ?? new Set<string>();
    candidates.set(id, texts.add(text));
  }
  for (const [id, texts] of candidates) {
    const text = textOfGlyph([...texts]);
    if (text !== undefined) font.getGlyph(id, Array.from(text, codePointOf));
  }
}

/**
 * The text a glyph stands for when several characters share it: the one plain character among
 * them (a space rather than a no-break space or control characters, ى rather than its final
 * form). A glyph shared by two plain characters (a CJK radical and its ideograph, the en and
 * the figure dash) is left as fontkit makes it: no one choice reads right for both.
 */
function textOfGlyph(texts: string[]): string | undefined {
  if (texts.length === 1) return texts[0];
  const plain = texts.filter((text) => text.normalize("NFKC") === text && !control.test(text));

  return plain.length === 1 ? plain[0] : undefined;
}

const codePointOf = (character: string) => character.codePointAt(0) ?? 0;

/** The bold face of a family, for headings. */
export function boldOf(face: FontFace): FontFace {
  return face.endsWith("Bold") ? face : (`${face}Bold` as FontFace);
}
