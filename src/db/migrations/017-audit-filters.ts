import type { Kysely } from "kysely";

type Db = Kysely<unknown>;

/*
 * The audit trail's filters at district size. The page offers the people the trail names (who
 * acted, and whose records) and shows one person's entries newest first: both read an index that
 * starts with the district and the person. Finding the people steps from one id to the next in
 * it, so a trail of millions of entries costs one lookup a person, not a scan of the trail.
 * The district-and-student index serves every lookup the index on student_id alone did (all of a
 * student's entries are in the student's district), so it replaces it: one index more to write
 * per entry, not two.
 */
export function auditFiltersMigration() {
  return {
    async up(db: Db) {
      await db.schema
        .createIndex("audit_entries_district_actor")
        .on("audit_entries")
        .columns(["district_id", "actor_id", "created_at"])
        .execute();
      await db.schema
        .createIndex("audit_entries_district_student")
        .on("audit_entries")
        .columns(["district_id", "student_id", "created_at"])
        .execute();
      await db.schema.dropIndex("audit_entries_student").execute();
    },
    async down(db: Db) {
      await db.schema
        .createIndex("audit_entries_student")
        .on("audit_entries")
        .column("student_id")
        .execute();
      await db.schema.dropIndex("audit_entries_district_student").execute();
      await db.schema.dropIndex("audit_entries_district_actor").execute();
    },
  };
}
