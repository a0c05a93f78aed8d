import type { Kysely } from "kysely";
import type { Database } from "../../src/db/schema.ts";

/**
 * The student as a roster import leaves someone it no longer lists: inactive, and so are their
 * enrollments and family links (src/db/roster-store.ts); nothing of theirs is deleted.
 */
export async function takeOffRoster(db: Kysely<Database>, studentId: string) {
  const now = new Date().toISOString();
  await db
    .updateTable("people")
    .set({ active: 0, updated_at: now })
    .where("id", "=", studentId)
    .execute();
  await db
    .updateTable("enrollments")
    .set({ active: 0, updated_at: now })
    .where("person_id", "=", studentId)
    .execute();
  await db
    .updateTable("guardian_links")
    .set({ active: 0, updated_at: now })
    .where("student_id", "=", studentId)
    .execute();
}
