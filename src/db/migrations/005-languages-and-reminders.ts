import type { Kysely } from "kysely";

type Db = Kysely<unknown>;

/**
 * Languages and check-in reminders:
 * - people.locale_chosen marks a language the person picked in the app, which a later roster
 *   import must not overwrite with the school's record;
 * - school_visions holds the Math Vision in further languages (schools.math_vision stays the
 *   school's own wording);
 * - statements and comments remember the language their writer used, so readers see it marked;
 * - check_in_reminders has one row per check-in and person reminded: the primary key is what
 *   keeps two app processes from sending the same reminder twice.
 */
export function languagesAndRemindersMigration() {
  return {
    async up(db: Db) {
      await db.schema
        .alterTable("people")
        .addColumn("locale_chosen", "integer", (column) => column.notNull().defaultTo(0))
        .execute();
      await db.schema.alterTable("statements").addColumn("language", "text").execute();
      await db.schema.alterTable("comments").addColumn("language", "text").execute();
      await db.schema
        .createTable("school_visions")
        .addColumn("school_id", "text", (column) =>
          column.notNull().references("schools.id").onDelete("cascade"),
        )
        .addColumn("locale", "text", (column) => column.notNull())
        .addColumn("body", "text", (column) => column.notNull())
        .addColumn("updated_at", "text", (column) => column.notNull())
        .addPrimaryKeyConstraint("school_visions_pk", ["school_id", "locale"])
        .execute();
      await db.schema
        .createTable("check_in_reminders")
        .addColumn("check_in_id", "text", (column) =>
          column.notNull().references("check_ins.id").onDelete("cascade"),
        )
        .addColumn("person_id", "text", (column) =>
          column.notNull().references("people.id").onDelete("cascade"),
        )
        .addColumn("district_id", "text", (column) => column.notNull())
        .addColumn("created_at", "text", (column) => column.notNull())
        .addPrimaryKeyConstraint("check_in_reminders_pk", ["check_in_id", "person_id"])
        .execute();
      await db.schema
        .createIndex("check_ins_pending_due_on")
        .on("check_ins")
        .columns(["due_on", "held_at"])
        .execute();
    },
    async down(db: Db) {
      await db.schema.dropIndex("check_ins_pending_due_on").execute();
      await db.schema.dropTable("check_in_reminders").execute();
      await db.schema.dropTable("school_visions").execute();
      await db.schema.alterTable("comments").dropColumn("language").execute();
      await db.schema.alterTable("statements").dropColumn("language").execute();
      await db.schema.alterTable("people").dropColumn("locale_chosen").execute();
    },
  };
}
