import { readRosterRows } from "./parse-roster.ts";
import type { RosterSource } from "./read-roster-source.ts";
import {
  type FileMode,
  fileModes,
  manifestFileNames,
  manifestOtherKeys,
  type RosterFileKind,
  rosterFileSpecs,
} from "./roster-files.ts";
import { type ProblemLog, say } from "./roster-report.ts";

/*
 * Which files the export holds and how to take each: the manifest says bulk (the whole truth:
 * what is missing was removed) or delta (only the rows listed change) per file.
 */

export interface ExportFile {
  /** The file's name as the export spells it. */
  name: string;
  mode: "bulk" | "delta";
}

export interface ExportLayout {
  version: string | null;
  files: Partial<Record<RosterFileKind, ExportFile>>;
}

interface LayoutContext {
  source: RosterSource;
  log: ProblemLog;
}

const dataKinds = ["orgs", "users", "roles", "classes", "enrollments"] as const;

/**
 * Why there is no manifest: the export's files are elsewhere (a zip inside the zip), there are
 * no CSV files at all, or only the manifest is missing.
 */
function noManifest({ source }: LayoutContext) {
  const zipped = source.fileNames.find((name) => /\.zip$/i.test(name));
  if (zipped) return say("roster.manifest.zipInside", { name: zipped });
  if (!source.fileNames.some((name) => /\.csv$/i.test(name))) return say("roster.export.noCsv");

  return say("roster.manifest.missing");
}

/** Reads manifest.csv and pairs each file the app reads with its mode. */
export async function readExportLayout(context: LayoutContext): Promise<ExportLayout> {
  const names = findFileNames(context);
  const manifestName = names.get("manifest");
  if (!manifestName) {
    context.log.fail({
      file: "manifest.csv",
      line: null,
      column: null,
      message: noManifest(context),
    });
    return { version: null, files: {} };
  }

  const manifest = await readManifest(manifestName, context);
  const files: ExportLayout["files"] = {};
  for (const kind of dataKinds) {
    const file = placeFile(kind, names.get(kind), manifest, context);
    if (file) files[kind] = file;
  }

  return { version: manifest.version, files };
}

/** Matches the export's file names to the files the app reads, forgiving a case slip. */
function findFileNames({ source, log }: LayoutContext) {
  const names = new Map<RosterFileKind, string>();
  const known = new Set(manifestFileNames.map((name) => `${name.toLowerCase()}.csv`));

  for (const name of source.fileNames) {
    const spec = Object.values(rosterFileSpecs).find(
      (candidate) => candidate.fileName.toLowerCase() === name.toLowerCase(),
    );
    if (spec) {
      names.set(spec.kind, name);
      if (spec.fileName !== name) {
        const message = say("roster.file.nameCase", { expected: spec.fileName });
        log.warn({ file: name, line: null, column: null, message });
      }
    } else if (name.toLowerCase().endsWith(".csv")) {
      warnIfUnknown(name, known, { source, log });
    }
  }

  return names;
}

function warnIfUnknown(name: string, known: Set<string>, { source, log }: LayoutContext) {
  const lower = name.toLowerCase();
  if (known.has(lower)) {
    const expected = manifestFileNames.find(
      (candidate) => `${candidate.toLowerCase()}.csv` === lower,
    );
    if (`${expected}.csv` !== name) {
      const message = say("roster.file.nameCase", { expected: `${expected}.csv` });
      log.warn({ file: name, line: null, column: null, message });
    }
    return;
  }

  // A browser saving a second copy names it "users (1).csv": the file the export meant to hold.
  const copyOf = /^(.+?)\s*[(_]\d+[)_]?\.csv$/i.exec(name)?.[1]?.toLowerCase();
  const expected = `${copyOf}.csv`;
  const present = source.fileNames.some((file) => file.toLowerCase() === expected);
  const message =
    copyOf && known.has(expected) && !present
      ? say("roster.file.renamedCopy", { expected })
      : say("roster.file.unknown");
  log.warn({ file: name, line: null, column: null, message });
}

interface Manifest {
  version: string | null;
  /** Mode by manifest file name ("users"), for the files the manifest lists. */
  modes: Map<string, FileMode>;
  /** Files whose mode the manifest gives as something else (reported as an error). */
  unreadable: Set<string>;
}

async function readManifest(file: string, context: LayoutContext): Promise<Manifest> {
  const { source, log } = context;
  const manifest: Manifest = { version: null, modes: new Map(), unreadable: new Set() };
  const seen = new Map<string, number>();

  for await (const row of readRosterRows({
    source,
    file,
    spec: rosterFileSpecs.manifest,
    log,
  })) {
    const key = row.get("propertyName");
    const value = row.get("value");
    const where = { file, line: row.line, column: row.columnName("propertyName") };
    const earlier = seen.get(key);

    if (earlier !== undefined) {
      log.warn({ ...where, message: say("roster.manifest.twice", { key, line: earlier }) });
      continue;
    }
    seen.set(key, row.line);
    readManifestEntry(manifest, { key, value, line: row.line, file }, context);
  }

  if (!manifest.version && !context.log.fatal) {
    const message = say("roster.manifest.noVersion");
    log.warn({ file, line: null, column: null, message });
  }

  return manifest;
}

function readManifestEntry(
  manifest: Manifest,
  entry: { key: string; value: string; line: number; file: string },
  { log }: LayoutContext,
) {
  const { key, value, line, file } = entry;
  const fileName = key.startsWith("file.") ? key.slice("file.".length) : undefined;

  if (key === "oneroster.version") {
    manifest.version = value;
    if (!["1.0", "1.1", "1.2"].includes(value)) {
      log.warn({ file, line, column: "value", message: say("roster.manifest.version", { value }) });
    }
  } else if (fileName !== undefined && manifestFileNames.includes(fileName)) {
    const mode = readMode(value, { file, line, key }, { log });
    if (mode) manifest.modes.set(fileName, mode);
    else manifest.unreadable.add(fileName);
  } else if (!manifestOtherKeys.includes(key)) {
    log.warn({
      file,
      line,
      column: "propertyName",
      message: say("roster.manifest.unknownKey", { key }),
    });
  }
}

function readMode(
  value: string,
  where: { file: string; line: number; key: string },
  { log }: Pick<LayoutContext, "log">,
): FileMode | undefined {
  const place = { file: where.file, line: where.line, column: "value" };
  if (value === "") {
    log.warn({ ...place, message: say("roster.manifest.emptyMode", { key: where.key }) });
    return "absent";
  }

  const mode = fileModes.find((candidate) => candidate === value.toLowerCase());
  if (mode && mode !== value) {
    log.warn({ ...place, message: say("roster.value.caseSlip", { value, canonical: mode }) });
  }
  if (mode) return mode;

  const message = say("roster.manifest.badMode", { key: where.key, value });
  log.error({ ...place, message });

  return undefined;
}

/** The file as the import takes it, or undefined when the import has nothing to read. */
function placeFile(
  kind: (typeof dataKinds)[number],
  name: string | undefined,
  manifest: Manifest,
  { log }: LayoutContext,
): ExportFile | undefined {
  const expected = rosterFileSpecs[kind].fileName;
  const mode = manifest.modes.get(kind);
  const whole = { line: null, column: null };

  if (!name && (mode === "bulk" || mode === "delta")) {
    const message = say("roster.file.listedMissing", { mode });
    log.fail({ file: expected, ...whole, message });
    return undefined;
  }
  // A delta export whose manifest says users are absent changes only people already imported.
  if (!name) {
    if (kind === "users" && mode !== "absent") {
      log.fail({ file: expected, ...whole, message: say("roster.file.noUsers") });
    }
    return undefined;
  }
  if (mode === "bulk" || mode === "delta") return { name, mode };
  // The manifest's own error says what is wrong with its mode: nothing more to say here.
  if (manifest.unreadable.has(kind)) return { name, mode: "delta" };

  const message = say(mode === "absent" ? "roster.file.saidAbsent" : "roster.file.notListed");
  log.warn({ file: name, ...whole, message });

  return { name, mode: "delta" };
}
