import type { Kysely } from "kysely";
import type { Database } from "./schema.ts";

/*
 * What students and family members reach from their start page: a guardian's linked children and
 * the plans of a student. Every query stays inside one district.
 */

type Db = Kysely<Database>;

/** Active students a guardian has an active link to, by name. */
export async function studentsOfGuardian(db: Db, districtId: string, guardianId: string) {
  return db
    .selectFrom("guardian_links")
    .innerJoin("people", "people.id", "guardian_links.student_id")
    .select(["people.id", "people.given_name", "people.family_name", "people.preferred_name"])
    .where("guardian_links.district_id", "=", districtId)
    .where("guardian_links.guardian_id", "=", guardianId)
    .where("guardian_links.active", "=", 1)
    .where("people.role", "=", "student")
    .where("people.active", "=", 1)
    .orderBy("people.given_name")
    .orderBy("people.family_name")
    .orderBy("people.id")
    .execute();
}
