import type { Kysely } from "kysely";

/**
 * Marks a district loaded as a demo school. Only a demo district offers "explore as" buttons
 * that sign anyone in without a password, so a real district can never carry the flag by default.
 */
export function demoMigration() {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .alterTable("districts")
        .addColumn("demo", "integer", (c) => c.notNull().defaultTo(0))
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.alterTable("districts").dropColumn("demo").execute();
    },
  };
}
