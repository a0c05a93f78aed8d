import { type Kysely, sql } from "kysely";
import type { DialectName } from "../connection.ts";

type Db = Kysely<unknown>;

/*
 * A closed plan is a record: its identity chart must keep the words its student answered when an
 * administrator rewords a statement later. Each statement counts its rewordings, each answer
 * keeps the count it was given under, and a rewording keeps the words it replaces. Answers given
 * before this migration belong to the wording statements have now: no earlier one was kept.
 */
export function identityWordingsMigration(dialect: DialectName) {
  return {
    async up(db: Db) {
      for (const table of ["identity_statements", "identity_answers"]) {
        await db.schema
          .alterTable(table)
          .addColumn("wording_version", "integer", (c) => c.notNull().defaultTo(1))
          .execute();
      }
      await db.schema
        .createTable("identity_statement_wordings")
        .addColumn("district_id", "text", (c) => c.notNull().references("districts.id"))
        .addColumn("statement_id", "text", (c) => c.notNull().references("identity_statements.id"))
        .addColumn("version", "integer", (c) => c.notNull())
        .addColumn("locale", "text", (c) => c.notNull())
        .addColumn("body", "text", (c) => c.notNull())
        .addColumn("replaced_at", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("identity_statement_wordings_pk", [
          "statement_id",
          "version",
          "locale",
        ])
        .execute();
      // Plan pages show these words: other app processes must hear of their changes.
      if (dialect === "postgres") {
        await sql`create trigger maps_change_notice
          after insert or update or delete or truncate on identity_statement_wordings
          for each statement execute function maps_note_change()`.execute(db);
      }
    },
    async down(db: Db) {
      await db.schema.dropTable("identity_statement_wordings").ifExists().execute();
      for (const table of ["identity_answers", "identity_statements"]) {
        await db.schema.alterTable(table).dropColumn("wording_version").execute();
      }
    },
  };
}
