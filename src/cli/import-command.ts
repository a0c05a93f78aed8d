import { randomUUID } from "node:crypto";
import path from "node:path";
import { parseArgs } from "node:util";
import type { Kysely } from "kysely";
import { systemClock } from "../clock.ts";
import { readConfig } from "../config.ts";
import { migrateToLatest, openDatabase } from "../db/connection.ts";
import { findDistrict, listDistricts } from "../db/roster-store.ts";
import type { Database } from "../db/schema.ts";
import { importRoster } from "../domain/roster/import-roster.ts";
import {
  countedKinds,
  type Problem,
  problemCount,
  type RosterReport,
} from "../domain/roster/roster-report.ts";
import { type Translate, translator } from "../i18n/translate.ts";

/**
 * `npx maps import <folder-or-zip>`: the same import as the upload page, from a terminal or a
 * scheduled job. Exits 0 when it imported, 1 when it imported nothing, 2 when asked wrongly.
 */
export async function run(args: string[]): Promise<number> {
  const t = translator("en");
  const parsed = readArguments(args, t);
  if ("problem" in parsed) {
    process.stderr.write(`${parsed.problem}\n\n${t("roster.cli.usage")}\n`);
    return 2;
  }
  if (parsed.help) {
    process.stdout.write(`${t("roster.cli.usage")}\n`);
    return 0;
  }

  const handle = openDatabase(readConfig());
  try {
    await migrateToLatest(handle);
    const district = await chooseDistrict(handle.db, parsed.district, t);
    if ("problem" in district) {
      process.stderr.write(`${district.problem}\n`);
      return 2;
    }

    // Stopped mid-import (Ctrl-C, a scheduler's stop), the command exits the usual way, so the
    // rows it keeps on disk for the writing are removed; nothing of the import is stored.
    const stop = (signal: NodeJS.Signals) => process.exit(signal === "SIGINT" ? 130 : 143);
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
    const report = await importRoster(handle.db, {
      districtId: district.id,
      createDistrict: district.create,
      source: path.resolve(parsed.source),
      skipInvalid: parsed.skipInvalid,
      actorId: null,
      clock: systemClock,
    }).finally(() => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
    });
    process.stdout.write(parsed.json ? jsonReport(report) : humanReport(report, parsed.source, t));

    return report.imported ? 0 : 1;
  } finally {
    await handle.close();
  }
}

interface Arguments {
  source: string;
  json: boolean;
  skipInvalid: boolean;
  district: string | undefined;
  help: boolean;
}

function readArguments(args: string[], t: Translate): Arguments | { problem: string } {
  let parsed: ReturnType<typeof parseCommandLine>;
  try {
    parsed = parseCommandLine(args);
  } catch (error) {
    return { problem: optionProblem(error, t) };
  }

  const { values, positionals } = parsed;
  const [source, ...extra] = positionals;
  if (values.help)
    return { source: "", json: false, skipInvalid: false, district: undefined, help: true };
  if (!source) return { problem: t("roster.cli.noPath") };
  if (extra.length > 0) return { problem: t("roster.cli.oneExport", { extra: extra.join(" ") }) };

  return {
    source,
    json: values.json ?? false,
    skipInvalid: values["skip-invalid"] ?? false,
    district: values.district,
    help: false,
  };
}

/** What is wrong with an option, as node:util's parseArgs found it. */
function optionProblem(error: unknown, t: Translate) {
  const message = error instanceof Error ? error.message : "";
  const option = (/'(--?[\w-]+)/.exec(message)?.[1] ?? "").trim();
  const known = ["--json", "--skip-invalid", "--district", "--help", "-h"].includes(option);
  if (known && /argument missing/i.test(message)) return t("roster.cli.needsValue", { option });
  if (known && /does not take an argument/i.test(message)) {
    return t("roster.cli.takesNoValue", { option });
  }

  return t("roster.cli.unknownOption", { option: /'([^']+)'/.exec(message)?.[1] ?? option });
}

/** The export an import command names, when its arguments read; for sizing its heap. */
export function exportNamed(args: string[]): string | undefined {
  try {
    const [source] = parseCommandLine(args).positionals;
    return source ? path.resolve(source) : undefined;
  } catch {
    return undefined;
  }
}

function parseCommandLine(args: string[]) {
  return parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      json: { type: "boolean" },
      "skip-invalid": { type: "boolean" },
      district: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
}

/**
 * Every row belongs to a district: the only one there is, the one named, or (on a fresh install)
 * a new one that the import names from the roster.
 */
async function chooseDistrict(db: Kysely<Database>, wanted: string | undefined, t: Translate) {
  if (wanted) {
    const district = await findDistrict(db, wanted);
    return district
      ? { id: district.id, create: false }
      : { problem: t("roster.cli.noSuchDistrict", { id: wanted }) };
  }

  const districts = await listDistricts(db);
  const [only] = districts;
  if (!only) return { id: randomUUID(), create: true };
  if (districts.length === 1) return { id: only.id, create: false };

  const list = districts.map((district) => `  ${district.id}  ${district.name}`).join("\n");
  return { problem: `${t("roster.cli.severalDistricts")}\n${list}` };
}

/**
 * One JSON object: the counts, then every warning and error with its place and its message in
 * English (the catalog keys the app keeps to say a stored report again stay out of it).
 */
export function jsonReport(report: RosterReport) {
  const listed = (problems: Problem[]) =>
    problems.map(({ file, line, column, message }) => ({ file, line, column, message }));
  // Whether it was stored is said first: a refused import's counts are all zero.
  const printed = {
    imported: report.imported,
    canImportValidRows: report.canImportValidRows,
    ...report.counts,
    warnings: listed(report.warnings),
    errors: listed(report.errors),
  };

  return `${JSON.stringify(printed)}\n`;
}

function humanReport(report: RosterReport, source: string, t: Translate) {
  const lines: string[] = [];
  const counts = report.counts;

  if (report.imported) {
    lines.push(t("roster.cli.imported", { source }));
    for (const { kind, count } of countedKinds(counts)) {
      lines.push(`  ${t(`roster.count.${kind}`, { count })}`);
    }
  } else {
    lines.push(t("roster.cli.refused", { source }));
  }
  if (report.warnings.length > 0) {
    lines.push("", t("roster.cli.warnings", { count: problemCount(report, "warnings") }));
    lines.push(...report.warnings.map((problem) => `  ${place(problem, t)}: ${problem.message}`));
  }
  if (report.errors.length > 0) {
    lines.push("", t("roster.cli.errors", { count: problemCount(report, "errors") }));
    lines.push(...report.errors.map((problem) => `  ${place(problem, t)}: ${problem.message}`));
  }
  if (report.canImportValidRows) lines.push("", t("roster.cli.skipHint"));

  return `${lines.join("\n")}\n`;
}

function place(problem: Problem, t: Translate) {
  if (problem.line === null)
    return problem.column ? `${problem.file}, ${problem.column}` : problem.file;

  return problem.column
    ? t("roster.cli.atColumn", { file: problem.file, line: problem.line, column: problem.column })
    : t("roster.cli.at", { file: problem.file, line: problem.line });
}
