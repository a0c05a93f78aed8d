import { parseArgs } from "node:util";
import { readConfig } from "../config.ts";
import { checkLanguage } from "../domain/language-coach/check-language.ts";
import {
  type CoachLanguage,
  type CoachRules,
  CoachRulesError,
  isCoachLanguage,
  loadCoachRules,
} from "../domain/language-coach/coach-rules.ts";
import { type Translate, translator } from "../i18n/translate.ts";

/**
 * `npx maps check-language --lang en|es [--json]`: reads one statement per line on stdin and
 * says which read as deficit-framed. Exits 0 when it read them, 1 when the word lists are
 * broken, 2 when asked wrongly.
 */
export async function run(args: string[]): Promise<number> {
  const t = translator("en");
  const parsed = readArguments(args, t);
  if ("problem" in parsed) {
    process.stderr.write(`${parsed.problem}\n\n${t("languageCoach.cli.usage")}\n`);
    return 2;
  }
  if (parsed.help) {
    process.stdout.write(`${t("languageCoach.cli.usage")}\n`);
    return 0;
  }

  let rules: CoachRules;
  try {
    rules = loadCoachRules({ language: parsed.language, dataDir: readConfig().dataDir });
  } catch (error) {
    if (!(error instanceof CoachRulesError)) throw error;
    process.stderr.write(`${t("languageCoach.cli.rules", { problem: error.message })}\n`);
    return 1;
  }

  const statements = (await readStdin()).split(/\r?\n/);
  statements.forEach((text, index) => {
    if (!text.trim()) return;
    const report = { line: index + 1, ...readingOf(text, rules) };
    process.stdout.write(parsed.json ? `${JSON.stringify(report)}\n` : humanLine(report, t));
  });

  return 0;
}

interface LineReport {
  line: number;
  deficit: boolean;
  phrases: string[];
  suggestions: string[];
}

function readingOf(text: string, rules: CoachRules) {
  const reading = checkLanguage(text, rules);

  return {
    deficit: reading.deficit,
    phrases: reading.findings.map((finding) => finding.phrase),
    suggestions: reading.suggestions,
  };
}

function humanLine(report: LineReport, t: Translate) {
  if (!report.deficit) return `${t("languageCoach.cli.strength", { line: report.line })}\n`;
  const phrases = report.phrases.map((phrase) => `“${phrase}”`).join(", ");
  const lines = [
    t("languageCoach.cli.deficit", { line: report.line, phrases }),
    ...report.suggestions.map((suggestion) => t("languageCoach.cli.suggestion", { suggestion })),
  ];

  return `${lines.join("\n")}\n`;
}

interface Arguments {
  language: CoachLanguage;
  json: boolean;
  help: boolean;
}

function readArguments(args: string[], t: Translate): Arguments | { problem: string } {
  let values: ReturnType<typeof parseCommandLine>["values"];
  try {
    values = parseCommandLine(args).values;
  } catch (error) {
    const option = /'([^']+)'/.exec(error instanceof Error ? error.message : "")?.[1] ?? "";
    return { problem: t("languageCoach.cli.unknownOption", { option }) };
  }

  if (values.help) return { language: "en", json: false, help: true };
  if (values.lang === undefined) return { problem: t("languageCoach.cli.noLanguage") };
  if (!isCoachLanguage(values.lang)) {
    return { problem: t("languageCoach.cli.badLanguage", { lang: values.lang }) };
  }

  return { language: values.lang, json: values.json ?? false, help: false };
}

function parseCommandLine(args: string[]) {
  return parseArgs({
    args,
    strict: true,
    options: {
      lang: { type: "string" },
      json: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk));

  return Buffer.concat(chunks).toString("utf8");
}
