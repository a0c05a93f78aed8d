import type { Kysely } from "kysely";

type Db = Kysely<unknown>;

/**
 * Counts of sign-in attempts per key and fixed window. They live in the database, not in
 * memory, so that several app processes on one PostgreSQL count together.
 */
export function rateLimitMigration() {
  return {
    async up(db: Db) {
      await db.schema
        .createTable("rate_limits")
        .addColumn("key", "text", (column) => column.notNull())
        .addColumn("window_start", "text", (column) => column.notNull())
        .addColumn("count", "integer", (column) => column.notNull())
        .addPrimaryKeyConstraint("rate_limits_pk", ["key", "window_start"])
        .execute();
      await db.schema
        .createIndex("rate_limits_window_start")
        .on("rate_limits")
        .column("window_start")
        .execute();
    },
    async down(db: Db) {
      await db.schema.dropTable("rate_limits").execute();
    },
  };
}
