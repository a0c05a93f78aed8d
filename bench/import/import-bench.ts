import fs from "node:fs";
import os from "node:os";
import path from "node:path";
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
}

const childFile = path.join(repoRoot, "bench", "import", "import-child.ts");

export async function benchImport(options: {
  rowCounts: number[];
  dialects: DialectName[];
  seed: number;
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
      const parse = await runJsonChild<ImportRun>(childFile, ["parse", source]);

      for (const dialect of options.dialects) {
        const run = await importInto(dialect, source);
        const figure = figureOf({ dialect, rows, students: size.students, parse, run });
        figures.push(figure);
        options.onFigure?.(figure);
      }
      fs.rmSync(source, { recursive: true, force: true });
    }
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }

  return figures;
}

async function importInto(dialect: DialectName, source: string) {
  const database = await createBenchDatabase(dialect);
  try {
    return await runJsonChild<ImportRun>(childFile, ["import", source], database.env);
  } finally {
    await database.drop();
  }
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
