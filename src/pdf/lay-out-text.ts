import { bidi } from "./bidi.ts";
import { chooseFaces, type Family, faceOf, type PreparedText } from "./choose-faces.ts";
import { type FontFace, fontFor } from "./fonts.ts";

/*
 * Line breaking and right-to-left ordering, done here rather than by pdfkit: pdfkit wraps one
 * font at a time and knows nothing of bidi. Lines are broken in logical order, then each line is
 * reordered for display (Unicode bidi algorithm, bidi-js) and cut into runs of one font each.
 */

export interface TextStyle {
  size: number;
  bold: boolean;
  /** The direction of text with no strong direction of its own (the document's language). */
  direction: "ltr" | "rtl";
}

export interface GlyphRunToDraw {
  face: FontFace;
  text: string;
  width: number;
  /**
   * Text in logical order that the font's shaper reverses itself (Arabic, Hebrew). pdfkit must
   * lay it out in one piece: its word-by-word cache would put the words back in reading order.
   */
  shapedRightToLeft: boolean;
  /** Shaped with `wholeLetters`: the text of the glyphs is the text only that way. */
  wholeLetters: boolean;
}

/**
 * Shaping without the font's ccmp step. Noto Sans's ccmp splits ọ, ị, ẹ, ụ, ṣ, ṃ, ṅ, ḿ and ǹ
 * into the plain letter and a separate dot or accent. A PDF gives each glyph one text, so the
 * pair reads back as o and a combining dot, and pdftotext cuts the dot of ị, or a tone mark on
 * ẹ̀, off into a word of its own ("Thi ̣"): a search for the name fails. The font's precomposed
 * glyph reads back as the letter. Only a run whose glyphs would not read back otherwise is
 * shaped so, and never one where i or j carries an accent, which ccmp draws without its dot.
 */
export const wholeLetters = { ccmp: false };

export interface LaidLine {
  runs: GlyphRunToDraw[];
  width: number;
  direction: "ltr" | "rtl";
}

interface Shape {
  /** The advance in ems. */
  units: number;
  /** Whether the text of the glyphs, in order, is the text: what a PDF's text layer gives. */
  readsBack: boolean;
}

const shapes = new Map<string, Shape>();

function shapeOf(face: FontFace, text: string, whole: boolean): Shape {
  const key = `${face}${whole ? "\u0001" : "\u0000"}${text}`;
  let shape = shapes.get(key);
  if (shape === undefined) {
    const font = fontFor(face);
    const run = font.layout(text, whole ? wholeLetters : undefined);
    const glyphText = run.glyphs.map((glyph) => String.fromCodePoint(...glyph.codePoints));
    shape = { units: run.advanceWidth / font.unitsPerEm, readsBack: glyphText.join("") === text };
    if (shapes.size > 20_000) shapes.clear();
    shapes.set(key, shape);
  }

  return shape;
}

/** How wide a piece of text is in a face, in points at this size. */
export function widthOf(face: FontFace, text: string, size: number, whole = false): number {
  return shapeOf(face, text, whole).units * size;
}

/** Breaks text into lines no wider than maxWidth, keeping the writer's own line breaks. */
export function layOutText(raw: string, maxWidth: number, style: TextStyle): LaidLine[] {
  // Composed (NFC): a name stored as letters and separate accents (Й as И and a breve) is drawn
  // with the font's accented letters, which come back whole out of the PDF's text layer.
  return raw
    .normalize("NFC")
    .replace(/\t/g, " ")
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .flatMap((paragraph) => layOutParagraph(paragraph, maxWidth, style));
}

interface Paragraph extends PreparedText {
  levels: ReturnType<typeof bidi.getEmbeddingLevels>;
  direction: "ltr" | "rtl";
  style: TextStyle;
}

function layOutParagraph(raw: string, maxWidth: number, style: TextStyle): LaidLine[] {
  const prepared = chooseFaces(raw);
  const direction = baseDirection(prepared.text, style.direction);
  const levels = bidi.getEmbeddingLevels(prepared.text, direction);
  const paragraph: Paragraph = { ...prepared, levels, direction, style };
  const lines = breakLines(paragraph, maxWidth);
  if (lines.length === 0) return [{ runs: [], width: 0, direction }];

  return lines.map(([start, end]) => visualLine(paragraph, start, end));
}

/**
 * The first strong character decides, as `dir="auto"` does in HTML. Characters inside an isolate
 * (a name or someone's words put into a sentence) do not count (rule P2 of the bidi algorithm):
 * "{action}: {progress}" in an Arabic plan is an Arabic line whatever language the action is in.
 */
function baseDirection(text: string, fallback: "ltr" | "rtl"): "ltr" | "rtl" {
  let isolates = 0;
  for (const character of text) {
    const type = bidi.getBidiCharTypeName(character);
    if (type === "LRI" || type === "RLI" || type === "FSI") isolates += 1;
    else if (type === "PDI") isolates = Math.max(0, isolates - 1);
    else if (isolates > 0) continue;
    else if (type === "L") return "ltr";
    else if (type === "R" || type === "AL") return "rtl";
  }

  return fallback;
}

const words = new Intl.Segmenter(undefined, { granularity: "word" });
const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });
const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const punctuation = /^[\p{P}\p{S}]+$/u;

interface Piece {
  start: number;
  end: number;
  space: boolean;
}

/**
 * Pieces that may not be split: words, single ideographs, runs of spaces. A line may break after
 * a space or between ideographs, never before punctuation.
 */
function piecesOf(paragraph: Paragraph): Piece[] {
  const pieces: Piece[] = [];
  let previous = "";
  for (const { segment, index } of words.segment(paragraph.text)) {
    const space = /^\s+$/u.test(segment);
    const last = pieces.at(-1);
    const breakable =
      space ||
      last?.space ||
      (!punctuation.test(segment) &&
        (cjk.test(segment[0] ?? "") || cjk.test(previous.at(-1) ?? "")));
    if (last && !breakable) last.end = index + segment.length;
    else pieces.push({ start: index, end: index + segment.length, space });
    previous = segment;
  }

  return pieces;
}

function breakLines(paragraph: Paragraph, maxWidth: number): [number, number][] {
  const lines: [number, number][] = [];
  let lineStart = -1;
  let lineEnd = -1;
  let width = 0;
  let pendingSpace = 0;

  for (const piece of piecesOf(paragraph)) {
    const pieceWidth = measure(paragraph, piece.start, piece.end);
    if (piece.space) {
      if (lineStart >= 0) pendingSpace += pieceWidth;
      continue;
    }
    if (lineStart >= 0 && width + pendingSpace + pieceWidth <= maxWidth) {
      width += pendingSpace + pieceWidth;
      lineEnd = piece.end;
      pendingSpace = 0;
      continue;
    }
    if (lineStart >= 0) lines.push([lineStart, lineEnd]);
    const chunks =
      pieceWidth <= maxWidth ? [[piece.start, piece.end]] : split(paragraph, piece, maxWidth);
    for (const [start, end] of chunks.slice(0, -1)) lines.push([start ?? 0, end ?? 0]);
    const [start = 0, end = 0] = chunks.at(-1) ?? [];
    [lineStart, lineEnd, pendingSpace] = [start, end, 0];
    width = measure(paragraph, start, end);
  }
  if (lineStart >= 0) lines.push([lineStart, lineEnd]);

  return lines;
}

/** A word wider than the line (a long link, a long name) is cut between characters. */
function split(paragraph: Paragraph, piece: Piece, maxWidth: number): number[][] {
  const word = paragraph.text.slice(piece.start, piece.end);
  const chunks: number[][] = [];
  let start = piece.start;
  for (const { index, segment } of graphemes.segment(word)) {
    const end = piece.start + index + segment.length;
    if (end > start + segment.length && measure(paragraph, start, end) > maxWidth) {
      chunks.push([start, piece.start + index]);
      start = piece.start + index;
    }
  }
  chunks.push([start, piece.end]);

  return chunks;
}

/** The width of a range in logical order: one measurement per run of one font. */
function measure(paragraph: Paragraph, start: number, end: number): number {
  let total = 0;
  let runStart = start;
  for (let index = start; index <= end; index++) {
    const family = paragraph.families[runStart] ?? null;
    if (index < end && paragraph.families[index] === family) continue;
    if (family && index > runStart) {
      const text = paragraph.text.slice(runStart, index);
      total += widthOf(faceOf(family, paragraph.style.bold), text, paragraph.style.size);
    }
    runStart = index;
  }

  return total;
}

/** A line reordered for display and cut into runs that share a font and a direction. */
function visualLine(paragraph: Paragraph, start: number, end: number): LaidLine {
  const { text, levels, families } = paragraph;
  const order = displayOrder(levels.levels, start, end);
  const mirrored = bidi.getMirroredCharactersMap(text, levels.levels, start, end - 1);
  const runs: GlyphRunToDraw[] = [];
  let group: number[] = [];

  const flush = () => {
    const run = runOf(paragraph, group, mirrored);
    if (run) runs.push(run);
    group = [];
  };
  for (const index of order) {
    if (families[index] === null) continue;
    const last = group.at(-1);
    const rtl = (levels.levels[index] ?? 0) % 2 === 1;
    const step = rtl ? -1 : 1;
    const joins =
      last !== undefined &&
      families[last] === families[index] &&
      (levels.levels[last] ?? 0) % 2 === (rtl ? 1 : 0) &&
      nextVisible(families, last, step) === index;
    if (!joins) flush();
    group.push(index);
  }
  flush();

  return {
    runs,
    width: runs.reduce((sum, run) => sum + run.width, 0),
    direction: paragraph.direction,
  };
}

/**
 * Rule L2 of the bidi algorithm for one line: from the highest level down to the lowest odd
 * one, every stretch at that level or above is reversed.
 */
function displayOrder(levels: Uint8Array, start: number, end: number): number[] {
  const order = Array.from({ length: end - start }, (_, offset) => start + offset);
  const levelAt = (position: number) => levels[order[position] ?? 0] ?? 0;
  const lineLevels = order.map((index) => levels[index] ?? 0);
  const highest = Math.max(0, ...lineLevels);
  const lowestOdd = Math.min(...lineLevels) | 1;

  for (let level = highest; level >= lowestOdd; level--) {
    let position = 0;
    while (position < order.length) {
      if (levelAt(position) < level) {
        position++;
        continue;
      }
      let stretchEnd = position;
      while (stretchEnd < order.length && levelAt(stretchEnd) >= level) stretchEnd++;
      order.splice(position, stretchEnd - position, ...order.slice(position, stretchEnd).reverse());
      position = stretchEnd;
    }
  }

  return order;
}

/** The next index in reading direction that is drawn (format characters are skipped). */
function nextVisible(families: (Family | null)[], from: number, step: number) {
  let index = from + step;
  while (families[index] === null) index += step;

  return index;
}

const strongRightToLeft = /[\p{Script=Arabic}\p{Script=Hebrew}]/u;

function runOf(paragraph: Paragraph, group: number[], mirrored: Map<number, string>) {
  const first = group[0];
  const last = group.at(-1);
  if (first === undefined || last === undefined) return null;
  const family = paragraph.families[first] ?? "latin";
  const face = faceOf(family, paragraph.style.bold);
  const rtl = (paragraph.levels.levels[first] ?? 0) % 2 === 1;
  const logical = Array.from(group)
    .sort((a, b) => a - b)
    .map((index) => mirrored.get(index) ?? paragraph.text[index] ?? "")
    .join("");

  // The shaper reverses any run in the Arabic or Hebrew script itself; a right-to-left run of
  // only spaces, digits or punctuation it leaves alone, so that one is put in display order
  // here. Arabic-Indic digits (١٢٣) sit at a left-to-right level yet are Arabic script: the
  // shaper would reverse them too, so they are handed over reversed to come out in order.
  const arabicScript = strongRightToLeft.test(logical);
  const shapedRightToLeft = arabicScript;
  const reversedHere = rtl ? !arabicScript : arabicScript;
  const drawn = reversedHere ? Array.from(logical).reverse().join("") : logical;
  if (drawn.length === 0) return null;
  const whole =
    !shapedRightToLeft &&
    !softDottedUnderAccent.test(drawn) &&
    !shapeOf(face, drawn, false).readsBack &&
    shapeOf(face, drawn, true).readsBack;

  return {
    face,
    text: drawn,
    width: widthOf(face, drawn, paragraph.style.size, whole),
    shapedRightToLeft,
    wholeLetters: whole,
  };
}

const softDottedUnderAccent = /\p{Soft_Dotted}\p{M}/u;
