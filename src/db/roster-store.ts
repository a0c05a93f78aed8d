import { type Kysely, PostgresAdapter, sql } from "kysely";
import type { Database, PersonRole, RosterImportTable } from "./schema.ts";

/*
 * Everything the roster import reads and writes. Rows from a roster are keyed by the roster's
 * sourcedId within the district; `last_import_id` records which import last brought a row, so a
 * bulk import can find, in one statement, the rows its files no longer list. Lists of ids are
 * sent in slices that stay under both databases' limits on bound values.
 */

type Db = Kysely<Database>;

const slice = 500;

function slices<T>(items: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += slice) {
    result.push(items.slice(start, start + slice));
  }

  return result;
}

export async function listDistricts(db: Db) {
  return db.selectFrom("districts").select(["id", "name", "source_id"]).orderBy("name").execute();
}

export async function findDistrict(db: Db, districtId: string) {
  return db
    .selectFrom("districts")
    .select(["id", "name", "source_id"])
    .where("id", "=", districtId)
    .executeTakeFirst();
}

export async function insertDistrict(
  db: Db,
  district: { id: string; name: string; sourceId: string | null; now: string },
) {
  await db
    .insertInto("districts")
    .values({
      id: district.id,
      name: district.name,
      source_id: district.sourceId,
      created_at: district.now,
    })
    .execute();
}

export async function nameDistrict(
  db: Db,
  districtId: string,
  roster: { sourceId: string; name: string },
) {
  await db
    .updateTable("districts")
    .set({ source_id: roster.sourceId, name: roster.name })
    .where("id", "=", districtId)
    .execute();
}

export async function listSchools(db: Db, districtId: string) {
  return db
    .selectFrom("schools")
    .select(["id", "source_id", "name", "time_zone", "check_in_cadence_days"])
    .where("district_id", "=", districtId)
    .execute();
}

/** The school made at first-run setup takes the roster's id, keeping its Math Vision. */
export async function adoptSchool(
  db: Db,
  schoolId: string,
  roster: { sourceId: string; name: string; active: boolean; now: string },
) {
  await db
    .updateTable("schools")
    .set({
      source_id: roster.sourceId,
      name: roster.name,
      active: roster.active ? 1 : 0,
      updated_at: roster.now,
    })
    .where("id", "=", schoolId)
    .execute();
}

export interface SchoolWrite {
  id: string;
  sourceId: string;
  name: string;
  active: boolean;
}

/** A new school's settings until someone sets them: the district's other school's, if any. */
export interface SchoolSettings {
  timeZone: string;
  checkInCadenceDays: number;
}

/** The same as the column defaults of migrations/001-initial.ts. */
export const defaultSchoolSettings: SchoolSettings = {
  timeZone: "America/New_York",
  checkInCadenceDays: 14,
};

export async function upsertSchools(
  db: Db,
  write: { districtId: string; now: string; schools: SchoolWrite[]; settings: SchoolSettings },
) {
  for (const part of slices(write.schools)) {
    await db
      .insertInto("schools")
      .values(
        part.map((school) => ({
          id: school.id,
          district_id: write.districtId,
          source_id: school.sourceId,
          name: school.name,
          math_vision: "",
          time_zone: write.settings.timeZone,
          check_in_cadence_days: write.settings.checkInCadenceDays,
          active: school.active ? 1 : 0,
          created_at: write.now,
          updated_at: write.now,
        })),
      )
      .onConflict((conflict) =>
        conflict.columns(["district_id", "source_id"]).doUpdateSet((eb) => ({
          name: eb.ref("excluded.name"),
          active: eb.ref("excluded.active"),
          updated_at: eb.ref("excluded.updated_at"),
        })),
      )
      .execute();
  }
}

/** Of these roster ids, the ones the district already has as schools (or as classes). */
export async function knownSources(
  db: Db,
  options: { table: "schools" | "classes"; districtId: string; sourceIds: string[] },
) {
  const known = new Set<string>();
  for (const part of slices(options.sourceIds)) {
    const rows = await db
      .selectFrom(options.table)
      .select("source_id")
      .where("district_id", "=", options.districtId)
      .where("source_id", "in", part)
      .execute();
    for (const row of rows) if (row.source_id) known.add(row.source_id);
  }

  return known;
}

export const knownSchoolSources = (db: Db, districtId: string, sourceIds: string[]) =>
  knownSources(db, { table: "schools", districtId, sourceIds });

export const knownClassSources = (db: Db, districtId: string, sourceIds: string[]) =>
  knownSources(db, { table: "classes", districtId, sourceIds });

/** Roles of the people of the district with these roster ids. */
export async function knownPeopleRoles(db: Db, districtId: string, sourceIds: string[]) {
  const roles = new Map<string, PersonRole>();
  for (const part of slices(sourceIds)) {
    const rows = await db
      .selectFrom("people")
      .select(["source_id", "role"])
      .where("district_id", "=", districtId)
      .where("source_id", "in", part)
      .execute();
    for (const row of rows) if (row.source_id) roles.set(row.source_id, row.role);
  }

  return roles;
}

type SourcedTable = "schools" | "people" | "classes";

/** Our ids for roster ids, in one table of the district. */
export async function idsBySource(
  db: Db,
  table: SourcedTable,
  districtId: string,
  sourceIds: string[],
) {
  const ids = new Map<string, string>();
  for (const part of slices([...new Set(sourceIds)])) {
    const rows = await db
      .selectFrom(table)
      .select(["id", "source_id"])
      .where("district_id", "=", districtId)
      .where("source_id", "in", part)
      .execute();
    for (const row of rows) if (row.source_id) ids.set(row.source_id, row.id);
  }

  return ids;
}

export interface PersonWrite {
  id: string;
  sourceId: string;
  role: PersonRole;
  givenName: string;
  familyName: string;
  preferredName: string | null;
  preferredLanguage: string | null;
  email: string | null;
  phone: string | null;
  grades: string | null;
  active: boolean;
}

/** Which optional fields the file carries: a column a file lacks leaves what is stored alone. */
export interface PersonColumns {
  preferredName: boolean;
  email: boolean;
  phone: boolean;
  grades: boolean;
  preferredLanguage: boolean;
}

export async function upsertPeople(
  db: Db,
  write: {
    districtId: string;
    importId: string;
    now: string;
    people: PersonWrite[];
    columns: PersonColumns;
  },
) {
  const { columns } = write;

  return (
    db
      .insertInto("people")
      .values(
        write.people.map((person) => ({
          id: person.id,
          district_id: write.districtId,
          source_id: person.sourceId,
          role: person.role,
          given_name: person.givenName,
          family_name: person.familyName,
          preferred_name: person.preferredName,
          email: person.email,
          phone: person.phone,
          grades: person.grades,
          preferred_locale: person.preferredLanguage,
          active: person.active ? 1 : 0,
          created_at: write.now,
          updated_at: write.now,
          last_import_id: write.importId,
        })),
      )
      .onConflict((conflict) =>
        conflict.columns(["district_id", "source_id"]).doUpdateSet((eb) => ({
          role: eb.ref("excluded.role"),
          given_name: eb.ref("excluded.given_name"),
          family_name: eb.ref("excluded.family_name"),
          active: eb.ref("excluded.active"),
          updated_at: eb.ref("excluded.updated_at"),
          last_import_id: eb.ref("excluded.last_import_id"),
          ...(columns.preferredName ? { preferred_name: eb.ref("excluded.preferred_name") } : {}),
          ...(columns.email ? { email: eb.ref("excluded.email") } : {}),
          ...(columns.phone ? { phone: eb.ref("excluded.phone") } : {}),
          ...(columns.grades ? { grades: eb.ref("excluded.grades") } : {}),
          // A language the person chose in the app outranks the school's record of it.
          ...(columns.preferredLanguage
            ? {
                preferred_locale: eb
                  .case()
                  .when("people.locale_chosen", "=", 1)
                  .then(eb.ref("people.preferred_locale"))
                  .else(eb.ref("excluded.preferred_locale"))
                  .end(),
              }
            : {}),
        })),
      )
      // A person the district already had keeps their id: the import learns it here.
      .returning(["id", "source_id"])
      .execute()
  );
}

/** Sets the schools of these people to exactly the ones given. */
export async function replacePersonSchools(
  db: Db,
  write: {
    districtId: string;
    personIds: string[];
    links: { personId: string; schoolId: string }[];
  },
) {
  if (write.personIds.length > 0) {
    await db
      .deleteFrom("person_schools")
      .where("district_id", "=", write.districtId)
      .where("person_id", "in", write.personIds)
      .execute();
  }

  for (const part of slices(write.links)) {
    await db
      .insertInto("person_schools")
      .values(
        part.map((link) => ({
          person_id: link.personId,
          school_id: link.schoolId,
          district_id: write.districtId,
        })),
      )
      .onConflict((conflict) => conflict.columns(["person_id", "school_id"]).doNothing())
      .execute();
  }
}

export interface ClassWrite {
  id: string;
  sourceId: string;
  schoolId: string;
  title: string;
  classCode: string | null;
  grades: string | null;
  active: boolean;
}

export async function upsertClasses(
  db: Db,
  write: { districtId: string; importId: string; now: string; classes: ClassWrite[] },
) {
  return db
    .insertInto("classes")
    .values(
      write.classes.map((klass) => ({
        id: klass.id,
        district_id: write.districtId,
        school_id: klass.schoolId,
        source_id: klass.sourceId,
        title: klass.title,
        class_code: klass.classCode,
        grades: klass.grades,
        active: klass.active ? 1 : 0,
        created_at: write.now,
        updated_at: write.now,
        last_import_id: write.importId,
      })),
    )
    .onConflict((conflict) =>
      conflict.columns(["district_id", "source_id"]).doUpdateSet((eb) => ({
        school_id: eb.ref("excluded.school_id"),
        title: eb.ref("excluded.title"),
        class_code: eb.ref("excluded.class_code"),
        grades: eb.ref("excluded.grades"),
        active: eb.ref("excluded.active"),
        updated_at: eb.ref("excluded.updated_at"),
        last_import_id: eb.ref("excluded.last_import_id"),
      })),
    )
    .returning(["id", "source_id"])
    .execute();
}

export interface EnrollmentWrite {
  id: string;
  sourceId: string;
  classId: string;
  personId: string;
  role: PersonRole;
  active: boolean;
}

export async function upsertEnrollments(
  db: Db,
  write: { districtId: string; importId: string; now: string; enrollments: EnrollmentWrite[] },
) {
  await db
    .insertInto("enrollments")
    .values(
      write.enrollments.map((enrollment) => ({
        id: enrollment.id,
        district_id: write.districtId,
        source_id: enrollment.sourceId,
        class_id: enrollment.classId,
        person_id: enrollment.personId,
        role: enrollment.role,
        active: enrollment.active ? 1 : 0,
        created_at: write.now,
        updated_at: write.now,
        last_import_id: write.importId,
      })),
    )
    .onConflict((conflict) =>
      conflict.columns(["district_id", "source_id"]).doUpdateSet((eb) => ({
        class_id: eb.ref("excluded.class_id"),
        person_id: eb.ref("excluded.person_id"),
        role: eb.ref("excluded.role"),
        active: eb.ref("excluded.active"),
        updated_at: eb.ref("excluded.updated_at"),
        last_import_id: eb.ref("excluded.last_import_id"),
      })),
    )
    .execute();
}

export interface GuardianLinkWrite {
  id: string;
  guardianId: string;
  studentId: string;
}

export async function upsertGuardianLinks(
  db: Db,
  write: { districtId: string; importId: string; now: string; links: GuardianLinkWrite[] },
) {
  await db
    .insertInto("guardian_links")
    .values(
      write.links.map((link) => ({
        id: link.id,
        district_id: write.districtId,
        guardian_id: link.guardianId,
        student_id: link.studentId,
        active: 1,
        created_at: write.now,
        updated_at: write.now,
        last_import_id: write.importId,
      })),
    )
    .onConflict((conflict) =>
      conflict.columns(["guardian_id", "student_id"]).doUpdateSet((eb) => ({
        active: eb.ref("excluded.active"),
        updated_at: eb.ref("excluded.updated_at"),
        last_import_id: eb.ref("excluded.last_import_id"),
      })),
    )
    .execute();
}

type SyncedTable = "people" | "classes" | "enrollments";

/**
 * Marks rows as brought by this import without changing them: rows a bulk file lists but that
 * had errors are kept as they are, not taken for removed.
 */
export async function keepRows(
  db: Db,
  table: SyncedTable,
  write: { districtId: string; importId: string; sourceIds: string[] },
) {
  for (const part of slices(write.sourceIds)) {
    await db
      .updateTable(table)
      .set({ last_import_id: write.importId })
      .where("district_id", "=", write.districtId)
      .where("source_id", "in", part)
      .execute();
  }
}

/** Keeps the family links of these people, as keepRows keeps the people. */
export async function keepLinksOf(
  db: Db,
  write: { districtId: string; importId: string; personSourceIds: string[] },
) {
  for (const part of slices(write.personSourceIds)) {
    const people = db
      .selectFrom("people")
      .select("id")
      .where("district_id", "=", write.districtId)
      .where("source_id", "in", part);
    await db
      .updateTable("guardian_links")
      .set({ last_import_id: write.importId })
      .where("district_id", "=", write.districtId)
      .where("last_import_id", "is not", null)
      .where((eb) => eb.or([eb("guardian_id", "in", people), eb("student_id", "in", people)]))
      .execute();
  }
}

/**
 * Deactivates the roster rows this import did not bring: for a bulk file, what it no longer
 * lists is gone. Rows made in the app (no roster id, no import) are never touched.
 */
export async function deactivateUnseen(
  db: Db,
  table: SyncedTable | "guardian_links",
  write: { districtId: string; importId: string; now: string },
): Promise<number> {
  const query = db
    .updateTable(table)
    .set({ active: 0, updated_at: write.now })
    .where("district_id", "=", write.districtId)
    .where("active", "=", 1)
    .where((eb) =>
      eb.or([eb("last_import_id", "is", null), eb("last_import_id", "!=", write.importId)]),
    );
  const fromRoster =
    table === "guardian_links"
      ? query.where("last_import_id", "is not", null)
      : query.where("source_id", "is not", null);
  const result = await fromRoster.executeTakeFirst();

  return Number(result.numUpdatedRows);
}

/** A person or class that is no longer active takes their enrollments and family links along. */
export async function deactivateWhatHangsOnInactive(
  db: Db,
  write: { districtId: string; now: string },
) {
  const inactivePeople = db
    .selectFrom("people")
    .select("id")
    .where("district_id", "=", write.districtId)
    .where("active", "=", 0);
  const inactiveClasses = db
    .selectFrom("classes")
    .select("id")
    .where("district_id", "=", write.districtId)
    .where("active", "=", 0);

  await db
    .updateTable("enrollments")
    .set({ active: 0, updated_at: write.now })
    .where("district_id", "=", write.districtId)
    .where("active", "=", 1)
    .where((eb) =>
      eb.or([eb("person_id", "in", inactivePeople), eb("class_id", "in", inactiveClasses)]),
    )
    .execute();
  await db
    .updateTable("guardian_links")
    .set({ active: 0, updated_at: write.now })
    .where("district_id", "=", write.districtId)
    .where("active", "=", 1)
    .where((eb) =>
      eb.or([eb("guardian_id", "in", inactivePeople), eb("student_id", "in", inactivePeople)]),
    )
    .execute();
}

/**
 * PostgreSQL plans each statement from statistics that a long import's own transaction leaves
 * describing empty tables; ANALYZE (allowed inside a transaction) brings them up to date.
 * SQLite plans from its indexes alone.
 */
export async function refreshStatistics(db: Db, tables: readonly (keyof Database)[]) {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;

  for (const table of tables) await sql`analyze ${sql.table(table)}`.execute(db);
}

export async function recordImport(db: Db, record: RosterImportTable) {
  await db.insertInto("roster_imports").values(record).execute();
}

export async function listImports(db: Db, districtId: string, limit: number) {
  return db
    .selectFrom("roster_imports")
    .select(["id", "source_name", "status", "report", "created_at"])
    .where("district_id", "=", districtId)
    .orderBy("created_at", "desc")
    .limit(limit)
    .execute();
}

export async function findImport(db: Db, districtId: string, importId: string) {
  return db
    .selectFrom("roster_imports")
    .selectAll()
    .where("district_id", "=", districtId)
    .where("id", "=", importId)
    .executeTakeFirst();
}
