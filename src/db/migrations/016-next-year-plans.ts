import { type Kysely, sql } from "kysely";
import type { DialectName } from "../connection.ts";

type Db = Kysely<unknown>;

/*
 * Plans started from the next-year page before their school's year is closed belong to the year
 * that follows: closing the current year must leave them open and writable. A row here says so;
 * the close skips these plans and then deletes their rows, so they become the new year's plans.
 */
export function nextYearPlansMigration(dialect: DialectName) {
  return {
    async up(db: Db) {
      await db.schema
        .createTable("next_year_plans")
        .addColumn("plan_id", "text", (c) => c.primaryKey().references("plans.id"))
        .addColumn("district_id", "text", (c) => c.notNull().references("districts.id"))
        .addColumn("created_at", "text", (c) => c.notNull())
        .execute();
      // The school-year page counts the plans a close would archive.
      if (dialect === "postgres") {
        await sql`create trigger maps_change_notice
          after insert or update or delete or truncate on next_year_plans
          for each statement execute function maps_note_change()`.execute(db);
      }
    },
    async down(db: Db) {
      await db.schema.dropTable("next_year_plans").ifExists().execute();
    },
  };
}
