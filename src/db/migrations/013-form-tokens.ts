import type { Kysely } from "kysely";

type Db = Kysely<unknown>;

/*
 * The one-time token each "add" form carries, kept once the form saved something: sending the
 * same rendered form again (Back, then save; a retried request) finds it and saves nothing more.
 * The primary key is what stops a second save, in one process or several on one PostgreSQL: the
 * second of two sends at once waits for the first's transaction and then finds its row. Scoped
 * to the person, so a token copied from someone else's page can never stand for their save. No
 * page shows these rows, so no change notice is needed (src/db/change-watch.ts).
 */
export function formTokensMigration() {
  return {
    async up(db: Db) {
      await db.schema
        .createTable("form_tokens")
        .addColumn("person_id", "text", (c) => c.notNull().references("people.id"))
        .addColumn("token", "text", (c) => c.notNull())
        .addColumn("district_id", "text", (c) => c.notNull().references("districts.id"))
        // Null for what belongs to no plan: a team decision, a reflection on a whole year.
        .addColumn("plan_id", "text", (c) => c.references("plans.id"))
        .addColumn("saved_id", "text", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("form_tokens_pk", ["person_id", "token"])
        .execute();
      // A student's records deleted on request find these rows through their plans.
      await db.schema.createIndex("form_tokens_plan").on("form_tokens").column("plan_id").execute();
    },
    async down(db: Db) {
      await db.schema.dropTable("form_tokens").ifExists().execute();
    },
  };
}
