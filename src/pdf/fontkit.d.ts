/*
 * fontkit ships no type declarations. These cover only what the PDF code uses: choosing a font
 * by the glyphs it has, and laying text out to check that no glyph is missing.
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
    hasGlyphForCodePoint(codePoint: number): boolean;
    layout(text: string, features?: string[]): GlyphRun;
  }

  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}
