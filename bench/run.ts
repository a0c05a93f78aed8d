import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import type { DialectName } from "../src/db/connection.ts";
import { createBenchDatabase } from "./bench-database.ts";
import { generateDistrict, sizeForRows } from "./district/generate-district.ts";
import { benchImport, type ImportFigure } from "./import/import-bench.ts";
import type { ImportRun } from "./import/import-child.ts";
import { machine } from "./machine.ts";
import { benchPages, type PageFigure } from "./pages/pages-bench.ts";
import { importTable, pagesTable, verdicts } from "./report.ts";
import { repoRoot, runJsonChild } from "./run-child.ts";

/*
 * `npm run bench [-- --quick]`: roster import and page load figures, each as a ratio to a
 * baseline measured in the same run on the same machine, so figures from different machines
 * can be compared. Prints tables and writes bench/results.json.
 */

export interface BenchPlan {
  mode: "quick" | "full";
  importRows: number[];
  /** Rows of the district the pages are measured on. */
  pageRows: number;
  pageSeconds: number;
  connections: number;
  dialects: DialectName[];
  seed: number;
  capped?: { students: number; heapCapMb: number };
  /**
   * Rounds of each import and its baseline (the fastest of each makes the figure): on a shared
   * host one run of csv-parse alone took 3.7 to 5.4 s on the same files within ten minutes.
   */
  importRounds: number;
}

export function planFor(mode: "quick" | "full", dialects: DialectName[]): BenchPlan {
  const full = mode === "full";

  return {
    mode,
    // 572,041 rows is the default district: 100,000 students.
    importRows: full ? [10_000, 100_000, 572_041, 1_000_000] : [10_000],
    pageRows: full ? 572_041 : 10_000,
    pageSeconds: full ? 10 : 3,
    connections: 50,
    dialects,
    seed: 1,
    importRounds: full ? 3 : 1,
  };
}

export interface BenchResults {
  mode: "quick" | "full";
  startedAt: string;
  seconds: number;
  machine: ReturnType<typeof machine>;
  import: ImportFigure[];
  pages: PageFigure[];
}

export async function runBench(plan: BenchPlan, say: (line: string) => void) {
  const started = performance.now();
  const startedAt = new Date().toISOString();
  say(`Benchmark (${plan.mode}) on ${plan.dialects.join(" and ")}`);

  const importFigures = await benchImport({
    rowCounts: plan.importRows,
    dialects: plan.dialects,
    seed: plan.seed,
    rounds: plan.importRounds,
    ...(plan.capped ? { capped: plan.capped } : {}),
    // A full run takes long on a busy machine: each figure is printed whole as soon as it is known.
    onFigure: (figure) => say(`  import ${JSON.stringify(figure)}`),
  });
  const pageFigures: PageFigure[] = [];
  for (const dialect of plan.dialects) {
    pageFigures.push(...(await pagesOn(dialect, plan, say)));
  }

  const results: BenchResults = {
    mode: plan.mode,
    startedAt,
    seconds: (performance.now() - started) / 1000,
    machine: machine(),
    import: importFigures,
    pages: pageFigures,
  };
  say("");
  say(importTable(results.import));
  say("");
  say(pagesTable(results.pages));
  say("");
  for (const line of verdicts(results)) say(line);

  return results;
}

/** Loads a district into a fresh database, then measures the pages over it. */
async function pagesOn(dialect: DialectName, plan: BenchPlan, say: (line: string) => void) {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "maps-bench-pages-"));
  const database = await createBenchDatabase(dialect);

  try {
    await generateDistrict({ size: sizeForRows(plan.pageRows), out: folder, seed: plan.seed });
    const child = path.join(repoRoot, "bench", "import", "import-child.ts");
    const loaded = await runJsonChild<ImportRun>(child, ["import", folder], database.env);
    if (!loaded.imported) throw new Error(`the district did not import on ${dialect}`);

    return await benchPages({
      dialect,
      env: database.env,
      seconds: plan.pageSeconds,
      connections: plan.connections,
      onFigure: (figure) => say(`  page ${JSON.stringify(figure)}`),
    });
  } finally {
    await database.drop();
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      quick: { type: "boolean" },
      sqlite: { type: "boolean" },
      postgres: { type: "boolean" },
      out: { type: "string" },
      "import-rows": { type: "string" },
      "page-rows": { type: "string" },
      "heap-cap": { type: "string" },
      rounds: { type: "string" },
    },
  });
  const only: DialectName[] = [];
  if (values.sqlite) only.push("sqlite");
  if (values.postgres) only.push("postgres");
  const dialects: DialectName[] = only.length > 0 ? only : ["sqlite", "postgres"];

  const plan = planFor(values.quick ? "quick" : "full", dialects);
  const importRows = values["import-rows"]?.split(",").map(Number);
  if (importRows) plan.importRows = importRows;
  if (values["page-rows"]) plan.pageRows = Number(values["page-rows"]);
  if (values.rounds) plan.importRounds = Math.max(1, Number(values.rounds) || 1);
  // An extra SQLite import of the 100,000-student district under a cap of one's choosing.
  const heapCapMb = Number(values["heap-cap"] ?? 0);
  if (heapCapMb > 0) plan.capped = { students: 100_000, heapCapMb };
  else delete plan.capped;
  const results = await runBench(plan, (line) => process.stdout.write(`${line}\n`));
  const out = values.out ?? path.join(repoRoot, "bench", "results.json");
  fs.writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(
    `\nWrote ${path.relative(process.cwd(), out)} in ${results.seconds.toFixed(0)} s\n`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) await main();
