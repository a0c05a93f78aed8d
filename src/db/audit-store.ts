import { type Insertable, type Kysely, sql } from "kysely";
import type { AuditEntryTable, Database, PersonRole } from "./schema.ts";
import { readInSlices, slices } from "./slices.ts";
import { holdsEveryWord, type SearchedColumns } from "./typed-words.ts";

/*
 * The audit trail: written on every view or change of a student's plan or records, read by the
 * district's administrators. There is no function here to change or delete an entry, and the
 * database refuses it anyway (migrations/008-audit-and-retention.ts), but for the tombstone.
 */

type Db = Kysely<Database>;

export async function insertAuditEntry(db: Db, entry: Insertable<AuditEntryTable>) {
  await db.insertInto("audit_entries").values(entry).execute();
}

/**
 * Several entries, in one statement for up to 500 of them: the audit of requests that finished
 * together, or of a whole class's or school's plans changed at once.
 */
export async function insertAuditEntries(db: Db, entries: Insertable<AuditEntryTable>[]) {
  for (const slice of slices(entries)) {
    await db.insertInto("audit_entries").values(slice).execute();
  }
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

/** Which column of the trail names a person: who acted, or whose records were read or changed. */
export type AuditPersonColumn = "actor_id" | "student_id";

/**
 * The first `limit` ids a column of the district's trail names, in id order. Each step seeks the
 * next id in the district-and-person index (migration 017), so a trail of millions of entries
 * by a few hundred people costs a few hundred lookups, never a scan of the trail.
 */
export async function idsNamedInTrail(
  db: Db,
  options: { districtId: string; column: AuditPersonColumn; limit: number },
): Promise<string[]> {
  const { districtId, limit } = options;
  const column = sql.ref(options.column);
  const result = await sql<{ id: string }>`with recursive named(id, step) as (
      select (select ${column} from audit_entries
        where district_id = ${districtId} and ${column} is not null
        order by ${column} limit 1), 1
      union all
      select (select ${column} from audit_entries
        where district_id = ${districtId} and ${column} > named.id
        order by ${column} limit 1), step + 1
      from named
      where named.id is not null and step < ${limit}
    )
    select id from named where id is not null`.execute(db);

  return result.rows.map((row) => row.id);
}

const personColumns = [
  "people.id",
  "people.given_name",
  "people.family_name",
  "people.preferred_name",
  "people.role",
  "people.source_id",
] as const;

/** These people of the district, to name the ids of the trail; any number, read in slices. */
export async function findPeopleOfDistrict(db: Db, districtId: string, ids: readonly string[]) {
  return readInSlices([...new Set(ids)], (slice) =>
    db
      .selectFrom("people")
      .select(personColumns)
      .where("district_id", "=", districtId)
      .where("id", "in", slice)
      .execute(),
  );
}

/** The person of the district with this roster id, if any (people_source_unique finds them). */
export async function findPersonByRosterId(db: Db, districtId: string, sourceId: string) {
  return db
    .selectFrom("people")
    .select(personColumns)
    .where("district_id", "=", districtId)
    .where("source_id", "=", sourceId)
    .executeTakeFirst();
}

/**
 * People of the district a column of the trail names, whose names or roster id hold every one
 * of the words (typed-words.ts): at most `limit` of them (the caller orders them for the reader).
 */
export async function searchPeopleInTrail(
  db: Db,
  options: {
    districtId: string;
    column: AuditPersonColumn;
    words: string[];
    role?: PersonRole | undefined;
    limit: number;
  },
) {
  const { districtId, column, role } = options;
  let query = db
    .selectFrom("people")
    .select(personColumns)
    .where("people.district_id", "=", districtId)
    .where(holdsEveryWord(db, searchedPerson, options.words))
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom("audit_entries")
          .select("audit_entries.id")
          .where("audit_entries.district_id", "=", districtId)
          .whereRef(`audit_entries.${column}`, "=", "people.id"),
      ),
    );
  if (role) query = query.where("people.role", "=", role);

  return query
    .orderBy("people.family_name")
    .orderBy("people.given_name")
    .orderBy("people.id")
    .limit(options.limit)
    .execute();
}

/** Everything a word may be found in: the names by their words, the roster's id from its start. */
const searchedPerson: SearchedColumns = {
  worded: [sql`people.given_name`, sql`people.family_name`, sql`people.preferred_name`],
  whole: [sql`people.source_id`],
};

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
