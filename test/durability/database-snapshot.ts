import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "kysely";
import { type DatabaseHandle, type DialectName, openDatabase } from "../../src/db/connection.ts";
import { adminQuery, postgresUrl } from "../support/databases.ts";

/** Every table of the database, ours and better-auth's, by name. */
export async function tableNames(handle: DatabaseHandle): Promise<string[]> {
  if (handle.dialect === "sqlite") {
    const rows = await sql<{ name: string }>`
      SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
      ORDER BY name`.execute(handle.db);
    return rows.rows.map((row) => row.name);
  }

  const rows = await sql<{ name: string }>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
    ORDER BY table_name`.execute(handle.db);
  return rows.rows.map((row) => row.name);
}

/** How many rows each table holds: a refused request must leave every count as it was. */
export async function rowCounts(handle: DatabaseHandle): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const name of await tableNames(handle)) {
    const result = await sql<{ rows: string | number }>`
      SELECT count(*) AS rows FROM ${sql.table(name)}`.execute(handle.db);
    counts[name] = Number(result.rows[0]?.rows ?? 0);
  }

  return counts;
}

/** Every row of a table in a stable order, for comparing a restore with its source. */
export async function tableRows(handle: DatabaseHandle, name: string) {
  const result = await sql<Record<string, unknown>>`SELECT * FROM ${sql.table(name)}`.execute(
    handle.db,
  );

  return result.rows.map((row) => JSON.stringify(row)).sort();
}

export interface EmptyTarget {
  dialect: DialectName;
  dataDir: string;
  databaseUrl?: string;
  env: Record<string, string>;
  open(): DatabaseHandle;
  drop(): Promise<void>;
}

/** An empty data folder or an empty PostgreSQL database (no tables): where a restore goes. */
export async function emptyTarget(dialect: DialectName): Promise<EmptyTarget> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "maps-restore-"));
  if (dialect === "sqlite") {
    return {
      dialect,
      dataDir,
      env: { DATA_DIR: dataDir },
      open: () => openDatabase({ dataDir }),
      drop: async () => fs.rmSync(dataDir, { recursive: true, force: true }),
    };
  }

  const name = `maps_restore_${randomBytes(5).toString("hex")}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = new URL(postgresUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  return {
    dialect,
    dataDir,
    databaseUrl,
    env: { DATA_DIR: dataDir, DATABASE_URL: databaseUrl },
    open: () => openDatabase({ dataDir, databaseUrl }),
    drop: async () => {
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
