/*
 * fontkit ships no type declarations. These cover only what the PDF code uses: choosing a font
 * by the glyphs it has, laying text out to check that no glyph is missing, and giving each glyph
 * the text it stands for (fonts.ts).
 */
declare module "fontkit" {
  export interface Glyph {
    id: number;
    advanceWidth: number;
    codePoints: number[];
  }

  export interface GlyphRun {
    glyphs: Glyph[];
    advanceWidth: number;
  }

  export interface Font {
    postscriptName: string;
    unitsPerEm: number;
    /** Every code point the character map reaches. */
    characterSet: number[];
    hasGlyphForCodePoint(codePoint: number): boolean;
    glyphForCodePoint(codePoint: number): Glyph;
    /** The glyph, created with these code points the first time it is asked for. */
    getGlyph(id: number, codePoints?: number[]): Glyph;
    /** Features: tags to add to the default ones, or tags mapped to on and off. */
    layout(text: string, features?: string[] | Record<string, boolean>): GlyphRun;
  }

  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}
