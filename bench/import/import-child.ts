import fs from "node:fs";
import path from "node:path";
import { parse } from "csv-parse";
import { systemClock } from "../../src/clock.ts";
import { readConfig } from "../../src/config.ts";
import { migrateToLatest, openDatabase } from "../../src/db/connection.ts";
import { importRoster } from "../../src/domain/roster/import-roster.ts";

/*
 * One measured run in a process of its own, so its peak memory is its own: either the app's
 * import of an export into the database of DATABASE_URL / DATA_DIR, or csv-parse alone reading
 * the same files (the baseline). Prints one JSON line.
 */

export interface ImportRun {
  mode: "import" | "parse";
  rows: number;
  seconds: number;
  /** Peak resident memory of this process, in megabytes. */
  peakRssMb: number;
  imported: boolean;
  errors: number;
}

const dataFiles = ["orgs.csv", "users.csv", "classes.csv", "enrollments.csv"];

async function parseOnly(source: string) {
  const started = performance.now();
  let rows = 0;
  for (const file of dataFiles) {
    const parser = fs.createReadStream(path.join(source, file)).pipe(parse({ bom: true }));
    let header = true;
    for await (const _record of parser) {
      if (header) header = false;
      else rows += 1;
    }
  }

  return { rows, imported: true, errors: 0, seconds: (performance.now() - started) / 1000 };
}

async function importOnce(source: string) {
  const handle = openDatabase(readConfig());
  try {
    await migrateToLatest(handle);
    const started = performance.now();
    const report = await importRoster(handle.db, {
      districtId: "bench-district",
      createDistrict: true,
      source,
      skipInvalid: false,
      actorId: null,
      clock: systemClock,
    });
    const seconds = (performance.now() - started) / 1000;
    const { counts } = report;
    const rows = counts.schools + counts.classes + counts.enrollments + peopleOf(counts);

    return { rows, imported: report.imported, errors: report.errors.length, seconds };
  } finally {
    await handle.close();
  }
}

function peopleOf(counts: { teachers: number; students: number; guardians: number }) {
  return counts.teachers + counts.students + counts.guardians;
}

async function main() {
  const [mode, source] = process.argv.slice(2);
  if ((mode !== "import" && mode !== "parse") || !source) {
    throw new Error("usage: import-child.ts import|parse <export folder>");
  }

  const outcome = mode === "parse" ? await parseOnly(source) : await importOnce(source);
  const run: ImportRun = {
    mode,
    rows: outcome.rows,
    seconds: outcome.seconds,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    imported: outcome.imported,
    errors: outcome.errors,
  };
  process.stdout.write(`${JSON.stringify(run)}\n`);
}

await main();
