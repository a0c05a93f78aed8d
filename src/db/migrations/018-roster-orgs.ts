import type { Kysely } from "kysely";

type Db = Kysely<unknown>;

/*
 * The district's tree of orgs as its roster last listed them: each org's type and parent. Only
 * schools were kept before, so an export without orgs.csv (or one that does not list a
 * department) could not follow a department its administrator is listed at up to the school
 * they run, and the administrator was imported without rights (docs/decisions/0013-*.md).
 * No page shows the tree, so it needs no change notice (migration 011).
 */
export function rosterOrgsMigration() {
  return {
    async up(db: Db) {
      await db.schema
        .createTable("roster_orgs")
        .addColumn("district_id", "text", (c) => c.notNull().references("districts.id"))
        .addColumn("source_id", "text", (c) => c.notNull())
        .addColumn("type", "text", (c) => c.notNull())
        .addColumn("name", "text", (c) => c.notNull())
        // Not a reference: a delta export may list a department before, or without, its school.
        .addColumn("parent_source_id", "text")
        .addColumn("last_import_id", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("roster_orgs_pk", ["district_id", "source_id"])
        .execute();
    },
    async down(db: Db) {
      await db.schema.dropTable("roster_orgs").ifExists().execute();
    },
  };
}
