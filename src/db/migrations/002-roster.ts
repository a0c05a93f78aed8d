import type { Kysely } from "kysely";

type Db = Kysely<unknown>;

/**
 * Which roster import last brought each row. A bulk file is the whole truth: rows that came
 * from a roster but were not in the latest bulk file are deactivated by comparing this id.
 */
export function rosterMigration() {
  return {
    async up(db: Db) {
      for (const table of rosterSyncedTables) {
        await db.schema.alterTable(table).addColumn("last_import_id", "text").execute();
      }
    },
    async down(db: Db) {
      for (const table of rosterSyncedTables) {
        await db.schema.alterTable(table).dropColumn("last_import_id").execute();
      }
    },
  };
}

const rosterSyncedTables = ["people", "classes", "enrollments", "guardian_links"];
