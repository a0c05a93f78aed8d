import fs from "node:fs";
import path from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, type Migration, Migrator, PostgresDialect, SqliteDialect } from "kysely";
import pg from "pg";
import { checkpointsSettled } from "./background-checkpoint.ts";
import { trackingChanges } from "./change-tracking-dialect.ts";
import { type ChangeWatch, watchPostgres, watchSqlite } from "./change-watch.ts";
import { initialMigration } from "./migrations/001-initial.ts";
import { demoMigration } from "./migrations/002-demo.ts";
import { rosterMigration } from "./migrations/002-roster.ts";
import { rateLimitMigration } from "./migrations/003-rate-limits.ts";
import { meetingsMigration } from "./migrations/004-meetings.ts";
import { languagesAndRemindersMigration } from "./migrations/005-languages-and-reminders.ts";
import { identityAndUpdatesMigration } from "./migrations/007-identity-and-updates.ts";
import { auditAndRetentionMigration } from "./migrations/008-audit-and-retention.ts";
import { programMigration } from "./migrations/010-program.ts";
import { changeNoticesMigration } from "./migrations/011-change-notices.ts";
import { meetingCorrectionsMigration } from "./migrations/012-meeting-corrections.ts";
import { formTokensMigration } from "./migrations/013-form-tokens.ts";
import { oneOpenPlanMigration } from "./migrations/014-one-open-plan.ts";
import { identityWordingsMigration } from "./migrations/015-identity-wordings.ts";
import { nextYearPlansMigration } from "./migrations/016-next-year-plans.ts";
import { auditFiltersMigration } from "./migrations/017-audit-filters.ts";
import { rosterOrgsMigration } from "./migrations/018-roster-orgs.ts";
import { peopleIndexesMigration } from "./migrations/019-people-indexes.ts";
import type { Database } from "./schema.ts";
import { reusingStatements } from "./statement-cache.ts";
import { registerWordSearch } from "./typed-words.ts";

export type DialectName = "sqlite" | "postgres";

export interface DatabaseHandle {
  db: Kysely<Database>;
  dialect: DialectName;
  /** When data pages show may have changed, here or in another process (the page cache). */
  changes: ChangeWatch;
  /** Present for SQLite: better-auth and the backup command work on the same file. */
  sqlite?: SQLite.Database;
  /** Present for PostgreSQL. */
  pool?: pg.Pool;
  /** The PostgreSQL schema worked in, when not the default one. */
  schema?: string;
  close(): Promise<void>;
}

export interface OpenOptions {
  dataDir: string;
  databaseUrl?: string | undefined;
  /** PostgreSQL schema to work in; tests use one each and drop it afterwards. */
  schema?: string | undefined;
}

/** Opens PostgreSQL when a URL is given, else the embedded SQLite file in the data folder. */
export function openDatabase(options: OpenOptions): DatabaseHandle {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.schema);

  return openSqlite(options.dataDir);
}

function openSqlite(dataDir: string): DatabaseHandle {
  fs.mkdirSync(dataDir, { recursive: true });
  const sqlite = new SQLite(path.join(dataDir, "maps.sqlite"));
  // WAL lets the server and an import command share the file; the timeout makes a writer wait
  // for the other instead of failing at once.
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 10000");
  sqlite.pragma("synchronous = NORMAL");
  registerWordSearch(sqlite);
  const changes = watchSqlite(sqlite);
  const dialect = new SqliteDialect({ database: reusingStatements(sqlite) });
  const db = new Kysely<Database>({ dialect: trackingChanges(dialect, changes) });

  const close = async () => {
    // A copy of an import's log still running finishes first: its worker has the file open.
    await checkpointsSettled();
    await db.destroy();
  };

  return { db, dialect: "sqlite", sqlite, changes, close };
}

function openPostgres(databaseUrl: string, schema: string | undefined): DatabaseHandle {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: 10,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // An idle connection the server closes (a restart, a failover, an administrator) must not
  // crash the app: the pool drops it and opens a fresh one for the next query.
  pool.on("error", () => {});
  const changes = watchPostgres(databaseUrl, backendsOf(pool));
  const db = new Kysely<Database>({
    dialect: trackingChanges(new PostgresDialect({ pool }), changes),
  });

  return {
    db,
    dialect: "postgres",
    pool,
    changes,
    ...(schema ? { schema } : {}),
    close: async () => {
      await changes.close();
      await db.destroy();
    },
  };
}

/** The server process ids of the pool's open connections: whose notices are our own. */
function backendsOf(pool: pg.Pool): ReadonlySet<number> {
  const backends = new Set<number>();
  const processOf = (client: pg.PoolClient) => (client as { processID?: number }).processID;
  pool.on("connect", (client) => {
    const id = processOf(client);
    if (id !== undefined) backends.add(id);
  });
  pool.on("remove", (client) => {
    const id = processOf(client);
    if (id !== undefined) backends.delete(id);
  });

  return backends;
}

/** Brings the schema up to date. Safe to run from several processes: the migrator locks. */
export async function migrateToLatest(handle: DatabaseHandle): Promise<void> {
  const { error, results } = await migratorOf(handle).migrateToLatest();
  const failed = results?.find((result) => result.status === "Error");

  if (error || failed) {
    throw new Error(`migration ${failed?.migrationName ?? ""} failed: ${String(error)}`);
  }
}

/** The schema's migrations; tests also stop at an older one to check what a later one does. */
export function migratorOf(handle: DatabaseHandle): Migrator {
  const migrations: Record<string, Migration> = {
    "001-initial": initialMigration(handle.dialect),
    "002-demo": demoMigration(),
    "002-roster": rosterMigration(),
    "003-rate-limits": rateLimitMigration(),
    "004-meetings": meetingsMigration(),
    "005-languages-and-reminders": languagesAndRemindersMigration(),
    "007-identity-and-updates": identityAndUpdatesMigration(),
    "008-audit-and-retention": auditAndRetentionMigration(handle.dialect),
    "010-program": programMigration(),
    "011-change-notices": changeNoticesMigration(handle.dialect),
    "012-meeting-corrections": meetingCorrectionsMigration(handle.dialect),
    "013-form-tokens": formTokensMigration(),
    "014-one-open-plan": oneOpenPlanMigration(),
    "015-identity-wordings": identityWordingsMigration(handle.dialect),
    "016-next-year-plans": nextYearPlansMigration(handle.dialect),
    "017-audit-filters": auditFiltersMigration(),
    "018-roster-orgs": rosterOrgsMigration(),
    "019-people-indexes": peopleIndexesMigration(handle.dialect),
  };

  return new Migrator({
    db: handle.db,
    provider: { getMigrations: async () => migrations },
    // Kysely looks for its own tables in every schema unless told which: with tests migrating
    // side by side, another schema's lock table would pass for ours.
    ...(handle.schema ? { migrationTableSchema: handle.schema } : {}),
  });
}
