import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import {
  type DatabaseHandle,
  type DialectName,
  migrateToLatest,
  migratorOf,
  openDatabase,
} from "../../src/db/connection.ts";

export const postgresUrl =
  process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

export interface TestDatabase extends DatabaseHandle {
  /** Where SQLite keeps its file (a fresh temp folder); also usable as DATA_DIR. */
  dataDir: string;
  databaseUrl?: string;
  drop(): Promise<void>;
}

/** Both databases every data test runs on. */
export const dialects: DialectName[] = ["sqlite", "postgres"];

/**
 * A fresh, migrated database: a new SQLite file in a temp folder, or a new PostgreSQL database.
 * upTo stops at that migration, to put in rows a later migration must cope with.
 */
export async function freshDatabase(
  dialect: DialectName,
  options: { upTo?: string } = {},
): Promise<TestDatabase> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "maps-test-"));
  const migrate = async (handle: DatabaseHandle) => {
    if (!options.upTo) return migrateToLatest(handle);

    const { error } = await migratorOf(handle).migrateTo(options.upTo);
    if (error) throw error;
  };

  if (dialect === "sqlite") {
    const handle = openDatabase({ dataDir });
    await migrate(handle);

    return {
      ...handle,
      dataDir,
      async drop() {
        await handle.close();
        fs.rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }

  // A database of its own, not only a schema: Kysely's and better-auth's migrators read the
  // catalog of every schema in a database, and fail when another test drops its schema meanwhile.
  const name = `t_${randomBytes(6).toString("hex")}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = new URL(postgresUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  const handle = openDatabase({ dataDir, databaseUrl });
  await migrate(handle);

  return {
    ...handle,
    dataDir,
    databaseUrl,
    async drop() {
      await handle.close();
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** One statement on the PostgreSQL server itself, such as creating or dropping a database. */
export async function adminQuery(text: string) {
  const client = new pg.Client({ connectionString: postgresUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}
