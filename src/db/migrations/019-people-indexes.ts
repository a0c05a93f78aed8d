import { type Kysely, sql } from "kysely";
import type { DialectName } from "../connection.ts";

type Db = Kysely<unknown>;

/*
 * People's indexes hold only what is looked up: every roster import writes an entry in each of
 * them for every person, so an entry nobody reads is paid for a hundred thousand times.
 * - "Email me a sign-in link" looks people up by `lower(email)` (people-store.ts), which the
 *   index on `email` could not serve: every request read the whole table. The index is now on
 *   `lower(email)`, for people with an address (most students have none).
 * - The grades of a district's students (listStudentGrades) read people with grades only.
 * - On PostgreSQL, the sign-in account's id is unique among people who have one: no entry for the
 *   many who never sign in. SQLite cannot drop the constraint it made for the column; there it
 *   stays.
 */
export function peopleIndexesMigration(dialect: DialectName) {
  return {
    async up(db: Db) {
      await db.schema.dropIndex("people_email").execute();
      await db.schema
        .createIndex("people_email_lower")
        .on("people")
        .expression(sql`lower(email)`)
        .where(sql.ref("email"), "is not", null)
        .execute();
      await db.schema.dropIndex("people_district_grades").execute();
      await db.schema
        .createIndex("people_district_grades")
        .on("people")
        .columns(["district_id", "role", "grades"])
        .where(sql.ref("grades"), "is not", null)
        .execute();
      if (dialect !== "postgres") return;

      await sql`alter table people drop constraint people_auth_user_id_key`.execute(db);
      await db.schema
        .createIndex("people_auth_user_id")
        .on("people")
        .column("auth_user_id")
        .unique()
        .where(sql.ref("auth_user_id"), "is not", null)
        .execute();
    },
    async down(db: Db) {
      if (dialect === "postgres") {
        await db.schema.dropIndex("people_auth_user_id").execute();
        await sql`alter table people add constraint people_auth_user_id_key unique (auth_user_id)`.execute(
          db,
        );
      }
      await db.schema.dropIndex("people_district_grades").execute();
      await db.schema
        .createIndex("people_district_grades")
        .on("people")
        .columns(["district_id", "role", "grades"])
        .execute();
      await db.schema.dropIndex("people_email_lower").execute();
      await db.schema.createIndex("people_email").on("people").column("email").execute();
    },
  };
}
