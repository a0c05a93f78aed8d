import type { Insertable, Kysely } from "kysely";
import type { AuditEntryTable, Database } from "./schema.ts";

/*
 * The audit trail: written on every view or change of a student's plan or records, read by the
 * district's administrators. There is no function here to change or delete an entry, and the
 * database refuses it anyway (migrations/008-audit-and-retention.ts), but for the tombstone.
 */

type Db = Kysely<Database>;

export async function insertAuditEntry(db: Db, entry: Insertable<AuditEntryTable>) {
  await db.insertInto("audit_entries").values(entry).execute();
}

export interface AuditFilter {
  districtId: string;
  studentId?: string | undefined;
  personId?: string | undefined;
  /** Inclusive ISO bounds on created_at. */
  from?: string | undefined;
  before?: string | undefined;
}

function filtered(db: Db, filter: AuditFilter) {
  let query = db.selectFrom("audit_entries").where("district_id", "=", filter.districtId);
  if (filter.studentId) query = query.where("student_id", "=", filter.studentId);
  if (filter.personId) query = query.where("actor_id", "=", filter.personId);
  if (filter.from) query = query.where("created_at", ">=", filter.from);
  if (filter.before) query = query.where("created_at", "<", filter.before);

  return query;
}

/** Newest first, a page at a time. */
export async function listAuditEntries(
  db: Db,
  filter: AuditFilter,
  page: { limit: number; offset: number },
) {
  return filtered(db, filter)
    .selectAll()
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

export async function countAuditEntries(db: Db, filter: AuditFilter): Promise<number> {
  const row = await filtered(db, filter)
    .select((eb) => eb.fn.countAll().as("count"))
    .executeTakeFirstOrThrow();

  return Number(row.count);
}

/** The district's people, to name the ids of the trail on the administrator's page. */
export async function peopleOfDistrict(db: Db, districtId: string) {
  return db
    .selectFrom("people")
    .select(["id", "given_name", "family_name", "preferred_name", "role"])
    .where("district_id", "=", districtId)
    .orderBy("family_name")
    .orderBy("given_name")
    .execute();
}

/** Replaces a deleted student's ids (and the student's own client addresses) in the trail. */
export async function tombstoneStudent(
  db: Db,
  options: { districtId: string; studentId: string; planIds: string[]; tombstone: string },
) {
  const { districtId, studentId, planIds, tombstone } = options;
  await db
    .updateTable("audit_entries")
    .set({ actor_id: tombstone, client_address: tombstone })
    .where("district_id", "=", districtId)
    .where("actor_id", "=", studentId)
    .execute();
  await db
    .updateTable("audit_entries")
    .set({ student_id: tombstone })
    .where("district_id", "=", districtId)
    .where("student_id", "=", studentId)
    .execute();
  if (planIds.length === 0) return;
  await db
    .updateTable("audit_entries")
    .set({ plan_id: tombstone })
    .where("district_id", "=", districtId)
    .where("plan_id", "in", planIds)
    .execute();
}

/** The time zone the district's days are counted in: its first school's. */
export async function districtTimeZone(db: Db, districtId: string): Promise<string> {
  const school = await db
    .selectFrom("schools")
    .select("time_zone")
    .where("district_id", "=", districtId)
    .orderBy("created_at")
    .executeTakeFirst();

  return school?.time_zone ?? "UTC";
}
