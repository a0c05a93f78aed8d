import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { checkLanguage } from "../../../src/domain/language-coach/check-language.ts";
import {
  CoachRulesError,
  coachRuleBook,
  loadCoachRules,
  schoolRulesFile,
} from "../../../src/domain/language-coach/coach-rules.ts";
import {
  coachLanguageFor,
  guessLanguage,
} from "../../../src/domain/language-coach/guess-language.ts";

const english = loadCoachRules({ language: "en" });
const spanish = loadCoachRules({ language: "es" });

const phrasesIn = (text: string, rules = english) =>
  checkLanguage(text, rules).findings.map((finding) => finding.phrase);

describe("the language coach reading English", () => {
  it("quotes the deficit phrase as the teacher wrote it and suggests a strength framing", () => {
    const reading = checkLanguage(
      "Maya STRUGGLES with fractions and can’t line up decimals.",
      english,
    );

    expect(reading.deficit).toBe(true);
    expect(reading.findings.map((finding) => finding.phrase)).toEqual(["STRUGGLES", "can’t"]);
    expect(reading.suggestions).toHaveLength(2);
    expect(reading.suggestions[0]).toContain("is building fluency with");
  });

  it("takes the words back when they are negated or a strength", () => {
    expect(phrasesIn("She no longer struggles with fractions.")).toEqual([]);
    expect(phrasesIn("He can't wait to share his strategy.")).toEqual([]);
    expect(phrasesIn("He doesn't give up on hard problems.")).toEqual([]);
    expect(phrasesIn("She helps classmates who struggle with place value.")).toEqual([]);
  });

  it("does not let a negation reach across a sentence", () => {
    expect(phrasesIn("Not today. He struggles with ratios.")).toEqual(["struggles"]);
  });

  it("reads low and behind in their other senses as what they are", () => {
    expect(phrasesIn("She writes fractions in lowest terms.")).toEqual([]);
    expect(phrasesIn("He explains the reasoning behind each step.")).toEqual([]);
    expect(phrasesIn("He is a low student and is behind in math.")).toEqual([
      "low student",
      "is behind",
    ]);
  });

  it("matches whole words only", () => {
    expect(phrasesIn("She is slowly becoming a confident problem solver.")).toEqual([]);
    expect(phrasesIn("The bad weather kept us inside; he is weak at division.")).toEqual(["weak"]);
  });

  it("names the child's label as one finding, not one per word", () => {
    expect(phrasesIn("He is a slow learner.")).toEqual(["slow learner"]);
  });
});

describe("the language coach reading Spanish", () => {
  it("finds deficit framing with or without accents", () => {
    expect(phrasesIn("A Lucía le cuesta la división.", spanish)).toEqual(["le cuesta"]);
    expect(phrasesIn("Esta atrasado y es malo para restar.", spanish)).toEqual([
      "atrasado",
      "es malo para",
    ]);
    expect(phrasesIn("Está ATRASADA en geometría.", spanish)).toEqual(["ATRASADA"]);
  });

  it("takes back what is negated or a strength", () => {
    expect(phrasesIn("Ya no le cuesta dividir.", spanish)).toEqual([]);
    expect(phrasesIn("Nunca se rinde.", spanish)).toEqual([]);
    expect(phrasesIn("No puede esperar a compartir.", spanish)).toEqual([]);
    expect(phrasesIn("No puede restar con préstamo.", spanish)).toEqual(["No puede"]);
  });
});

describe("which list reads a text", () => {
  it("guesses Spanish and English from their small words, and falls back to the reader", () => {
    expect(guessLanguage("Le cuesta mucho la división de fracciones")).toBe("es");
    expect(guessLanguage("She struggles with the division of fractions")).toBe("en");
    expect(coachLanguageFor("flojo", "es")).toBe("es");
    expect(coachLanguageFor("lazy", "vi")).toBe("en");
    expect(coachLanguageFor("Es muy flojo en la clase", "zh")).toBe("es");
  });
});

describe("a school's own word list", () => {
  const folders: string[] = [];
  afterEach(() => {
    for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
  });

  function schoolFolder(list: unknown) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "maps-coach-"));
    folders.push(dataDir);
    const file = schoolRulesFile(dataDir, "en");
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, typeof list === "string" ? list : JSON.stringify(list));

    return { dataDir, file };
  }

  it("adds the school's phrases to the bundled ones", () => {
    const { dataDir } = schoolFolder({
      language: "en",
      deficitPhrases: [{ phrases: ["tier three kid*"], suggestion: "Name the support instead." }],
    });
    const rules = loadCoachRules({ language: "en", dataDir });

    expect(
      phrasesIn("He is one of our tier 3 kids, a tier three kid who struggles.", rules),
    ).toEqual(["tier three kid", "struggles"]);
    expect(phrasesIn("a tier three kid", english)).toEqual([]);
  });

  it("refuses a malformed entry with the file and the entry named", () => {
    const { dataDir, file } = schoolFolder({
      language: "en",
      deficitPhrases: [
        { phrases: ["fine"], suggestion: "ok" },
        { phrases: ["lazy (very)"], suggestion: "Say what helps." },
      ],
    });

    expect(() => loadCoachRules({ language: "en", dataDir })).toThrow(CoachRulesError);
    expect(() => loadCoachRules({ language: "en", dataDir })).toThrow(
      `${file}: deficitPhrases[1].phrases[0]: "(very)" is not a word of a phrase`,
    );
  });

  it("refuses an entry without a suggestion, a file for the wrong language and broken JSON", () => {
    const missing = schoolFolder({ language: "en", deficitPhrases: [{ phrases: ["meh"] }] });
    expect(() => loadCoachRules({ language: "en", dataDir: missing.dataDir })).toThrow(
      `${missing.file}: deficitPhrases[0].suggestion:`,
    );

    const wrong = schoolFolder({ language: "es" });
    expect(() => loadCoachRules({ language: "en", dataDir: wrong.dataDir })).toThrow(
      `${wrong.file}: language: the file says "es" but is named for "en"`,
    );

    const broken = schoolFolder("{ not json");
    // The app reads every list when it starts, so a broken one stops it with this message.
    expect(() => coachRuleBook(broken.dataDir)).toThrow(`${broken.file}: not a readable JSON`);
    expect(() => loadCoachRules({ language: "en", dataDir: broken.dataDir })).toThrow(
      `${broken.file}: not a readable JSON file`,
    );
  });
});
