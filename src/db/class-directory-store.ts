import { type ExpressionBuilder, type Kysely, sql } from "kysely";
import { inActiveClassAs } from "./access-store.ts";
import type { Database } from "./schema.ts";
import { holdsEveryWord, type SearchedColumns } from "./typed-words.ts";

/*
 * What the student list shows an administrator of more students than one page holds: their
 * schools with how many classes and students each has, one school's classes, a search for a
 * class, and where the overdue check-ins are. Every query stays inside one district.
 *
 * SQLite has no statistics on these tables (imports do not analyze them), so it takes an
 * equality on a district column for the most selective step. The queries start from what is
 * few (a school's classes, the pending check-ins) and reach the many rows through their
 * indexes; one that began with the district's enrollments took seconds on 300,000 of them.
 */

type Db = Kysely<Database>;

type SchoolIds = readonly string[] | null;

/** Active classes of the district, or of these schools when given. */
function classesOfSchools(db: Db, districtId: string, schoolIds: SchoolIds) {
  const query = db
    .selectFrom("classes")
    .where("classes.district_id", "=", districtId)
    .where("classes.active", "=", 1);

  return schoolIds ? query.where("classes.school_id", "in", [...schoolIds]) : query;
}

/** Their active enrollments of active students, one row per class and student. */
function studentEnrollmentsOf(db: Db, districtId: string, schoolIds: SchoolIds) {
  return classesOfSchools(db, districtId, schoolIds)
    .innerJoin("enrollments", "enrollments.class_id", "classes.id")
    .innerJoin("people", "people.id", "enrollments.person_id")
    .where("enrollments.role", "=", "student")
    .where("enrollments.active", "=", 1)
    .where("people.role", "=", "student")
    .where("people.active", "=", 1);
}

/**
 * How many rows (a student in a class) the whole student list of these schools (null: the
 * district) holds in its classes, counted up to `limit`: the count stops reading there.
 */
export async function countStudentRowsUpTo(
  db: Db,
  options: { districtId: string; schoolIds: SchoolIds; limit: number },
) {
  const { districtId, schoolIds, limit } = options;
  if (schoolIds?.length === 0) return 0;
  const rows = await studentEnrollmentsOf(db, districtId, schoolIds)
    .select("enrollments.id")
    .limit(limit)
    .execute();

  return rows.length;
}

/** The schools (of the district, or these) that have active classes, with how many, by name. */
export async function listSchoolsWithClasses(db: Db, districtId: string, schoolIds: SchoolIds) {
  if (schoolIds?.length === 0) return [];
  const rows = await classesOfSchools(db, districtId, schoolIds)
    .innerJoin("schools", "schools.id", "classes.school_id")
    .select([
      "schools.id as schoolId",
      "schools.name as schoolName",
      (eb) => eb.fn.countAll<number>().as("classes"),
    ])
    .groupBy(["schools.id", "schools.name"])
    .orderBy("schools.name")
    .orderBy("schools.id")
    .execute();

  return rows.map((row) => ({ ...row, classes: Number(row.classes) }));
}

/**
 * How many students each school (of the district, or these) has actively enrolled in its
 * active classes, each counted once however many of them they are in. The people are not read:
 * an import that deactivates a person deactivates their enrollments with them, and looking up
 * every enrolled person took 0.9 s on SQLite for a district's 300,000 enrollments (0.25 s so).
 */
export async function countStudentsOfSchools(db: Db, districtId: string, schoolIds: SchoolIds) {
  if (schoolIds?.length === 0) return new Map<string, number>();
  const rows = await classesOfSchools(db, districtId, schoolIds)
    .innerJoin("enrollments", "enrollments.class_id", "classes.id")
    .where("enrollments.role", "=", "student")
    .where("enrollments.active", "=", 1)
    .select([
      "classes.school_id as schoolId",
      (eb) => eb.fn.count<number>("enrollments.person_id").distinct().as("count"),
    ])
    .groupBy("classes.school_id")
    .execute();

  return new Map(rows.map((row) => [row.schoolId, Number(row.count)]));
}

/** The school, when it is one of the district's (and of these schools, when given). */
export async function findSchoolInReach(
  db: Db,
  options: { districtId: string; schoolId: string; schoolIds: SchoolIds },
) {
  const { districtId, schoolId, schoolIds } = options;
  if (schoolIds && !schoolIds.includes(schoolId)) return undefined;

  return db
    .selectFrom("schools")
    .select(["id", "name"])
    .where("district_id", "=", districtId)
    .where("id", "=", schoolId)
    .executeTakeFirst();
}

const classColumns = [
  "classes.id as classId",
  "classes.title as classTitle",
  "classes.class_code as classCode",
  "classes.source_id as rosterId",
] as const;

/** The active classes of one school, by title. */
export async function classesOfSchool(db: Db, districtId: string, schoolId: string) {
  return classesOfSchools(db, districtId, [schoolId])
    .select(classColumns)
    .orderBy("classes.title")
    .orderBy("classes.id")
    .execute();
}

/** How many active classes one school has. */
export async function countClassesOfSchool(db: Db, districtId: string, schoolId: string) {
  const row = await classesOfSchools(db, districtId, [schoolId])
    .select((eb) => eb.fn.countAll<number>().as("count"))
    .executeTakeFirstOrThrow();

  return Number(row.count);
}

/** How many active students each of these classes of one school has, by class id. */
export async function countStudentsOfSchoolClasses(
  db: Db,
  options: { districtId: string; schoolId: string; classIds: readonly string[] },
) {
  const { districtId, schoolId, classIds } = options;
  if (classIds.length === 0) return new Map<string, number>();
  // At most a page of classes (classesOfSchoolOnOnePage): far below any bound values' limit.
  const rows = await studentEnrollmentsOf(db, districtId, [schoolId])
    .where("classes.id", "in", [...classIds])
    .select(["classes.id as classId", (eb) => eb.fn.countAll<number>().as("count")])
    .groupBy("classes.id")
    .execute();

  return new Map(rows.map((row) => [row.classId, Number(row.count)]));
}

/**
 * The active classes of one school whose title, code or roster id holds every word, as
 * typed-words.ts finds words: at most `limit` of them (the caller orders them for the reader).
 */
export async function searchClassesOfSchool(
  db: Db,
  options: { districtId: string; schoolId: string; words: string[]; limit: number },
) {
  const { districtId, schoolId, words, limit } = options;

  return classesOfSchools(db, districtId, [schoolId])
    .select(classColumns)
    .where(holdsEveryWord(db, classColumnsSearched, words))
    .orderBy("classes.title")
    .orderBy("classes.id")
    .limit(limit)
    .execute();
}

/** The active classes of one school whose code or roster id is exactly this (case aside). */
export async function findClassesOfSchoolByCode(
  db: Db,
  options: { districtId: string; schoolId: string; code: string },
) {
  const { districtId, schoolId, code } = options;
  const lowered = code.toLowerCase();

  return classesOfSchools(db, districtId, [schoolId])
    .select(classColumns)
    .where((eb) =>
      eb.or([
        eb(eb.fn("lower", ["classes.class_code"]), "=", lowered),
        eb(eb.fn("lower", ["classes.source_id"]), "=", lowered),
      ]),
    )
    .orderBy("classes.title")
    .orderBy("classes.id")
    .execute();
}

/** A class's title is searched by its words, its code and roster id from their start. */
const classColumnsSearched: SearchedColumns = {
  worded: [sql`classes.title`],
  whole: [sql`classes.class_code`, sql`classes.source_id`],
};

/** The calendar day it is at each school (by id): a check-in falls due by its school's clock. */
export type TodayBySchool = ReadonlyMap<string, string>;

/** The time zone of every school of the district, open or not: plans keep their school's. */
export async function listSchoolTimeZones(db: Db, districtId: string) {
  return db
    .selectFrom("schools")
    .select(["id", "time_zone"])
    .where("district_id", "=", districtId)
    .execute();
}

/**
 * The pending check-ins of open plans that fell due before the day it is at the plan's school:
 * the list marks their students overdue. Read from the check-ins still to hold, by index.
 */
function overdueCheckIns(db: Db, districtId: string, today: TodayBySchool) {
  const days = new Map<string, string[]>();
  for (const [schoolId, day] of today) days.set(day, [...(days.get(day) ?? []), schoolId]);
  const latest = [...days.keys()].sort().at(-1) ?? "";

  return db
    .selectFrom("check_ins")
    .innerJoin("plans", "plans.id", "check_ins.plan_id")
    .where("check_ins.held_at", "is", null)
    .where("check_ins.due_on", "<", latest)
    .where("plans.district_id", "=", districtId)
    .where("plans.stage", "!=", "closed")
    .where((eb) =>
      eb.or(
        [...days].map(([day, schoolIds]) =>
          eb.and([eb("plans.school_id", "in", schoolIds), eb("check_ins.due_on", "<", day)]),
        ),
      ),
    );
}

/**
 * The students with an overdue check-in in the active classes of the district (or of these
 * schools): one row per class and student.
 */
export async function listOverdueStudentsInClasses(
  db: Db,
  options: { districtId: string; today: TodayBySchool; schoolIds: SchoolIds },
) {
  const { districtId, today, schoolIds } = options;
  if (today.size === 0 || schoolIds?.length === 0) return [];
  // From the late check-ins to their students' classes: a class's district is its plan's, so
  // no equality on a district column offers SQLite the district's classes to start from.
  let query = overdueCheckIns(db, districtId, today)
    .innerJoin("people", "people.id", "plans.student_id")
    .innerJoin("enrollments", "enrollments.person_id", "plans.student_id")
    .innerJoin("classes", "classes.id", "enrollments.class_id")
    .whereRef("classes.district_id", "=", "plans.district_id")
    .where("classes.active", "=", 1)
    .where("enrollments.role", "=", "student")
    .where("enrollments.active", "=", 1)
    .where("people.active", "=", 1);
  if (schoolIds) query = query.where("classes.school_id", "in", [...schoolIds]);

  return query
    .select([
      "classes.school_id as schoolId",
      "classes.id as classId",
      "plans.student_id as studentId",
    ])
    .distinct()
    .execute();
}

/**
 * How many students with an overdue check-in are in no active class, of those the roster lists
 * at these schools (null: of the district).
 */
export async function countOverdueStudentsInNoClass(
  db: Db,
  options: { districtId: string; today: TodayBySchool; schoolIds: SchoolIds },
) {
  const { districtId, today, schoolIds } = options;
  if (today.size === 0 || schoolIds?.length === 0) return 0;
  const row = await overdueCheckIns(db, districtId, today)
    .innerJoin("people", "people.id", "plans.student_id")
    .where("people.active", "=", 1)
    .where((eb) => eb.and([eb.not(inActiveClassAs(eb, "student")), listedAt(eb, schoolIds)]))
    .select((eb) => eb.fn.count<number>("people.id").distinct().as("count"))
    .executeTakeFirst();

  return Number(row?.count ?? 0);
}

/** Whether the roster lists the person in the outer query at one of these schools (null: any). */
function listedAt(eb: ExpressionBuilder<Database, "people">, schoolIds: SchoolIds) {
  if (!schoolIds) return eb.lit(true);

  return eb(
    "people.id",
    "in",
    eb
      .selectFrom("person_schools")
      .select("person_schools.person_id")
      .where("person_schools.school_id", "in", [...schoolIds]),
  );
}
