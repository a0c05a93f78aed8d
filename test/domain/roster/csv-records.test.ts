import fs from "node:fs";
import path from "node:path";
import { CsvError, parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import {
  CsvRecordError,
  CsvRecords,
  longestRecord,
} from "../../../src/domain/roster/csv-records.ts";

/*
 * The import's CSV reading is held to csv-parse, which it replaced for speed: the same records
 * from the same text, and a refusal wherever csv-parse refused, whatever the chunks.
 */

const csvParseOptions = { bom: true, relax_column_count: true, max_record_size: longestRecord };

function reference(text: string): string[][] | "refused" {
  try {
    return parse(text, csvParseOptions) as string[][];
  } catch (error) {
    if (error instanceof CsvError) return "refused";
    throw error;
  }
}

function ours(text: string, chunkSize = 64 * 1024) {
  const reader = new CsvRecords();
  const records = [];
  try {
    for (let at = 0; at < text.length; at += chunkSize) {
      records.push(...reader.read(text.slice(at, at + chunkSize)));
    }
    records.push(...reader.end());
  } catch (error) {
    if (error instanceof CsvRecordError) return "refused";
    throw error;
  }

  return records.map((record) => record.values);
}

function csvFilesUnder(folder: string): string[] {
  if (!fs.existsSync(folder)) return [];

  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return csvFilesUnder(full);
    return entry.name.endsWith(".csv") ? [full] : [];
  });
}

/** A small generator with a seed, so a failing text can be made again. */
function randomTexts(seed: number, count: number) {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state;
  };
  const pieces = ['"', '"', ",", ",", "\n", "a", "b", " ", "é", '""', "x,y", '"q"'];

  return Array.from({ length: count }, () => {
    const length = next() % 40;
    let text = "";
    for (let at = 0; at < length; at += 1) text += pieces[next() % pieces.length];
    return text;
  });
}

describe("CSV records of a roster file", () => {
  const files = [
    ...csvFilesUnder(path.resolve(import.meta.dirname, "../../../../shared/data")),
    ...csvFilesUnder(path.resolve(import.meta.dirname, "../../fixtures")),
  ];

  it("reads every shared export and fixture as csv-parse does, in small and large chunks", () => {
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const text = fs.readFileSync(file, "utf8").replace(/\r\n?/g, "\n");
      const expected = reference(text);
      expect(ours(text), file).toEqual(expected);
      expect(ours(text, 7), file).toEqual(expected);
    }
  });

  it("agrees with csv-parse on thousands of texts made of quotes, commas and line breaks", () => {
    const texts = randomTexts(20261205, 6000);
    let refused = 0;
    for (const text of texts) {
      const expected = reference(text);
      if (expected === "refused") refused += 1;
      for (const chunkSize of [1, 2, 3, 5, 64]) {
        expect(ours(text, chunkSize), JSON.stringify({ text, chunkSize })).toEqual(expected);
      }
    }
    // Both outcomes are exercised, not only one of them.
    expect(refused).toBeGreaterThan(500);
    expect(refused).toBeLessThan(5500);
  });

  it("gives each record the line it starts on, past line breaks inside quoted values", () => {
    const reader = new CsvRecords();
    const records = [
      ...reader.read('\ufeffid,note\n1,"two\nlines"\n2,'),
      ...reader.read("plain\n\n3,last"),
      ...reader.end(),
    ];

    expect(records).toEqual([
      { values: ["id", "note"], line: 1 },
      { values: ["1", "two\nlines"], line: 2 },
      { values: ["2", "plain"], line: 4 },
      { values: [""], line: 5 },
      { values: ["3", "last"], line: 6 },
    ]);
  });

  it("says where reading stopped: the problem, the line and the value", () => {
    const stopped = (text: string) => {
      const reader = new CsvRecords();
      try {
        reader.read(text);
        reader.end();
      } catch (error) {
        if (!(error instanceof CsvRecordError)) throw error;
        return { problem: error.problem, line: error.line, column: error.column };
      }
      return undefined;
    };

    expect(stopped('a,b\n1,x"y\n')).toEqual({ problem: "strayQuote", line: 2, column: 1 });
    expect(stopped('a,b\n"1\n2",3\n4,"open\n')).toEqual({
      problem: "badQuotes",
      line: 4,
      column: 1,
    });
    expect(stopped('a,b\n1,"one line"x\n')).toEqual({
      problem: "textAfterQuote",
      line: 2,
      column: 1,
    });
    expect(stopped('a,b\n1,"two\nlines"x\n')).toEqual({
      problem: "badQuotes",
      line: 2,
      column: 1,
    });
    expect(stopped("a,b\n1,2\n")).toBeUndefined();
  });

  it("hands on the records before a failure first, and fails on the next call", () => {
    const reader = new CsvRecords();

    expect(reader.read('id,name\n1,Ana\n2,K"im\n3,Li\n')).toEqual([
      { values: ["id", "name"], line: 1 },
      { values: ["1", "Ana"], line: 2 },
    ]);
    expect(() => reader.end()).toThrow(CsvRecordError);
  });

  it("says a NUL was in the text of the records it hands on, also from a chunk before", () => {
    const reader = new CsvRecords();
    reader.read("id,name\n1,Ana\n2,K\u0000");
    expect(reader.sawNul).toBe(true);

    // Line 3 was held back unfinished with its NUL; the chunk that ends it has none.
    expect(reader.read("im\n3,Li\n")).toEqual([
      { values: ["2", "K\u0000im"], line: 3 },
      { values: ["3", "Li"], line: 4 },
    ]);
    expect(reader.sawNul).toBe(true);
    reader.read("4,Bo\n");
    expect(reader.sawNul).toBe(false);
  });

  it("names a quote never closed, where its value starts, once it has read a million", () => {
    const reader = new CsvRecords();
    reader.read("id,name,note\n1,Ana,x\n");
    const chunk = `2,Kim,"${"x".repeat(64 * 1024)}`;
    let thrown: unknown;
    try {
      for (let sent = 0; sent < 40; sent += 1) reader.read(sent === 0 ? chunk : chunk.slice(7));
    } catch (error) {
      thrown = error;
    }

    expect(thrown).toBeInstanceOf(CsvRecordError);
    expect((thrown as CsvRecordError).problem).toBe("badQuotes");
    expect((thrown as CsvRecordError).line).toBe(3);
    expect((thrown as CsvRecordError).column).toBe(2);
  });

  it("refuses a record longer than a million characters without holding the rest", () => {
    const reader = new CsvRecords();
    reader.read("id,note\n");
    const chunk = `1,${"x,".repeat(32 * 1024)}`;
    let thrown: unknown;
    try {
      for (let sent = 0; sent < 40; sent += 1) reader.read(sent === 0 ? chunk : chunk.slice(2));
    } catch (error) {
      thrown = error;
    }

    expect(thrown).toBeInstanceOf(CsvRecordError);
    expect((thrown as CsvRecordError).problem).toBe("rowTooLong");
    expect((thrown as CsvRecordError).line).toBe(2);
  });
});
