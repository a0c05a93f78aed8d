import { type Insertable, type Kysely, sql } from "kysely";
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

/** Several entries in one statement: the audit of requests that finished together. */
export async function insertAuditEntries(db: Db, entries: Insertable<AuditEntryTable>[]) {
  if (entries.length > 0) await db.insertInto("audit_entries").values(entries).execute();
}

/** The plans of these ids, with their student and district, for entries about them. */
export async function findAuditedPlans(db: Db, planIds: string[]) {
  if (planIds.length === 0) return new Map<string, never>();
  const plans = await db
    .selectFrom("plans")
    .select(["id", "student_id", "district_id"])
    .where("id", "in", [...new Set(planIds)])
    .execute();

  return new Map(plans.map((plan) => [plan.id, plan]));
}

/** The students of these ids, with their district, for entries about them. */
export async function findAuditedStudents(db: Db, studentIds: string[]) {
  if (studentIds.length === 0) return new Map<string, never>();
  const students = await db
    .selectFrom("people")
    .select(["id", "district_id"])
    .where("id", "in", [...new Set(studentIds)])
    .where("role", "=", "student")
    .execute();

  return new Map(students.map((student) => [student.id, student]));
}

/** An entry about a plan or a student, without the ids the statement finds itself. */
export type SubjectEntry = Omit<Insertable<AuditEntryTable>, "plan_id" | "student_id">;

/**
 * Writes an entry about a plan of the entry's district, with the plan's student, in one
 * statement: a plan page view is one round trip to the database for its audit, not two (the
 * cached page otherwise costs little). False when there is no such plan, and nothing written.
 */
export async function insertPlanAuditEntry(db: Db, entry: SubjectEntry, planId: string) {
  const result = await db
    .insertInto("audit_entries")
    .columns([...subjectColumns, "plan_id", "student_id"])
    .expression((eb) =>
      eb
        .selectFrom("plans")
        .select([...subjectValues(entry), "plans.id", "plans.student_id"])
        .where("plans.id", "=", planId)
        .where("plans.district_id", "=", entry.district_id),
    )
    .executeTakeFirst();

  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** The same for a student of the entry's district (not a plan): false when there is none. */
export async function insertStudentAuditEntry(db: Db, entry: SubjectEntry, studentId: string) {
  const result = await db
    .insertInto("audit_entries")
    .columns([...subjectColumns, "plan_id", "student_id"])
    .expression((eb) =>
      eb
        .selectFrom("people")
        .select([...subjectValues(entry), sql<null>`null`.as("plan_id"), "people.id"])
        .where("people.id", "=", studentId)
        .where("people.district_id", "=", entry.district_id)
        .where("people.role", "=", "student"),
    )
    .executeTakeFirst();

  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

const subjectColumns = [
  "district_id",
  "actor_id",
  "actor_role",
  "action",
  "route",
  "client_address",
  "details",
  "created_at",
] as const;

function subjectValues(entry: SubjectEntry) {
  // Typed as text: PostgreSQL cannot infer the type of a bare parameter in a select list.
  const text = (value: string | null | undefined) =>
    sql<string | null>`cast(${value ?? null} as text)`;

  return [
    text(entry.district_id).as("district_id"),
    text(entry.actor_id).as("actor_id"),
    text(entry.actor_role).as("actor_role"),
    text(entry.action).as("action"),
    text(entry.route).as("route"),
    text(entry.client_address).as("client_address"),
    text(entry.details ?? "{}").as("details"),
    text(entry.created_at).as("created_at"),
  ];
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
