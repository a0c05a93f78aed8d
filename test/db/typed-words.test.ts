import { describe, expect, it } from "vitest";
import { findsWord, wordPattern, wordsOf } from "../../src/db/typed-words.ts";

/*
 * The rule a typed search follows for names and titles (typed-words.ts), as JavaScript runs it
 * for SQLite; the stores' tests run the same patterns through PostgreSQL too.
 */

const finds = (typed: string, text: string) => findsWord(wordPattern(typed), text);

describe("a typed word in a name or title", () => {
  it("finds a title whose word begins with it, not one that holds it inside a word", () => {
    expect(finds("alg", "Algebra 1 (Period 3)")).toBe(true);
    expect(finds("3", "Algebra 1 (Period 3)")).toBe(true);
    expect(finds("period", "Algebra 1 (Period 3)")).toBe(true);
    expect(finds("gebra", "Algebra 1 (Period 3)")).toBe(false);
    expect(finds("06", "Math 4 M04-106")).toBe(false);
    expect(finds("ana", "Mariana Flores")).toBe(false);
    expect(finds("ana", "Mariana Ana Flores")).toBe(true);
  });

  it("finds each part of a joined name, and a typed run of parts whatever mark joins them", () => {
    expect(finds("lopez", "García-Lopez")).toBe(true);
    expect(finds("brien", "O’Brien")).toBe(true);
    expect(finds("garcia-lo", "Garcia Lopez")).toBe(true);
    expect(finds("o'brien", "O’Brien")).toBe(true);
    expect(finds("garcia-lo", "Garcia Martinez Lopez")).toBe(false);
    expect(finds("honors", "Geometry [Honors]")).toBe(true);
    expect(finds("b", "Math 7/B")).toBe(true);
  });

  it("ignores letter case beyond A to Z, and how an accent is written", () => {
    expect(finds("đặng", "ĐẶNG Thu")).toBe(true);
    expect(finds("mcđặng", "McĐặng")).toBe(true);
    expect(finds("josé", "Jose\u0301 Ruiz")).toBe(true);
    expect(finds("jose\u0301", "José Ruiz")).toBe(true);
    expect(finds("álgebra", "ÁLGEBRA 2")).toBe(true);
    // An accent is a letter of its own: "jose" is not "José".
    expect(finds("jose", "José Ruiz")).toBe(false);
  });

  it("finds a word of a script without spaces anywhere in the text", () => {
    expect(finds("小明", "王小明")).toBe(true);
    expect(finds("年级", "数学四年级")).toBe(true);
    expect(finds("สม", "นายสมชาย")).toBe(true);
  });

  it("takes marks and signs typed as themselves, never as a pattern", () => {
    expect(finds("100%", "Geometry 100%")).toBe(true);
    expect(finds("1_", "Geometry 1_0")).toBe(true);
    expect(finds("a.b", "axb")).toBe(false);
    expect(finds("(x", "Math (x")).toBe(true);
    expect(finds("c++", "Intro to C++")).toBe(true);
    expect(finds("$5*", "Price $5*")).toBe(true);
    for (const odd of ["\\", "]", "{2}", "^$", "a|b", "?", "\\d", "\\p{L}", "*"]) {
      expect(() => finds(odd, "any title"), odd).not.toThrow();
      expect(finds(odd, `title ${odd}`), odd).toBe(true);
    }
    // Marks that set words apart are no word on their own: they find nothing, not everything.
    for (const marks of ["[", "((", "–", "'"]) expect(finds(marks, `title ${marks}`)).toBe(false);
  });

  it("reads typed words apart, leaving out what holds no letter or number", () => {
    expect(wordsOf("  Math   7\tB ", 8)).toEqual(["Math", "7", "B"]);
    expect(wordsOf("Algebra – Period", 8)).toEqual(["Algebra", "Period"]);
    expect(wordsOf("a b c d e f g h i j", 8)).toHaveLength(8);
    expect(wordsOf(" - / ", 8)).toEqual([]);
    expect(finds("–", "Algebra – Period 3")).toBe(false);
  });
});
