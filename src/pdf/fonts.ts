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
  const font = create(readFileSync(path.resolve(path.dirname(entry), "..", "fonts", file)));
  loaded.set(face, font);

  return font;
}

/** The bold face of a family, for headings. */
export function boldOf(face: FontFace): FontFace {
  return face.endsWith("Bold") ? face : (`${face}Bold` as FontFace);
}
