import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/*
 * The PDF as real readers see it: poppler's pdftotext, pdffonts and pdftoppm. Each call writes
 * the bytes to a temporary file first.
 */

const scratch = mkdtempSync(path.join(tmpdir(), "plan-pdf-"));
let written = 0;

function fileOf(bytes: Uint8Array): string {
  written += 1;
  const file = path.join(scratch, `plan-${written}.pdf`);
  writeFileSync(file, bytes);

  return file;
}

/** The text pdftotext reads, in reading (logical) order. */
export function pdfText(bytes: Uint8Array): string {
  return execFileSync("pdftotext", ["-enc", "UTF-8", fileOf(bytes), "-"], { encoding: "utf8" });
}

/** Its words with every run of white space folded to one space, as a search would read them. */
export function pdfWords(bytes: Uint8Array): string {
  return pdfText(bytes).replace(/\s+/g, " ");
}

/** How many pages the PDF has, from pdfinfo. */
export function pdfPageCount(bytes: Uint8Array): number {
  const info = execFileSync("pdfinfo", [fileOf(bytes)], { encoding: "utf8" });

  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? Number.NaN);
}

/** The document's title, from pdfinfo: what a reader's window shows. */
export function pdfTitle(bytes: Uint8Array): string {
  const info = execFileSync("pdfinfo", [fileOf(bytes)], { encoding: "utf8" });

  return /^Title:\s+(.*)$/m.exec(info)?.[1] ?? "";
}

export interface EmbeddedFont {
  name: string;
  embedded: boolean;
  subset: boolean;
  unicodeMap: boolean;
}

/** The fonts the PDF uses, from pdffonts. */
export function pdfFonts(bytes: Uint8Array): EmbeddedFont[] {
  const listing = execFileSync("pdffonts", [fileOf(bytes)], { encoding: "utf8" });

  return listing
    .split("\n")
    .slice(2)
    .filter((line) => line.trim() !== "")
    .map((line) => {
      const columns = line.trim().split(/\s+/);
      const [emb, sub, uni] = columns.slice(-5, -2);
      return {
        name: columns[0] ?? "",
        embedded: emb === "yes",
        subset: sub === "yes",
        unicodeMap: uni === "yes",
      };
    });
}

/** Renders page 1 to test-results/pdf/<name>.png (60 dpi) to look at, and returns its path. */
export function firstPagePng(bytes: Uint8Array, name: string): string {
  const folder = path.resolve("test-results/pdf");
  mkdirSync(folder, { recursive: true });
  const prefix = path.join(folder, name);
  execFileSync("pdftoppm", [
    "-png",
    "-r",
    "60",
    "-f",
    "1",
    "-l",
    "1",
    "-singlefile",
    fileOf(bytes),
    prefix,
  ]);

  return `${prefix}.png`;
}

/** Page 1 as 8-bit grey pixels (pdftoppm's PGM), to count ink in a part of the page. */
export function firstPageGrey(bytes: Uint8Array): {
  width: number;
  height: number;
  pixels: Buffer;
} {
  const pgm = execFileSync("pdftoppm", [
    "-gray",
    "-r",
    "40",
    "-f",
    "1",
    "-l",
    "1",
    "-singlefile",
    fileOf(bytes),
  ]);
  const header = pgm.subarray(0, 40).toString("latin1");
  const match = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(header);
  if (!match) throw new Error("pdftoppm gave no PGM image");

  const [whole, width, height] = match;
  return { width: Number(width), height: Number(height), pixels: pgm.subarray(whole.length) };
}

/**
 * Every glyph id drawn by a text-showing operator (uncompressed content only). Glyph 0 is
 * .notdef: a character the font does not have, drawn as an empty box or nothing.
 */
export function drawnGlyphIds(bytes: Uint8Array): number[] {
  const content = Buffer.from(bytes).toString("latin1");
  const ids: number[] = [];
  for (const [, array] of content.matchAll(/\[([^\]]*)\]\s*TJ/g)) {
    for (const [, hex] of (array ?? "").matchAll(/<([0-9a-fA-F]*)>/g)) {
      for (let at = 0; at < (hex ?? "").length; at += 4) {
        ids.push(Number.parseInt((hex ?? "").slice(at, at + 4), 16));
      }
    }
  }

  return ids;
}
