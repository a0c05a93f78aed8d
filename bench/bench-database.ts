import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { DialectName } from "../src/db/connection.ts";

/*
 * A fresh database for one benchmark run: a SQLite file in a temp folder, or a PostgreSQL
 * database of its own on the local server (TEST_DATABASE_URL, as the tests use), dropped after.
 */

export const postgresAdminUrl =
  process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

export interface BenchDatabase {
  dialect: DialectName;
  /** The environment an app process needs to open this database. */
  env: { DATA_DIR: string; DATABASE_URL?: string };
  drop(): Promise<void>;
}

export async function createBenchDatabase(dialect: DialectName): Promise<BenchDatabase> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "maps-bench-"));
  const removeDir = () => fs.rmSync(dataDir, { recursive: true, force: true });
  if (dialect === "sqlite")
    return { dialect, env: { DATA_DIR: dataDir }, drop: async () => removeDir() };

  const name = `bench_${randomBytes(6).toString("hex")}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = new URL(postgresAdminUrl);
  url.pathname = `/${name}`;

  return {
    dialect,
    env: { DATA_DIR: dataDir, DATABASE_URL: url.toString() },
    async drop() {
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      removeDir();
    },
  };
}

async function adminQuery(text: string) {
  const client = new pg.Client({ connectionString: postgresAdminUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}
