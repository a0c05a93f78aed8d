import { CompiledQuery, type Kysely, PostgresAdapter, sql } from "kysely";
import {
  checkpointAfterCommit,
  holdCheckpoints,
  releaseCheckpoints,
} from "./background-checkpoint.ts";
import {
  checkPostgresReferences,
  checkSqliteReferences,
  deferPostgresChecks,
  mayDeferPostgresChecks,
  referencingTables,
} from "./reference-checks.ts";
import { holdRosterWrites } from "./roster-lock.ts";
import type { Database, PersonRole, RosterImportTable } from "./schema.ts";
import { slices } from "./slices.ts";

export { BrokenReferenceError } from "./reference-checks.ts";

/*
 * Everything the roster import reads and writes. Rows from a roster are keyed by the roster's
 * sourcedId within the district; `last_import_id` records which import last brought a row, so a
 * bulk import can find, in one statement, the rows its files no longer list. Lists of ids are
 * sent in slices (slices.ts).
 */

type Db = Kysely<Database>;

const isPostgres = (db: Db) => db.getExecutor().adapter instanceof PostgresAdapter;

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

/** An org as the district's roster last listed it (migrations/018-roster-orgs.ts). */
export interface StoredRosterOrg {
  type: string;
  name: string;
  /** The org it is part of, or "". */
  parentId: string;
  /** The district has it as a school: a school, or an org classes used as their school. */
  school: boolean;
}

/** Of these roster ids, the orgs of the district's stored tree. */
export async function knownRosterOrgs(db: Db, districtId: string, sourceIds: string[]) {
  const orgs = new Map<string, StoredRosterOrg>();
  for (const part of slices(sourceIds)) {
    const rows = await db
      .selectFrom("roster_orgs")
      .leftJoin("schools", (join) =>
        join
          .onRef("schools.district_id", "=", "roster_orgs.district_id")
          .onRef("schools.source_id", "=", "roster_orgs.source_id"),
      )
      .select([
        "roster_orgs.source_id",
        "roster_orgs.type",
        "roster_orgs.name",
        "roster_orgs.parent_source_id",
        "schools.id as school_id",
      ])
      .where("roster_orgs.district_id", "=", districtId)
      .where("roster_orgs.source_id", "in", part)
      .execute();
    for (const row of rows) {
      orgs.set(row.source_id, {
        type: row.type,
        name: row.name,
        parentId: row.parent_source_id ?? "",
        school: row.school_id !== null,
      });
    }
  }

  return orgs;
}

export interface RosterOrgWrite {
  sourceId: string;
  type: string;
  name: string;
  /** The org it is part of, or "". */
  parentId: string;
}

/** Stores orgs of the district's tree as this import lists them, replacing what was stored. */
export async function upsertRosterOrgs(
  db: Db,
  write: { districtId: string; importId: string; orgs: RosterOrgWrite[] },
) {
  for (const part of slices(write.orgs)) {
    await db
      .insertInto("roster_orgs")
      .values(
        part.map((org) => ({
          district_id: write.districtId,
          source_id: org.sourceId,
          type: org.type,
          name: org.name,
          parent_source_id: org.parentId === "" ? null : org.parentId,
          last_import_id: write.importId,
        })),
      )
      .onConflict((conflict) =>
        conflict.columns(["district_id", "source_id"]).doUpdateSet((eb) => ({
          type: eb.ref("excluded.type"),
          name: eb.ref("excluded.name"),
          parent_source_id: eb.ref("excluded.parent_source_id"),
          last_import_id: eb.ref("excluded.last_import_id"),
        })),
      )
      .execute();
  }
}

/** Marks orgs as brought by this import unchanged: a bulk file lists them, with errors. */
export async function keepRosterOrgs(
  db: Db,
  write: { districtId: string; importId: string; sourceIds: string[] },
) {
  for (const part of slices(write.sourceIds)) {
    await db
      .updateTable("roster_orgs")
      .set({ last_import_id: write.importId })
      .where("district_id", "=", write.districtId)
      .where("source_id", "in", part)
      .execute();
  }
}

/**
 * Removes the orgs this import did not bring from the district's tree: a bulk orgs.csv lists
 * them all. Nothing refers to the tree's rows, so they go rather than being marked.
 */
export async function removeUnseenRosterOrgs(
  db: Db,
  write: { districtId: string; importId: string },
) {
  await db
    .deleteFrom("roster_orgs")
    .where("district_id", "=", write.districtId)
    .where("last_import_id", "!=", write.importId)
    .execute();
}

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

/** An upsert's `set` list: these columns take the incoming row's values. */
function fromIncoming(columns: readonly string[]) {
  return columns.map((column) => `"${column}" = excluded."${column}"`).join(", ");
}

/** What a file's optional columns may overwrite; a column it lacks leaves the stored value. */
function peopleUpdates(columns: PersonColumns) {
  const updates = ["role", "given_name", "family_name", "active", "updated_at", "last_import_id"];
  if (columns.preferredName) updates.push("preferred_name");
  if (columns.email) updates.push("email");
  if (columns.phone) updates.push("phone");
  if (columns.grades) updates.push("grades");
  const set = [fromIncoming(updates)];
  // A language the person chose in the app outranks the school's record of it; one staff chose
  // (locale_chosen 2) stands until the school's record says a language, which then takes over.
  if (columns.preferredLanguage) {
    set.push(
      `"preferred_locale" = case when "people"."locale_chosen" = 1 ` +
        `or ("people"."locale_chosen" = 2 and excluded."preferred_locale" is null) ` +
        `then "people"."preferred_locale" else excluded."preferred_locale" end`,
      `"locale_chosen" = case when "people"."locale_chosen" = 2 ` +
        `and excluded."preferred_locale" is not null then 0 else "people"."locale_chosen" end`,
    );
  }

  return set.join(", ");
}

const peopleColumns = [
  "id",
  "source_id",
  "role",
  "given_name",
  "family_name",
  "preferred_name",
  "email",
  "phone",
  "grades",
  "preferred_locale",
  "active",
] as const;

/** The columns every row of an import's batch shares, with their values. */
function sharedOf(write: { districtId: string; importId: string; now: string }) {
  return {
    district_id: write.districtId,
    created_at: write.now,
    updated_at: write.now,
    last_import_id: write.importId,
  };
}

export async function upsertPeople(
  db: Db,
  write: {
    districtId: string;
    importId: string;
    now: string;
    people: PersonWrite[];
    columns: PersonColumns;
    /** The district's first roster: nobody is there yet, every person keeps the id sent. */
    firstRoster: boolean;
  },
) {
  const values: unknown[] = [];
  for (const person of write.people) {
    values.push(
      person.id,
      person.sourceId,
      person.role,
      person.givenName,
      person.familyName,
      person.preferredName,
      person.email,
      person.phone,
      person.grades,
      person.preferredLanguage,
      person.active ? 1 : 0,
    );
  }
  // A person the district already had keeps their id: the import learns it here. Nobody can be
  // there already on a district's first roster: asking cost PostgreSQL a third of the insert.
  const conflict = !write.firstRoster
    ? `on conflict ("district_id", "source_id") do update set ${peopleUpdates(write.columns)}` +
      ` returning "id", "source_id"`
    : "";

  return bulkInsert<{ id: string; source_id: string | null }>(db, {
    table: "people",
    columns: peopleColumns,
    shared: sharedOf(write),
    values,
    conflict,
  });
}

/**
 * Whether an import may write its rows while it checks them (WritingAlong): into a district with
 * nothing to update, as only a first roster gives every row its id before storing it. On
 * PostgreSQL the server stores while the app reads, for a role that may check the references
 * once before the commit (enrollments go in before their classes). On SQLite nothing overlaps,
 * but the rows go straight from the check to the database instead of through a temporary file
 * (a tenth of the import); the app's one connection is held from the check's start, so every
 * other page waits for the import: only for a server's first district, which no one else uses.
 */
export async function mayWriteAlong(db: Db, districtId: string, creating: boolean) {
  if (isPostgres(db) ? !(await mayDeferPostgresChecks(db)) : await othersHaveRows(db, districtId)) {
    return false;
  }

  return creating || (await isEmptyDistrict(db, districtId));
}

/** Whether another district has rows in the tables a roster fills. */
async function othersHaveRows(db: Db, districtId: string) {
  const filled = ["people", "person_schools", "classes", "enrollments", "guardian_links"] as const;
  for (const table of filled) {
    const other = await db
      .selectFrom(table)
      .select("district_id")
      .where("district_id", "<>", districtId)
      .limit(1)
      .executeTakeFirst();
    if (other) return true;
  }

  return false;
}

/**
 * Whether no roster has brought the district people or classes yet: nothing an import could
 * update. People and classes made in the app (the administrator of the first-run setup) have no
 * roster id, so no roster row can be one of them.
 */
async function isEmptyDistrict(db: Db, districtId: string) {
  const klass = await db
    .selectFrom("classes")
    .select("id")
    .where("district_id", "=", districtId)
    .where("source_id", "is not", null)
    .limit(1)
    .executeTakeFirst();

  return klass === undefined && !(await hasRosterPeople(db, districtId));
}

/**
 * Rows the import writes at a time. SQLite binds every value: 1,000 people (15 columns) stay
 * under its 32,766 bound values. PostgreSQL takes a batch as a text per column (insertColumns):
 * batches of 4,000 saved it a tenth of a district's import, in statements and in waits between
 * them, for more rows held across each await.
 */
export function batchRows(db: Db) {
  return isPostgres(db) ? 4000 : 1000;
}

/**
 * Whether a roster brought the district anyone yet: its first roster need not learn stored ids
 * (people made in the app have no roster id, so no row of the roster can be one of them).
 */
export async function hasRosterPeople(db: Db, districtId: string) {
  const row = await db
    .selectFrom("people")
    .select("id")
    .where("district_id", "=", districtId)
    .where("source_id", "is not", null)
    .limit(1)
    .executeTakeFirst();

  return row !== undefined;
}

/** Sets the schools of these people to exactly the ones given. */
export async function replacePersonSchools(
  db: Db,
  write: {
    districtId: string;
    personIds: string[];
    links: { personId: string; schoolId: string }[];
    /** The district's first roster: no school of anyone can be there already. */
    firstRoster: boolean;
  },
) {
  if (write.personIds.length > 0) {
    await db
      .deleteFrom("person_schools")
      .where("district_id", "=", write.districtId)
      .where("person_id", "in", write.personIds)
      .execute();
  }

  const values: unknown[] = [];
  for (const link of write.links) values.push(link.personId, link.schoolId);
  await bulkInsert(db, {
    table: "person_schools",
    columns: ["person_id", "school_id"],
    shared: { district_id: write.districtId },
    values,
    // Asking first is a speculative insertion PostgreSQL logs twice (insert, then confirm).
    conflict: write.firstRoster ? "" : `on conflict ("person_id", "school_id") do nothing`,
  });
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

const enrollmentColumns = ["id", "source_id", "class_id", "person_id", "role", "active"] as const;

export async function upsertEnrollments(
  db: Db,
  write: {
    districtId: string;
    importId: string;
    now: string;
    enrollments: EnrollmentWrite[];
    /** The district's first roster: no enrollment can be there already. */
    firstRoster: boolean;
  },
) {
  const values: unknown[] = [];
  for (const enrollment of write.enrollments) {
    values.push(
      enrollment.id,
      enrollment.sourceId,
      enrollment.classId,
      enrollment.personId,
      enrollment.role,
      enrollment.active ? 1 : 0,
    );
  }
  const set = fromIncoming([
    "class_id",
    "person_id",
    "role",
    "active",
    "updated_at",
    "last_import_id",
  ]);

  await bulkInsert(db, {
    table: "enrollments",
    columns: enrollmentColumns,
    shared: sharedOf(write),
    values,
    conflict: write.firstRoster
      ? ""
      : `on conflict ("district_id", "source_id") do update set ${set}`,
  });
}

export interface GuardianLinkWrite {
  id: string;
  guardianId: string;
  studentId: string;
}

const guardianLinkColumns = ["id", "guardian_id", "student_id"] as const;

export async function upsertGuardianLinks(
  db: Db,
  write: {
    districtId: string;
    importId: string;
    now: string;
    links: GuardianLinkWrite[];
    /** The district's first roster: no family link can be there already. */
    firstRoster: boolean;
  },
) {
  const values: unknown[] = [];
  for (const link of write.links) {
    values.push(link.id, link.guardianId, link.studentId);
  }
  const set = fromIncoming(["active", "updated_at", "last_import_id"]);

  await bulkInsert(db, {
    table: "guardian_links",
    columns: guardianLinkColumns,
    shared: { ...sharedOf(write), active: 1 },
    values,
    conflict: write.firstRoster
      ? ""
      : `on conflict ("guardian_id", "student_id") do update set ${set}`,
  });
}

/*
 * The import's big tables are written with statements built here rather than by the query
 * builder: a batch of 1,000 people is 15,000 values, and building and compiling that as a
 * query tree took more time and made more garbage than the database took to store it. The
 * text depends only on the table, the number of rows and the conflict clause, so a full batch
 * reuses one statement (and SQLite one prepared statement) from the first batch to the last.
 * Only constant names and placeholders go into the text; every value is bound. PostgreSQL gets
 * the batch as one array per column instead (insertColumns).
 */

/*
 * The values of a batch are pushed row by row: on Node 20, `flatMap` returning an array per row
 * took fourteen times as long, about 3 µs a row.
 */

const statementTexts = new Map<string, string>();

/** Rows per SQLite statement, below its limit of 32,766 bound values. */
const rowsPerStatement = 1000;

/** A batch: the columns each row has its own value for, and those every row shares. */
interface BulkInsert {
  table: string;
  columns: readonly string[];
  /** Bound once for the whole statement rather than in every row. */
  shared: Readonly<Record<string, string | number>>;
  /** Row after row, each with a value per column. */
  values: unknown[];
  conflict: string;
}

async function bulkInsert<Row = never>(db: Db, insert: BulkInsert): Promise<Row[]> {
  const width = insert.columns.length;
  const rowCount = insert.values.length / width;
  if (rowCount > 0 && isPostgres(db)) return insertColumns<Row>(db, insert, rowCount);

  const shared = sharedParameters(insert.shared);
  const rows: Row[] = [];
  for (let first = 0; first < rowCount; first += rowsPerStatement) {
    const count = Math.min(rowsPerStatement, rowCount - first);
    const text = valuesText({ ...insert, rowCount: count });
    const values = insert.values.slice(first * width, (first + count) * width);
    // The shared values go last, named: the statement cache binds them by name.
    values.push(shared);
    const result = await db.executeQuery<Row>(CompiledQuery.raw(text, values));
    rows.push(...result.rows);
  }

  return rows;
}

/** SQLite names a shared value `@shared_<column>` (statement-cache.ts binds them). */
function sharedParameters(shared: BulkInsert["shared"]) {
  return Object.fromEntries(
    Object.entries(shared).map(([column, value]) => [`shared_${column}`, value]),
  );
}

/**
 * PostgreSQL takes a batch as one array per column, unnested into rows: a statement with a
 * parameter per column instead of one per value, which the server parses and binds in a
 * fraction of the time (a third of its work on a district's people was that). The shared
 * values are one parameter each.
 */
async function insertColumns<Row>(db: Db, insert: BulkInsert, rowCount: number) {
  const width = insert.columns.length;
  const joined: boolean[] = [];
  const parameters: unknown[] = insert.columns.map((_, column) => {
    const values: unknown[] = new Array(rowCount);
    for (let row = 0; row < rowCount; row += 1) values[row] = insert.values[row * width + column];
    const text = columnText(values);
    joined.push(text !== null);
    return text ?? values;
  });
  parameters.push(...Object.values(insert.shared));
  const text = unnestText(insert, joined);
  const result = await db.executeQuery<Row>(CompiledQuery.raw(text, parameters));

  return result.rows;
}

/*
 * A column goes to PostgreSQL as one text, its values joined by a control character that the
 * server splits again (string_to_array), rather than as an array that node-postgres quotes and
 * escapes value by value: that escaping took half a second of a district's import, on the app's
 * one thread between two batches, while the server waited. A column with a value holding the
 * separator (a roster may keep control characters) goes as an array.
 */

/** Between two values of a joined column. */
const valueSeparator = "\u001f";
/** A missing value (SQL null) in a joined column. */
const missingValue = "\u001e";

function columnText(values: unknown[]): string | null {
  const texts = new Array<string>(values.length);
  for (let at = 0; at < values.length; at += 1) {
    const value = values[at];
    if (value === null || value === undefined) {
      texts[at] = missingValue;
      continue;
    }
    const text = String(value);
    if (text === missingValue || text.includes(valueSeparator)) return null;
    texts[at] = text;
  }
  const joined = texts.join(valueSeparator);

  // An empty text splits into no values at all, not one empty value.
  return joined === "" ? null : joined;
}

/** Every column the import writes is text but `active`. */
const integerColumns = new Set(["active"]);

function typeOf(column: string) {
  return integerColumns.has(column) ? "integer" : "text";
}

function unnestText(insert: BulkInsert, joined: boolean[]) {
  const sharedColumns = Object.keys(insert.shared);
  const key =
    `unnest|${insert.table}|${insert.columns.join(",")}|${sharedColumns}|${insert.conflict}|` +
    joined.map((each) => (each ? 1 : 0)).join("");
  const known = statementTexts.get(key);
  if (known) return known;

  const arrays = insert.columns.map((column, at) =>
    joined[at]
      ? `string_to_array($${at + 1}::text, chr(31), chr(30))::${typeOf(column)}[]`
      : `$${at + 1}::${typeOf(column)}[]`,
  );
  const scalars = sharedColumns.map(
    (column, at) => `$${insert.columns.length + at + 1}::${typeOf(column)}`,
  );
  const columns = [...insert.columns, ...sharedColumns].map((column) => `"${column}"`).join(", ");
  const text =
    `insert into "${insert.table}" (${columns}) ` +
    `select *, ${scalars.join(", ")} from unnest(${arrays.join(", ")}) ${insert.conflict}`;
  statementTexts.set(key, text);

  return text;
}

/** SQLite's statement: a tuple of placeholders for each row, the shared values named. */
function valuesText(insert: BulkInsert & { rowCount: number }) {
  const sharedColumns = Object.keys(insert.shared);
  const key =
    `values|${insert.table}|${insert.columns.join(",")}|${sharedColumns}|` +
    `${insert.rowCount}|${insert.conflict}`;
  const known = statementTexts.get(key);
  if (known) return known;

  const placeholders = [
    ...insert.columns.map(() => "?"),
    ...sharedColumns.map((column) => `@shared_${column}`),
  ];
  const row = `(${placeholders.join(", ")})`;
  const tuples = Array.from({ length: insert.rowCount }, () => row);
  const columns = [...insert.columns, ...sharedColumns].map((column) => `"${column}"`).join(", ");
  const into = `insert into "${insert.table}" (${columns})`;
  const text = `${into} values ${tuples.join(", ")} ${insert.conflict}`;
  statementTexts.set(key, text);

  return text;
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
    // Only links that stand: an inactive one stays inactive anyway, and marking it would count
    // it among the links this import left inactive (countLinksLeftInactive).
    await db
      .updateTable("guardian_links")
      .set({ last_import_id: write.importId })
      .where("district_id", "=", write.districtId)
      .where("active", "=", 1)
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

/** Makes these people of the district inactive (a roster's administrators with no school). */
export async function deactivatePeople(
  db: Db,
  write: { districtId: string; ids: string[]; now: string },
) {
  for (const part of slices(write.ids)) {
    await db
      .updateTable("people")
      .set({ active: 0, updated_at: write.now })
      .where("district_id", "=", write.districtId)
      .where("id", "in", part)
      .execute();
  }
}

/** The district's active people from the roster by role: all, or those of these roster ids. */
export async function countActiveRosterPeople(
  db: Db,
  rows: { districtId: string; sourceIds?: readonly string[] },
) {
  const counts = new Map<PersonRole, number>();
  const count = async (sourceIds?: readonly string[]) => {
    let query = db
      .selectFrom("people")
      .select((eb) => ["role", eb.fn.countAll<number | string>().as("count")])
      .where("district_id", "=", rows.districtId)
      .where("active", "=", 1)
      .where("source_id", "is not", null)
      .groupBy("role");
    if (sourceIds) query = query.where("source_id", "in", sourceIds);
    for (const row of await query.execute()) {
      counts.set(row.role, (counts.get(row.role) ?? 0) + Number(row.count));
    }
  };

  if (!rows.sourceIds) await count();
  else for (const part of slices(rows.sourceIds)) await count(part);

  return counts;
}

/** The district's active classes or enrollments from the roster: all, or of these roster ids. */
export async function countActiveRosterRows(
  db: Db,
  table: "classes" | "enrollments",
  rows: { districtId: string; sourceIds?: readonly string[] },
) {
  let total = 0;
  const count = async (sourceIds?: readonly string[]) => {
    let query = db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number | string>().as("count"))
      .where("district_id", "=", rows.districtId)
      .where("active", "=", 1)
      .where("source_id", "is not", null);
    if (sourceIds) query = query.where("source_id", "in", sourceIds);
    total += Number((await query.executeTakeFirstOrThrow()).count);
  };

  if (!rows.sourceIds) await count();
  else for (const part of slices(rows.sourceIds)) await count(part);

  return total;
}

/** Of these roster ids, how many are the district's inactive rows (an import makes them active). */
export async function countInactiveRosterRows(
  db: Db,
  table: SyncedTable,
  rows: { districtId: string; sourceIds: readonly string[] },
) {
  let total = 0;
  for (const part of slices(rows.sourceIds)) {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number | string>().as("count"))
      .where("district_id", "=", rows.districtId)
      .where("active", "=", 0)
      .where("source_id", "in", part)
      .executeTakeFirstOrThrow();
    total += Number(row.count);
  }

  return total;
}

/** The roster ids of the district's inactive roster rows of a table, at most `most` of them. */
export async function inactiveRosterIds(
  db: Db,
  table: SyncedTable,
  rows: { districtId: string; most: number },
) {
  const found = await db
    .selectFrom(table)
    .select("source_id")
    .where("district_id", "=", rows.districtId)
    .where("active", "=", 0)
    .where("source_id", "is not", null)
    .limit(rows.most)
    .execute();

  return found.flatMap((row) => (row.source_id === null ? [] : [row.source_id]));
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
  // Most imports (a district's first above all) leave nobody inactive: asking costs a read that
  // stops at the first one found, where each update below reads a whole table.
  const someoneInactive =
    (await inactivePeople.limit(1).executeTakeFirst()) ??
    (await inactiveClasses.limit(1).executeTakeFirst());
  if (someoneInactive === undefined) return;

  // One statement per reference rather than one with `or`: each can then look the few inactive
  // people up in its index, where the `or` read the district's whole table (0.2 s a district).
  const hanging = [
    { table: "enrollments", column: "person_id", inactive: inactivePeople },
    { table: "enrollments", column: "class_id", inactive: inactiveClasses },
    { table: "guardian_links", column: "guardian_id", inactive: inactivePeople },
    { table: "guardian_links", column: "student_id", inactive: inactivePeople },
  ] as const;
  for (const { table, column, inactive } of hanging) {
    await db
      .updateTable(table)
      .set({ active: 0, updated_at: write.now })
      .where("district_id", "=", write.districtId)
      .where("active", "=", 1)
      .where(column, "in", inactive)
      .execute();
  }
}

/** Family links this import wrote that ended inactive (one of their people is): not made. */
export async function countLinksLeftInactive(
  db: Db,
  write: { districtId: string; importId: string },
) {
  const row = await db
    .selectFrom("guardian_links")
    .select((eb) => eb.fn.countAll<number>().as("count"))
    .where("district_id", "=", write.districtId)
    .where("last_import_id", "=", write.importId)
    .where("active", "=", 0)
    .executeTakeFirstOrThrow();

  return Number(row.count);
}

/**
 * PostgreSQL plans each statement from statistics that a long import's own transaction leaves
 * describing empty tables; ANALYZE (allowed inside a transaction) brings them up to date.
 * SQLite plans from its indexes alone.
 *
 * A sample of 3,000 rows a table (statistics target 10) rather than PostgreSQL's 30,000: the
 * import's own statements need the tables' sizes and rough spreads, not fine histograms, and
 * took 0.1 s instead of 0.8 s of the 100,000-student district. Its rows count as changes at the
 * commit, so where autovacuum runs (PostgreSQL's default) it analyzes the tables again in full
 * within its next round; the pages were as fast on the sampled statistics (bench/RESULTS.md).
 */
export async function refreshStatistics(db: Db, tables: readonly (keyof Database)[]) {
  if (!isPostgres(db)) return;

  await sql`set local default_statistics_target = 10`.execute(db);
  for (const table of tables) await sql`analyze ${sql.table(table)}`.execute(db);
}

export async function recordImport(db: Db, record: RosterImportTable) {
  await db.insertInto("roster_imports").values(record).execute();
}

export async function listImports(
  db: Db,
  districtId: string,
  page: { limit: number; offset: number },
) {
  return db
    .selectFrom("roster_imports")
    .select(["id", "source_name", "status", "report", "created_at"])
    .where("district_id", "=", districtId)
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .limit(page.limit)
    .offset(page.offset)
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

/**
 * Runs the import's writing in one transaction, with the references checked once before the
 * commit rather than per row (reference-checks.ts). On SQLite that holds for every import; the
 * connection is held from the first pragma to the last, so no other query runs without the
 * checks. On PostgreSQL it holds for a large import (as `isBulk` counts) by a role allowed to
 * set `session_replication_role`; a small import, or another role, keeps the per-row checks.
 *
 * A large import on SQLite also drops the secondary indexes of the tables it fills and builds
 * them again before the commit: rows inserted in file order land at random places in indexes
 * keyed by UUIDs, and once those indexes outgrow SQLite's page cache every insert spills and
 * rereads pages of the transaction (enrollments took 59 µs a row at 300,000 rows against 14 at
 * 80,000). Building an index sorts once. Other connections keep reading the indexes of the last
 * commit meanwhile (WAL), and a failed import rolls the drop back with everything else. Its
 * log is copied into the database file by a worker thread after the commit
 * (background-checkpoint.ts).
 */
export async function inWriteTransaction<T>(
  db: Db,
  plan: {
    /** Rows the import brings; for a first roster written along, guessed from its size. */
    rows: number;
    /** References checked before the commit whatever the size (the caller asked mayDefer). */
    deferChecks?: boolean;
    /** A first roster of this district, written while checked (mayWriteAlong said so). */
    firstRosterOf?: string;
  },
  write: (trx: Db) => Promise<T>,
): Promise<T> {
  if (isPostgres(db)) {
    return db.transaction().execute(async (trx) => {
      await holdRosterWrites(trx);
      const deferred =
        plan.deferChecks === true ||
        ((await isBulk(trx, plan.rows)) && (await mayDeferPostgresChecks(trx)));
      if (deferred) await deferPostgresChecks(trx);
      const first = plan.firstRosterOf;
      const rebuild =
        deferred &&
        first !== undefined &&
        (await isBulk(trx, plan.rows)) &&
        (await mayRebuildIndexes(trx, first))
          ? await dropPostgresIndexes(trx)
          : [];
      const written = await write(trx);
      for (const definition of rebuild) await sql.raw(definition).execute(trx);
      if (deferred) await checkPostgresReferences(trx);
      return written;
    });
  }

  return db.connection().execute(async (connection) => {
    await sql`pragma foreign_keys = off`.execute(connection);
    let bulk = false;
    try {
      const written = await connection.transaction().execute(async (trx) => {
        // A first roster written along its check fills empty tables: building their indexes
        // once and copying the log on a worker thread was faster even at 10,000 rows.
        bulk = plan.firstRosterOf !== undefined || (await isBulk(trx, plan.rows));
        if (bulk) await holdCheckpoints(pragmasOf(trx));
        const rebuild = bulk ? await dropSecondaryIndexes(trx) : [];
        const written = await write(trx);
        for (const definition of rebuild) await sql.raw(definition).execute(trx);
        await checkSqliteReferences(trx);
        return written;
      });
      if (bulk) checkpointAfterCommit(await databaseFile(connection), pragmasOf(db));
      return written;
    } catch (error) {
      if (bulk) await releaseCheckpoints(pragmasOf(connection));
      throw error;
    } finally {
      await sql`pragma foreign_keys = on`.execute(connection);
    }
  });
}

function pragmasOf(db: Db) {
  return { pragma: (source: string) => sql.raw(`pragma ${source}`).execute(db) };
}

async function databaseFile(db: Db) {
  const { rows } = await sql<{ name: string; file: string }>`pragma database_list`.execute(db);

  return rows.find((row) => row.name === "main")?.file ?? "";
}

/**
 * Worth rebuilding indexes: the import brings at least a quarter as many rows as the tables
 * hold. Rebuilding costs a sort of the whole table, which a small import into a big district
 * would pay for nothing.
 */
async function isBulk(db: Db, rows: number) {
  if (rows < 20_000) return false;
  const held = await db
    .selectFrom("enrollments")
    .select((eb) => eb.fn.countAll<number>().as("count"))
    .executeTakeFirstOrThrow();

  return rows * 4 >= Number(held.count);
}

/** Tables whose indexes a server's first district builds once (classes are upserted). */
const rebuiltTables = ["people", "enrollments", "guardian_links"];

/**
 * Whether the tables a roster fills hold no other district's rows (a server's first district)
 * and the app's role owns the ones it would rebuild (a role granted only the checks may not drop
 * an index). Only then may an import lock those tables whole until its commit.
 */
async function mayRebuildIndexes(db: Db, districtId: string) {
  const { rows } = await sql<{ owns: boolean }>`
    select coalesce(bool_and(pg_has_role(relowner, 'USAGE')), false) as owns from pg_class
    where relnamespace = current_schema()::regnamespace and relkind = 'r'
      and relname in (${sql.join(rebuiltTables)})`.execute(db);
  if (rows[0]?.owns !== true) return false;

  return !(await othersHaveRows(db, districtId));
}

/**
 * A server's first district on PostgreSQL, written while checked, of 20,000 rows or more (as
 * guessed from its size): the indexes of the tables it fills besides their primary keys go until
 * the rows are in, and are built again before the commit: sorted once, on the server's cores,
 * rather than kept up row by row (the import of the 100,000-student district took 8% less time,
 * docs/decisions/0011). Unique rules are built again too, so a duplicate the check missed still
 * refuses the import. Dropping takes the tables' strongest lock, which holds the reads of other
 * connections until the commit; with no other district on the server, those are its setup's
 * administrator's own (a small school's first roster spares them the wait). Answers the
 * statements that make them again.
 */
/**
 * Partial indexes that no row a roster writes enters: a person's sign-in account is set when
 * they first sign in, never by an import. Kept, they cost the import nothing, where building
 * one again reads the whole table (14 ms of the 100,000-row district's import).
 */
const indexesNoRosterRowEnters = ["people_auth_user_id"];

async function dropPostgresIndexes(db: Db) {
  const { rows } = await sql<{ name: string; table: string; index: string; rule: string | null }>`
    select index.relname as name, owner.relname as table,
      pg_get_indexdef(i.indexrelid) as index, pg_get_constraintdef(rule.oid) as rule
    from pg_index i
      join pg_class index on index.oid = i.indexrelid
      join pg_class owner on owner.oid = i.indrelid
      left join pg_constraint rule on rule.conindid = i.indexrelid and rule.conrelid = i.indrelid
    where owner.relnamespace = current_schema()::regnamespace
      and owner.relname in (${sql.join(rebuiltTables)})
      and not i.indisprimary
      and index.relname not in (${sql.join(indexesNoRosterRowEnters)})
      and not exists (
        select 1 from pg_constraint f where f.contype = 'f' and f.conindid = i.indexrelid)
    order by index.relname`.execute(db);
  const again: string[] = [];
  for (const index of rows) {
    if (index.rule) {
      await sql`alter table ${sql.id(index.table)} drop constraint ${sql.id(index.name)}`.execute(
        db,
      );
      const rule = `alter table "${index.table}" add constraint "${index.name}" ${index.rule}`;
      again.push(rule);
    } else {
      await sql`drop index ${sql.id(index.name)}`.execute(db);
      again.push(index.index);
    }
  }

  return again;
}

/** Drops the indexes SQLite keeps besides primary keys and unique constraints; returns them. */
async function dropSecondaryIndexes(db: Db) {
  const { rows } = await sql<{ name: string; sql: string }>`
    select name, sql from sqlite_master
    where type = 'index' and sql is not null
      and tbl_name in (${sql.join([...referencingTables])})`.execute(db);
  // An index that backs a unique rule is part of what the import relies on: it stays.
  const secondary = rows.filter((index) => !/^\s*create\s+unique\s/i.test(index.sql));
  for (const index of secondary) await sql`drop index ${sql.id(index.name)}`.execute(db);

  return secondary.map((index) => index.sql);
}

/**
 * Whether the district imported a roster at or after this time. A tie counts as newer: when
 * the order cannot be told, an older upload must not overwrite what may be the newer roster.
 */
export async function hasImportSince(db: Db, districtId: string, since: string) {
  const row = await db
    .selectFrom("roster_imports")
    .select("id")
    .where("district_id", "=", districtId)
    .where("status", "=", "imported")
    .where("created_at", ">=", since)
    .executeTakeFirst();

  return row !== undefined;
}

/** The import that brought the valid rows of a refused one, if any did. */
export async function findImportOfValidRows(db: Db, districtId: string, refusedId: string) {
  return findImportFollowing(db, districtId, { field: "validRowsOf", importId: refusedId });
}

/** The import that brought a held one's export, with the administrator's confirmation. */
export async function findImportConfirming(db: Db, districtId: string, heldId: string) {
  return findImportFollowing(db, districtId, { field: "confirms", importId: heldId });
}

async function findImportFollowing(
  db: Db,
  districtId: string,
  earlier: { field: "validRowsOf" | "confirms"; importId: string },
) {
  // Kept in the report's JSON (no column of its own); ids are UUIDs, so the pattern is exact.
  return db
    .selectFrom("roster_imports")
    .select(["id", "created_at"])
    .where("district_id", "=", districtId)
    .where("status", "=", "imported")
    .where("report", "like", `%"${earlier.field}":"${earlier.importId}"%`)
    .orderBy("created_at", "desc")
    .executeTakeFirst();
}
