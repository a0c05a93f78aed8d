import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkLanguage } from "../../../src/domain/language-coach/check-language.ts";
import {
  bundledRulesFolder,
  type CoachLanguage,
  loadCoachRules,
} from "../../../src/domain/language-coach/coach-rules.ts";

/*
 * How well the coach reads what teachers, students and families write: sentences labelled by
 * hand (deficit-framed or not), read with the bundled word lists. Precision matters most: a
 * coach that nags about strength sentences stops being read.
 */

interface Labelled {
  text: string;
  deficit: boolean;
}

function labelledSet(language: CoachLanguage): Labelled[] {
  const file = path.join(bundledRulesFolder, `labelled-${language}.jsonl`);

  return fs
    .readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Labelled);
}

function measure(language: CoachLanguage) {
  const rules = loadCoachRules({ language });
  const counts = { truePositive: 0, falsePositive: 0, falseNegative: 0 };
  const misread: string[] = [];
  for (const sentence of labelledSet(language)) {
    const found = checkLanguage(sentence.text, rules).deficit;
    if (found && sentence.deficit) counts.truePositive += 1;
    if (found && !sentence.deficit) counts.falsePositive += 1;
    if (!found && sentence.deficit) counts.falseNegative += 1;
    if (found !== sentence.deficit)
      misread.push(`${sentence.deficit ? "missed" : "flagged"}: ${sentence.text}`);
  }
  const { truePositive, falsePositive, falseNegative } = counts;

  return {
    precision: truePositive / (truePositive + falsePositive),
    recall: truePositive / (truePositive + falseNegative),
    misread,
  };
}

describe.each([
  ["en", 150],
  ["es", 60],
] as const)("the coach on the labelled %s sentences", (language, atLeast) => {
  it("has enough sentences, about half of them deficit-framed", () => {
    const sentences = labelledSet(language);
    const deficit = sentences.filter((sentence) => sentence.deficit).length;

    expect(sentences.length).toBeGreaterThanOrEqual(atLeast);
    expect(deficit / sentences.length).toBeGreaterThan(0.4);
    expect(deficit / sentences.length).toBeLessThan(0.6);
  });

  it("finds deficit framing with precision and recall of at least 0.85", () => {
    const { precision, recall, misread } = measure(language);
    console.log(
      `language coach (${language}): precision ${precision.toFixed(3)}, ` +
        `recall ${recall.toFixed(3)}` +
        (misread.length ? `\n  ${misread.join("\n  ")}` : ""),
    );

    expect(precision).toBeGreaterThanOrEqual(0.85);
    expect(recall).toBeGreaterThanOrEqual(0.85);
  });
});
