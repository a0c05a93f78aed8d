import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { compilePhrase, type PhrasePattern, phraseProblem } from "./phrase-pattern.ts";

/*
 * The coach's word lists live in JSON files, one per language, so that a school can add the
 * phrases its own staff use without a release: the bundled list in data/language-coach/, merged
 * with an optional file of the same name under the school's data folder (DATA_DIR).
 */

export const coachLanguages = ["en", "es"] as const;
export type CoachLanguage = (typeof coachLanguages)[number];

export const isCoachLanguage = (value: string): value is CoachLanguage =>
  (coachLanguages as readonly string[]).includes(value);

const phrase = z
  .string()
  .trim()
  .min(1, "a phrase cannot be empty")
  .superRefine((value, context) => {
    const problem = phraseProblem(value);
    if (problem) context.addIssue({ code: "custom", message: problem });
  });

const deficitEntry = z.strictObject({
  phrases: z.array(phrase).min(1, "list at least one phrase"),
  suggestion: z.string().trim().min(1, "say how it could be put in terms of strength"),
});

const ruleFile = z.strictObject({
  language: z.enum(coachLanguages),
  /** Words just before a phrase that take it back: "no longer struggles". */
  negations: z.array(phrase).default([]),
  /** Phrases around a match that make it a strength: "can't wait to", "peers who struggle". */
  strengthContexts: z.array(phrase).default([]),
  deficitPhrases: z.array(deficitEntry).default([]),
});

type RuleFile = z.infer<typeof ruleFile>;

export interface DeficitRule {
  patterns: PhrasePattern[];
  suggestion: string;
}

export interface CoachRules {
  language: CoachLanguage;
  negations: PhrasePattern[];
  strengthContexts: PhrasePattern[];
  deficitRules: DeficitRule[];
}

/** A word list that cannot be read: the message names the file and the entry. */
export class CoachRulesError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CoachRulesError";
  }
}

export const bundledRulesFolder = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../../data/language-coach",
);

/** The school's own additions sit at <DATA_DIR>/language-coach/<lang>.json. */
export const schoolRulesFile = (dataDir: string, language: CoachLanguage) =>
  path.join(dataDir, "language-coach", `${language}.json`);

/** Reads and checks one word list file; throws CoachRulesError naming the file and entry. */
export function readRuleFile(file: string, language: CoachLanguage): RuleFile {
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CoachRulesError(`${file}: not a readable JSON file (${reason})`);
  }

  const result = ruleFile.safeParse(parsed);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.length ? placeOf(issue.path) : "the file";
    throw new CoachRulesError(`${file}: ${where}: ${issue?.message ?? "not a word list"}`);
  }
  if (result.data.language !== language) {
    throw new CoachRulesError(
      `${file}: language: the file says "${result.data.language}" but is named for "${language}"`,
    );
  }

  return result.data;
}

/** Where in the file a problem is, as a person reads it: deficitPhrases[3].phrases[0]. */
const placeOf = (place: readonly PropertyKey[]) =>
  place
    .map((key) => (typeof key === "number" ? `[${key}]` : `.${String(key)}`))
    .join("")
    .replace(/^\./, "");

/** The bundled list of a language, plus the school's additions when it has any. */
export function loadCoachRules(options: {
  language: CoachLanguage;
  dataDir?: string | undefined;
  bundledFolder?: string;
}): CoachRules {
  const bundledFile = path.join(
    options.bundledFolder ?? bundledRulesFolder,
    `${options.language}.json`,
  );
  const files = [bundledFile];
  const schoolFile = options.dataDir ? schoolRulesFile(options.dataDir, options.language) : "";
  // With the default DATA_DIR ("data") the school's file is the bundled one: read it once.
  if (schoolFile && path.resolve(schoolFile) !== bundledFile && fs.existsSync(schoolFile)) {
    files.push(schoolFile);
  }

  return compileRules(
    options.language,
    files.map((file) => readRuleFile(file, options.language)),
  );
}

function compileRules(language: CoachLanguage, lists: RuleFile[]): CoachRules {
  return {
    language,
    negations: lists.flatMap((list) => list.negations.map(compilePhrase)),
    strengthContexts: lists.flatMap((list) => list.strengthContexts.map(compilePhrase)),
    deficitRules: lists.flatMap((list) =>
      list.deficitPhrases.map((entry) => ({
        patterns: entry.phrases.map(compilePhrase),
        suggestion: entry.suggestion,
      })),
    ),
  };
}

export type CoachRuleBook = Record<CoachLanguage, CoachRules>;

const ruleBooks = new Map<string, CoachRuleBook>();

/** Every language's rules for a data folder, read once per process and kept. */
export function coachRuleBook(dataDir?: string): CoachRuleBook {
  const key = dataDir ?? "";
  let book = ruleBooks.get(key);
  if (!book) {
    book = {
      en: loadCoachRules({ language: "en", dataDir }),
      es: loadCoachRules({ language: "es", dataDir }),
    };
    ruleBooks.set(key, book);
  }

  return book;
}
