import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { exportBytes, importHeapBudgetMb, importNodeOptions } from "../../src/cli/import-heap.ts";
import type { DialectName } from "../../src/db/connection.ts";
import { createBenchDatabase } from "../bench-database.ts";
import { generateDistrict, rowsOf, sizeForRows } from "../district/generate-district.ts";
import { repoRoot, runJsonChild } from "../run-child.ts";
import type { ImportRun } from "./import-child.ts";

/*
 * Roster import against csv-parse alone on the same files: the import reads every file twice
 * (check, then write) and writes each row, so a ratio near 0.3 of parsing alone is the target.
 */

export interface ImportFigure {
  dialect: DialectName;
  /** The V8 heap cap the import ran under (--max-old-space-size): `maps import`'s budget. */
  heapCapMb?: number;
  /** Data rows of the export, all files together. */
  rows: number;
  students: number;
  importRowsPerSecond: number;
  parseRowsPerSecond: number;
  ratio: number;
  importSeconds: number;
  importPeakRssMb: number;
  parsePeakRssMb: number;
  imported: boolean;
  /** Each round's seconds, when the figure took more than one (the figure has the fastest). */
  importSecondsOfRounds?: number[];
  parseSecondsOfRounds?: number[];
}

const childFile = path.join(repoRoot, "bench", "import", "import-child.ts");

export async function benchImport(options: {
  rowCounts: number[];
  dialects: DialectName[];
  seed: number;
  /**
   * Also imports exports of this many students on SQLite under this heap cap: V8 lets the heap
   * grow to a few times what is live before collecting, and a cap shows what is really needed.
   */
  capped?: { students: number; heapCapMb: number };
  /** Times each import and its baseline are measured; the fastest of each makes the figure. */
  rounds?: number;
  /** Called after each figure, so a long run shows progress. */
  onFigure?: (figure: ImportFigure) => void;
}): Promise<ImportFigure[]> {
  const figures: ImportFigure[] = [];
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "maps-bench-exports-"));

  try {
    for (const rowCount of options.rowCounts) {
      const size = sizeForRows(rowCount);
      const source = path.join(folder, String(rowCount));
      await generateDistrict({ size, out: source, seed: options.seed });
      const rows = rowsOf(size).total;
      // Rounds in turn (parse, then each database), so a slow spell of a shared host falls on
      // both sides of a ratio alike; each side's fastest run is the one least disturbed.
      const parses: ImportRun[] = [];
      const imports = new Map<DialectName, ImportRun[]>();
      for (let round = 0; round < (options.rounds ?? 1); round += 1) {
        parses.push(await runJsonChild<ImportRun>(childFile, ["parse", source]));
        for (const dialect of options.dialects) {
          const runs = imports.get(dialect) ?? [];
          runs.push(await importInto(dialect, source));
          imports.set(dialect, runs);
        }
      }
      const parse = fastest(parses);

      for (const dialect of options.dialects) {
        const runs = imports.get(dialect) ?? [];
        const heapCapMb = importHeapBudgetMb(exportBytes(source));
        const figure = {
          ...figureOf({ dialect, rows, students: size.students, parse, run: fastest(runs) }),
          // Memory is not a matter of luck: the most any run took.
          importPeakRssMb: Math.max(...runs.map((run) => run.peakRssMb)),
          heapCapMb,
          importSecondsOfRounds: runs.map((run) => run.seconds),
          parseSecondsOfRounds: parses.map((run) => run.seconds),
        };
        figures.push(figure);
        options.onFigure?.(figure);
      }
      const capped = options.capped;
      if (capped && capped.students === size.students && options.dialects.includes("sqlite")) {
        const run = await importInto("sqlite", source, capped.heapCapMb);
        const figure = figureOf({ dialect: "sqlite", rows, students: size.students, parse, run });
        figures.push({ ...figure, heapCapMb: capped.heapCapMb });
        options.onFigure?.({ ...figure, heapCapMb: capped.heapCapMb });
      }
      fs.rmSync(source, { recursive: true, force: true });
    }
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }

  return figures;
}

/**
 * Imports under the V8 options `maps import` gives itself for the same export and database (or
 * the cap asked for), so the figure is the command's own.
 */
async function importInto(dialect: DialectName, source: string, heapCapMb?: number) {
  const database = await createBenchDatabase(dialect);
  const budget = heapCapMb ?? importHeapBudgetMb(exportBytes(source));
  const cap = { NODE_OPTIONS: importNodeOptions(budget, dialect === "postgres") };
  try {
    return await runJsonChild<ImportRun>(childFile, ["import", source], {
      ...database.env,
      ...cap,
    });
  } finally {
    await database.drop();
  }
}

/** The run of least time; a run that failed to import counts first, so it is never hidden. */
function fastest(runs: ImportRun[]) {
  const failed = runs.find((run) => !run.imported || run.errors > 0);
  if (failed) return failed;

  return runs.reduce((best, run) => (run.seconds < best.seconds ? run : best));
}

function figureOf(measured: {
  dialect: DialectName;
  rows: number;
  students: number;
  parse: ImportRun;
  run: ImportRun;
}): ImportFigure {
  const { rows, parse, run } = measured;
  const importRowsPerSecond = rows / run.seconds;
  const parseRowsPerSecond = rows / parse.seconds;

  return {
    dialect: measured.dialect,
    rows,
    students: measured.students,
    importRowsPerSecond,
    parseRowsPerSecond,
    ratio: importRowsPerSecond / parseRowsPerSecond,
    importSeconds: run.seconds,
    importPeakRssMb: run.peakRssMb,
    parsePeakRssMb: parse.peakRssMb,
    imported: run.imported && run.errors === 0,
  };
}
