import path from "node:path";
import { parseArgs } from "node:util";
import type { Kysely } from "kysely";
import { systemClock } from "../clock.ts";
import { readConfig } from "../config.ts";
import { type DatabaseHandle, migrateToLatest, openDatabase } from "../db/connection.ts";
import { listTables } from "../db/records-store.ts";
import { findDistrict, listDistricts } from "../db/roster-store.ts";
import type { Database } from "../db/schema.ts";
import { importRoster } from "../domain/roster/import-roster.ts";
import {
  countedKinds,
  type Problem,
  problemCount,
  type RosterReport,
} from "../domain/roster/roster-report.ts";
import { partOfDistrict } from "../domain/roster/say-unlisted.ts";
import { type Translate, translator } from "../i18n/translate.ts";
import { asksForJson, type ImportRefusal, printRefusal } from "./import-refusal.ts";

/**
 * `npx maps import <folder-or-zip>`: the same import as the upload page, from a terminal or a
 * scheduled job. Exits 0 when it imported, 1 when it imported nothing, 2 when asked wrongly or
 * with no district to import into (before the school is set up).
 */
export async function run(args: string[]): Promise<number> {
  const t = translator("en");
  const json = asksForJson(args);
  const parsed = readArguments(args, t);
  if ("problem" in parsed) {
    const usage = `\n${t("roster.cli.usage")}`;
    printRefusal({ problem: "usage", message: parsed.problem, more: usage }, { json });
    return 2;
  }
  if (parsed.help) {
    process.stdout.write(`${t("roster.cli.usage")}\n\n${t("roster.cli.beforeFirstImport")}\n`);
    return 0;
  }

  try {
    return await importInto(openDatabase(readConfig()), parsed, t);
  } catch (error) {
    // A fault (the database unreachable, a bug): a script still gets JSON, the trace goes to
    // stderr; a person gets Node's usual report of the error.
    if (!json) throw error;
    const message = error instanceof Error ? error.message : String(error);
    printRefusal({ problem: "failed", message }, { json });
    process.stderr.write(`${error instanceof Error ? error.stack : message}\n`);
    return 1;
  }
}

async function importInto(handle: DatabaseHandle, parsed: Arguments, t: Translate) {
  const { json } = parsed;
  try {
    const district = await districtToImportInto(handle, parsed.district, t);
    if ("problem" in district) {
      printRefusal(district, { json });
      return 2;
    }

    // Stopped mid-import (Ctrl-C, a scheduler's stop), the command exits the usual way, so the
    // rows it keeps on disk for the writing are removed; nothing of the import is stored.
    const stop = (signal: NodeJS.Signals) => {
      printRefusal({ problem: "stopped", message: t("roster.cli.stopped", { signal }) }, { json });
      process.exit(signal === "SIGINT" ? 130 : 143);
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
    const report = await importRoster(handle.db, {
      districtId: district.id,
      source: path.resolve(parsed.source),
      skipInvalid: parsed.skipInvalid,
      allowDeactivate: parsed.allowDeactivate,
      actorId: null,
      clock: systemClock,
    }).finally(() => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
    });
    process.stdout.write(json ? jsonReport(report) : humanReport(report, parsed.source, t));

    return report.imported ? 0 : 1;
  } finally {
    await handle.close();
  }
}

interface Arguments {
  source: string;
  json: boolean;
  skipInvalid: boolean;
  allowDeactivate: boolean;
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
  if (values.help) {
    const none = { json: false, skipInvalid: false, allowDeactivate: false };
    return { source: "", ...none, district: undefined, help: true };
  }
  if (!source) return { problem: t("roster.cli.noPath") };
  if (extra.length > 0) return { problem: t("roster.cli.oneExport", { extra: extra.join(" ") }) };

  return {
    source,
    json: values.json ?? false,
    skipInvalid: values["skip-invalid"] ?? false,
    allowDeactivate: values["allow-deactivate"] ?? false,
    district: values.district,
    help: false,
  };
}

/** What is wrong with an option, as node:util's parseArgs found it. */
function optionProblem(error: unknown, t: Translate) {
  const message = error instanceof Error ? error.message : "";
  const option = (/'(--?[\w-]+)/.exec(message)?.[1] ?? "").trim();
  const known = [
    "--json",
    "--skip-invalid",
    "--allow-deactivate",
    "--district",
    "--help",
    "-h",
  ].includes(option);
  // "--district --json": parseArgs calls the missing value ambiguous, as it starts with a dash.
  if (known && /argument missing|argument is ambiguous/i.test(message)) {
    return t("roster.cli.needsValue", { option });
  }
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
      "allow-deactivate": { type: "boolean" },
      district: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
}

/**
 * Every row belongs to a district: the only one there is, or the one named. The command never
 * makes one: a district made by an import would have no administrator, and once a district
 * exists the first-run setup that makes one is gone, so nobody could sign in.
 */
async function districtToImportInto(
  handle: DatabaseHandle,
  wanted: string | undefined,
  t: Translate,
): Promise<{ id: string } | ImportRefusal> {
  const setUpFirst = { problem: "setUpFirst", message: t("roster.cli.setUpFirst") } as const;
  // A database the app never opened is left as it is, without even the schema: a backup can
  // still be restored into it (a restore wants an empty database).
  if (!(await listTables(handle.db, handle.dialect)).includes("districts")) return setUpFirst;
  await migrateToLatest(handle);

  const districts = await listDistricts(handle.db);
  if (districts.length === 0) return setUpFirst;
  if (wanted) return pickDistrict(handle.db, wanted, t);
  const [only] = districts;
  if (only && districts.length === 1) return { id: only.id };

  const list = districts.map((district) => `  ${district.id}  ${district.name}`).join("\n");
  return {
    problem: "severalDistricts",
    message: t("roster.cli.severalDistricts"),
    more: list,
    districts: districts.map(({ id, name }) => ({ id, name })),
  };
}

async function pickDistrict(db: Kysely<Database>, wanted: string, t: Translate) {
  const district = await findDistrict(db, wanted);
  if (district) return { id: district.id };

  const message = t("roster.cli.noSuchDistrict", { id: wanted });
  return { problem: "noSuchDistrict", message } satisfies ImportRefusal;
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
    // Held to ask first (--allow-deactivate): what the import would have made inactive.
    ...(report.held ? { held: true, wouldDeactivate: report.wouldDeactivate ?? [] } : {}),
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
  } else if (report.held) {
    lines.push(t("roster.cli.held", { source }));
    for (const entry of report.wouldDeactivate ?? []) {
      lines.push(`  ${entry.file}: ${partOfDistrict(t, "en", entry)}`);
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
  if (report.held) lines.push("", t("roster.report.heldWhy"), t("roster.cli.allowHint"));

  return `${lines.join("\n")}\n`;
}

function place(problem: Problem, t: Translate) {
  if (problem.line === null)
    return problem.column ? `${problem.file}, ${problem.column}` : problem.file;

  return problem.column
    ? t("roster.cli.atColumn", { file: problem.file, line: problem.line, column: problem.column })
    : t("roster.cli.at", { file: problem.file, line: problem.line });
}
