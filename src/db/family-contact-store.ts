import type { Kysely } from "kysely";
import type { Database } from "./schema.ts";

/** How to reach a student's family: the active guardians linked to them, with their email. */
export async function listFamilyContacts(
  db: Kysely<Database>,
  districtId: string,
  studentId: string,
) {
  return db
    .selectFrom("guardian_links")
    .innerJoin("people", "people.id", "guardian_links.guardian_id")
    .select([
      "people.id",
      "people.given_name",
      "people.family_name",
      "people.preferred_name",
      "people.email",
      "people.preferred_locale",
      "people.locale_chosen",
      "people.auth_user_id",
    ])
    .where("guardian_links.district_id", "=", districtId)
    .where("guardian_links.student_id", "=", studentId)
    .where("guardian_links.active", "=", 1)
    .where("people.district_id", "=", districtId)
    .where("people.active", "=", 1)
    .orderBy("people.family_name")
    .orderBy("people.given_name")
    .orderBy("people.id")
    .execute();
}
