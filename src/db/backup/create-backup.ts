import fs from "node:fs";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import type { Clock } from "../../clock.ts";
import type { DatabaseHandle } from "../connection.ts";
import { BackupFileError, headerLine } from "./backup-file.ts";
import { runTool } from "./run-tool.ts";

/** A backup holds every student's records: readable by the account that made it, no one else. */
const backupFileMode = 0o600;

export interface BackupOptions {
  handle: DatabaseHandle;
  /** Needed for PostgreSQL: pg_dump connects by itself. */
  databaseUrl?: string | undefined;
  file: string;
  clock: Clock;
}

/**
 * Writes a consistent copy of the whole database while the app keeps running. The copy goes to
 * a file beside the target and is renamed into place when complete, so a backup cut short (a
 * full disk, a killed job) never leaves a truncated file under the name a restore would use.
 */
export async function createBackup(options: BackupOptions): Promise<{ bytes: number }> {
  const target = path.resolve(options.file);
  if (!fs.existsSync(path.dirname(target))) {
    throw new BackupFileError("noSuchFile", path.dirname(target));
  }
  const partial = `${target}.partial-${process.pid}`;
  const header = headerLine({
    format: 1,
    kind: options.handle.dialect,
    createdAt: options.clock().toISOString(),
  });

  try {
    if (options.handle.dialect === "sqlite") await backUpSqlite(options.handle, header, partial);
    else await backUpPostgres(requireUrl(options.databaseUrl), header, partial);
    fs.renameSync(partial, target);
  } finally {
    fs.rmSync(partial, { force: true });
  }

  return { bytes: fs.statSync(target).size };
}

async function backUpSqlite(handle: DatabaseHandle, header: Buffer, partial: string) {
  const sqlite = handle.sqlite;
  if (!sqlite) throw new Error("a SQLite handle without its database");

  const copy = `${partial}.sqlite`;
  try {
    // All pages in one step: a step at a time would start over each time the running app
    // writes, and one step reads the whole file inside a single read transaction.
    await sqlite.backup(copy, { progress: () => 0x7fffffff });
    fs.writeFileSync(partial, header, { mode: backupFileMode });
    await pipeline(fs.createReadStream(copy), fs.createWriteStream(partial, { flags: "a" }));
  } finally {
    fs.rmSync(copy, { force: true });
  }
}

async function backUpPostgres(databaseUrl: string, header: Buffer, partial: string) {
  fs.writeFileSync(partial, header, { mode: backupFileMode });
  const output = fs.createWriteStream(partial, { flags: "a" });
  // pg_dump reads everything in one snapshot, so writes made meanwhile are wholly in or out.
  await runTool("pg_dump", ["--format=custom", "--no-owner", "--dbname", databaseUrl], {
    output,
  });
}

export function requireUrl(databaseUrl: string | undefined): string {
  if (!databaseUrl) throw new Error("PostgreSQL backup without DATABASE_URL");

  return databaseUrl;
}
