import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { translator } from "../i18n/translate.ts";
import { printRefusal } from "./import-refusal.ts";

/*
 * `maps import` runs with a V8 heap budget sized to the export. What an import keeps is small
 * (a 100,000-student district: under 50 MB live after the check), but V8 lets the heap of a
 * process that allocates fast grow to several times what is live before it collects: 390 to 440
 * MB resident for that district without a budget, 240 MB with a 150 MB one, in the same time.
 */

/** A zip holds about this many times its size as CSV (measured on generated exports: 5.6). */
const zipExpansion = 6;

/** Bytes of CSV an export holds: a folder's files, or a zip's size scaled to its contents. */
export function exportBytes(source: string): number {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(source);
  } catch {
    return 0;
  }
  if (stat.isFile()) return stat.size * zipExpansion;
  if (!stat.isDirectory()) return 0;

  let total = 0;
  for (const entry of fs.readdirSync(source, { withFileTypes: true })) {
    if (entry.isFile()) total += fs.statSync(path.join(source, entry.name)).size;
  }

  return total;
}

/**
 * The heap an import of this many bytes of CSV needs: what it keeps grows with the export (about
 * 0.7 of its size), so two and a half times the export's size, and never under 160 MB.
 */
export function importHeapBudgetMb(bytes: number): number {
  return Math.max(160, Math.ceil((bytes / 1024 / 1024) * 2.5));
}

/**
 * The V8 options an import runs under: the heap budget, and on PostgreSQL a young generation of
 * 32 MB semi-spaces rather than the 16 MB V8 grows to. The check's rows live a few batches each;
 * a larger nursery lets more of them die young instead of being copied into the old generation:
 * the 100,000-row district's import took 1.70 s against 1.77 s (means of six alternating runs),
 * for 30 MB more resident memory. On SQLite, whose work runs in the import's own process and
 * whose 100,000-student district must stay under 300 MB, V8's default stays.
 */
export function importNodeOptions(budgetMb: number, onPostgres: boolean): string {
  const nursery = onPostgres ? ` --max-semi-space-size=${postgresSemiSpaceMb}` : "";

  return `--max-old-space-size=${budgetMb}${nursery}`;
}

const postgresSemiSpaceMb = 32;

/** Whether this process already runs under a heap limit someone chose. */
export function heapLimitChosen(execArgv: readonly string[], nodeOptions = ""): boolean {
  const chosen = (flag: string) => /^--max[-_]old[-_]space[-_]size(=|$)/.test(flag);

  return execArgv.some(chosen) || nodeOptions.split(/\s+/).some(chosen);
}

/**
 * Runs this same command again in a child process under the budget and answers its exit code.
 * The flag goes in NODE_OPTIONS, which any way of starting the command (tsx, the `maps` bin)
 * passes on to the child's own Node. With json, what the parent itself says is JSON too.
 */
export function rerunUnderBudget(
  budgetMb: number,
  options: { json: boolean; onPostgres?: boolean } = { json: false },
): Promise<number> {
  const budget = importNodeOptions(budgetMb, options.onPostgres === true);
  const nodeOptions = `${process.env.NODE_OPTIONS ?? ""} ${budget}`.trim();
  const child = spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    env: { ...process.env, NODE_OPTIONS: nodeOptions },
    stdio: "inherit",
  });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on("SIGINT", forward);
  process.on("SIGTERM", forward);

  return new Promise((resolve) => {
    child.on("error", () => resolve(1));
    child.on("exit", (code, signal) => {
      process.off("SIGINT", forward);
      process.off("SIGTERM", forward);
      // Killed outright (kill -9, the system out of memory): the child could say nothing itself.
      if (signal) {
        const message = translator("en")("roster.cli.stopped", { signal });
        printRefusal({ problem: "stopped", message }, options);
      }
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}
