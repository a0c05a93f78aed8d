import { type Kysely, PostgresAdapter, sql } from "kysely";
import type { Database } from "./schema.ts";

/*
 * The one writer that deletes what an import refers to is the deletion of a student's records
 * on request. An import on PostgreSQL and such a deletion take turns: each holds this lock from
 * its transaction's start to its end, so a deletion never meets an import's uncommitted rows
 * (it would fail on their references), and a large import, which checks its references only
 * before its commit (reference-checks.ts), never loses a person it refers to in between.
 * SQLite lets one writer at a time anyway.
 */

/** Any number no other advisory lock uses; the app takes no other. */
const rosterWritesKey = 725_144_031;

export async function holdRosterWrites(db: Kysely<Database>) {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;

  await sql`select pg_advisory_xact_lock(${rosterWritesKey})`.execute(db);
}
