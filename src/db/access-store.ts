import type { ExpressionBuilder, Kysely } from "kysely";
import type { Database } from "./schema.ts";
import { readInSlices } from "./slices.ts";

/*
 * The relationships the authorization policy (src/domain/access/policy.ts) is made of: who is
 * active, which classes a teacher teaches, which students a guardian is linked to. Every query
 * stays inside one district, the tenant.
 */

type Db = Kysely<Database>;

/**
 * Whether the person in the outer query is actively enrolled, in this role, in an active class
 * (of one of these schools, when given).
 */
export function inActiveClassAs(
  eb: ExpressionBuilder<Database, "people">,
  role: string,
  schoolIds?: readonly string[],
) {
  let enrolled = eb
    .selectFrom("enrollments")
    .innerJoin("classes", "classes.id", "enrollments.class_id")
    .select("enrollments.id")
    .whereRef("enrollments.person_id", "=", "people.id")
    .where("enrollments.role", "=", role)
    .where("enrollments.active", "=", 1)
    .where("classes.active", "=", 1);
  if (schoolIds) enrolled = enrolled.where("classes.school_id", "in", [...schoolIds]);

  return eb.exists(enrolled);
}

const personName = ["given_name", "family_name", "preferred_name"] as const;
const peopleName = ["people.given_name", "people.family_name", "people.preferred_name"] as const;

/** The role of a person who is still active in the district, or undefined. */
export async function findActiveRole(db: Db, districtId: string, personId: string) {
  const row = await db
    .selectFrom("people")
    .select("role")
    .where("id", "=", personId)
    .where("district_id", "=", districtId)
    .where("active", "=", 1)
    .executeTakeFirst();

  return row?.role;
}

/**
 * The schools the roster lists an administrator at. None for one made at setup (no roster id),
 * whatever school setup gave them: they administer the whole district.
 */
export async function findRosterSchoolsOfAdministrator(
  db: Db,
  districtId: string,
  personId: string,
): Promise<string[]> {
  const rows = await db
    .selectFrom("person_schools")
    .innerJoin("people", "people.id", "person_schools.person_id")
    .select("person_schools.school_id")
    .where("person_schools.district_id", "=", districtId)
    .where("person_schools.person_id", "=", personId)
    .where("people.source_id", "is not", null)
    .orderBy("person_schools.school_id")
    .execute();

  return rows.map((row) => row.school_id);
}

export async function findStudent(db: Db, districtId: string, studentId: string) {
  return db
    .selectFrom("people")
    .select(["id", "active", ...personName])
    .where("id", "=", studentId)
    .where("district_id", "=", districtId)
    .where("role", "=", "student")
    .executeTakeFirst();
}

/** Whether the teacher actively teaches an active class the student is actively enrolled in. */
export async function teacherTeachesStudent(
  db: Db,
  link: { districtId: string; teacherId: string; studentId: string },
): Promise<boolean> {
  const row = await sharedClasses(db, link).select("classes.id").executeTakeFirst();

  return row !== undefined;
}

/** The schools of the classes a teacher and a student share, first class title first. */
export async function sharedClassSchools(
  db: Db,
  link: { districtId: string; teacherId: string; studentId: string },
) {
  const rows = await sharedClasses(db, link)
    .select("classes.school_id")
    .orderBy("classes.title")
    .execute();

  return rows.map((row) => row.school_id);
}

function sharedClasses(db: Db, link: { districtId: string; teacherId: string; studentId: string }) {
  return db
    .selectFrom("enrollments as taught")
    .innerJoin("classes", "classes.id", "taught.class_id")
    .innerJoin("enrollments as learner", "learner.class_id", "classes.id")
    .where("taught.district_id", "=", link.districtId)
    .where("taught.person_id", "=", link.teacherId)
    .where("taught.role", "=", "teacher")
    .where("taught.active", "=", 1)
    .where("classes.district_id", "=", link.districtId)
    .where("classes.active", "=", 1)
    .where("learner.district_id", "=", link.districtId)
    .where("learner.person_id", "=", link.studentId)
    .where("learner.role", "=", "student")
    .where("learner.active", "=", 1);
}

/** The schools a student belongs to: through active classes first, then the roster's orgs. */
export async function studentSchools(db: Db, districtId: string, studentId: string) {
  const throughClasses = await db
    .selectFrom("enrollments")
    .innerJoin("classes", "classes.id", "enrollments.class_id")
    .select("classes.school_id")
    .where("enrollments.district_id", "=", districtId)
    .where("enrollments.person_id", "=", studentId)
    .where("enrollments.role", "=", "student")
    .where("enrollments.active", "=", 1)
    .where("classes.active", "=", 1)
    .orderBy("classes.title")
    .execute();
  const throughRoster = await db
    .selectFrom("person_schools")
    .select("school_id")
    .where("district_id", "=", districtId)
    .where("person_id", "=", studentId)
    .orderBy("school_id")
    .execute();

  return [...throughClasses, ...throughRoster].map((row) => row.school_id);
}

export async function guardianLinkedToStudent(
  db: Db,
  link: { districtId: string; guardianId: string; studentId: string },
): Promise<boolean> {
  const row = await db
    .selectFrom("guardian_links")
    .select("id")
    .where("district_id", "=", link.districtId)
    .where("guardian_id", "=", link.guardianId)
    .where("student_id", "=", link.studentId)
    .where("active", "=", 1)
    .executeTakeFirst();

  return row !== undefined;
}

/** Active guardians with an active link to the student. */
export async function linkedGuardians(db: Db, districtId: string, studentId: string) {
  return db
    .selectFrom("guardian_links")
    .innerJoin("people", "people.id", "guardian_links.guardian_id")
    .select(["people.id", "people.role", ...peopleName])
    .where("guardian_links.district_id", "=", districtId)
    .where("guardian_links.student_id", "=", studentId)
    .where("guardian_links.active", "=", 1)
    .where("people.active", "=", 1)
    .orderBy("people.family_name")
    .orderBy("people.given_name")
    .execute();
}

/** Active teachers who actively teach an active class the student is actively enrolled in. */
export async function teachersOfStudent(db: Db, districtId: string, studentId: string) {
  return db
    .selectFrom("enrollments as learner")
    .innerJoin("classes", "classes.id", "learner.class_id")
    .innerJoin("enrollments as taught", "taught.class_id", "classes.id")
    .innerJoin("people", "people.id", "taught.person_id")
    .select(["people.id", "people.role", ...peopleName])
    .distinct()
    .where("learner.district_id", "=", districtId)
    .where("learner.person_id", "=", studentId)
    .where("learner.role", "=", "student")
    .where("learner.active", "=", 1)
    .where("classes.active", "=", 1)
    .where("taught.role", "=", "teacher")
    .where("taught.active", "=", 1)
    .where("people.active", "=", 1)
    .orderBy("people.family_name")
    .orderBy("people.given_name")
    .execute();
}

/** The active classes a teacher actively teaches, with their school. */
export async function classesTaughtBy(db: Db, districtId: string, teacherId: string) {
  return classesWithSchool(db, districtId)
    .innerJoin("enrollments", "enrollments.class_id", "classes.id")
    .where("enrollments.person_id", "=", teacherId)
    .where("enrollments.role", "=", "teacher")
    .where("enrollments.active", "=", 1)
    .execute();
}

/** Every active class of the district, with its school; with an id given, that class only. */
export async function classesOfDistrict(db: Db, districtId: string, classId?: string) {
  const query = classesWithSchool(db, districtId);

  return (classId === undefined ? query : query.where("classes.id", "=", classId)).execute();
}

function classesWithSchool(db: Db, districtId: string) {
  return db
    .selectFrom("classes")
    .innerJoin("schools", "schools.id", "classes.school_id")
    .select([
      "classes.id as classId",
      "classes.title as classTitle",
      "schools.id as schoolId",
      "schools.name as schoolName",
    ])
    .where("classes.district_id", "=", districtId)
    .where("classes.active", "=", 1)
    .orderBy("schools.name")
    .orderBy("classes.title");
}

/** The active enrollments of active students in these classes (a slice of them). */
function studentEnrollments(db: Db, districtId: string, classIds: string[]) {
  return db
    .selectFrom("enrollments")
    .innerJoin("people", "people.id", "enrollments.person_id")
    .where("enrollments.district_id", "=", districtId)
    .where("enrollments.class_id", "in", classIds)
    .where("enrollments.role", "=", "student")
    .where("enrollments.active", "=", 1)
    .where("people.role", "=", "student")
    .where("people.active", "=", 1);
}

/** Active students actively enrolled in the classes, one row per class and student. */
export async function studentsOfClasses(db: Db, districtId: string, classIds: string[]) {
  // Each class's students come in its own slice, in name order.
  return readInSlices(classIds, (slice) =>
    studentEnrollments(db, districtId, slice)
      .select(["enrollments.class_id as classId", "people.id", ...peopleName])
      .orderBy("people.family_name")
      .orderBy("people.given_name")
      .execute(),
  );
}

/**
 * Active students of the district in no active class: an administrator still sees them. With
 * schools given, only those the roster lists at one of them.
 */
export async function studentsWithoutClass(
  db: Db,
  districtId: string,
  schoolIds: readonly string[] | null = null,
) {
  if (schoolIds?.length === 0) return [];

  return studentsInNoClass(db, districtId, schoolIds)
    .select(["id", ...personName])
    .orderBy("family_name")
    .orderBy("given_name")
    .execute();
}

/** How many students studentsWithoutClass would list. */
export async function countStudentsWithoutClass(
  db: Db,
  districtId: string,
  schoolIds: readonly string[] | null = null,
) {
  if (schoolIds?.length === 0) return 0;

  const row = await studentsInNoClass(db, districtId, schoolIds)
    .select((eb) => eb.fn.countAll<number>().as("count"))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

function studentsInNoClass(db: Db, districtId: string, schoolIds: readonly string[] | null) {
  const query = db
    .selectFrom("people")
    .where("district_id", "=", districtId)
    .where("role", "=", "student")
    .where("active", "=", 1)
    .where((eb) => eb.not(inActiveClassAs(eb, "student")));
  if (!schoolIds) return query;

  return query.where("id", "in", (eb) =>
    eb
      .selectFrom("person_schools")
      .select("person_schools.person_id")
      .where("person_schools.district_id", "=", districtId)
      .where("person_schools.school_id", "in", schoolIds),
  );
}
