import fs from "node:fs";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import SQLite from "better-sqlite3";
import pg from "pg";
import type { DialectName } from "../connection.ts";
import { BackupFileError, type BackupHeader, readHeader } from "./backup-file.ts";
import { requireUrl } from "./create-backup.ts";
import { runTool } from "./run-tool.ts";

export interface RestoreOptions {
  file: string;
  /** Where to restore: the data folder's SQLite file, or the PostgreSQL database named. */
  target: { dialect: DialectName; dataDir: string; databaseUrl?: string | undefined };
}

const sqliteName = "maps.sqlite";

/**
 * Restores a backup into an empty data folder or an empty database. A target that holds any
 * table is refused: restoring over live data would mix two schools' records or lose the newer.
 */
export async function restoreBackup(options: RestoreOptions): Promise<BackupHeader> {
  if (!fs.existsSync(options.file)) throw new BackupFileError("noSuchFile", options.file);
  const { header, payloadStart } = readHeader(options.file);
  const { target } = options;
  if (header.kind !== target.dialect) throw new BackupFileError("wrongKind", header.kind);

  if (target.dialect === "sqlite") {
    await restoreSqlite(options.file, payloadStart, target.dataDir);
  } else {
    await restorePostgres(options.file, payloadStart, requireUrl(target.databaseUrl));
  }

  return header;
}

async function restoreSqlite(file: string, payloadStart: number, dataDir: string) {
  const databaseFile = path.join(dataDir, sqliteName);
  if (sqliteHasTables(databaseFile)) throw new BackupFileError("targetNotEmpty", databaseFile);

  fs.mkdirSync(dataDir, { recursive: true });
  const restoring = `${databaseFile}.restoring`;
  try {
    const payload = fs.createReadStream(file, { start: payloadStart });
    await pipeline(payload, fs.createWriteStream(restoring));
    assertSound(restoring);
    // An empty database's journal files belong to it, not to the restored file.
    for (const suffix of ["-wal", "-shm"]) fs.rmSync(`${databaseFile}${suffix}`, { force: true });
    fs.renameSync(restoring, databaseFile);
  } finally {
    fs.rmSync(restoring, { force: true });
    for (const suffix of ["-wal", "-shm"]) fs.rmSync(`${restoring}${suffix}`, { force: true });
  }
}

function sqliteHasTables(databaseFile: string): boolean {
  if (!fs.existsSync(databaseFile)) return false;

  const sqlite = new SQLite(databaseFile, { readonly: true, fileMustExist: true });
  try {
    const row = sqlite.prepare("SELECT count(*) AS tables FROM sqlite_master").get() as {
      tables: number;
    };
    return row.tables > 0;
  } finally {
    sqlite.close();
  }
}

/**
 * A damaged copy is caught before it replaces anything. The copy is opened for writing so that
 * closing it checkpoints and removes the -wal and -shm files a WAL-mode file makes on reading;
 * a read-only connection cannot, and they would be left beside the restored database.
 */
function assertSound(databaseFile: string) {
  let verdict: string;
  try {
    const sqlite = new SQLite(databaseFile, { fileMustExist: true });
    try {
      verdict = String(sqlite.pragma("quick_check", { simple: true }));
    } finally {
      sqlite.close();
    }
  } catch (error) {
    verdict = error instanceof Error ? error.message : String(error);
  }
  if (verdict !== "ok") throw new BackupFileError("notBackup", verdict);
}

async function restorePostgres(file: string, payloadStart: number, databaseUrl: string) {
  if (await postgresHasTables(databaseUrl)) throw new BackupFileError("targetNotEmpty");

  // One transaction: a restore that fails halfway leaves the database as empty as it was.
  await runTool(
    "pg_restore",
    ["--no-owner", "--exit-on-error", "--single-transaction", "--dbname", databaseUrl],
    { input: fs.createReadStream(file, { start: payloadStart }) },
  );
}

async function postgresHasTables(databaseUrl: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const result = await client.query<{ tables: string }>(
      `SELECT count(*) AS tables FROM information_schema.tables
       WHERE table_schema NOT IN ('pg_catalog', 'information_schema')`,
    );
    return Number(result.rows[0]?.tables ?? 0) > 0;
  } finally {
    await client.end();
  }
}
