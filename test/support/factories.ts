import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database, PersonRole, PlanStage } from "../../src/db/schema.ts";
import type { Actor } from "../../src/domain/access/actor.ts";

/*
 * Small factories for test data. Each test makes its own district, school, people and plans, so
 * no test depends on another's rows. Every factory takes what it must know and defaults the rest.
 */

type Db = Kysely<Database>;

const stamp = () => new Date().toISOString();
const suffix = () => randomUUID().slice(0, 8);

export interface Person {
  id: string;
  districtId: string;
  role: PersonRole;
  givenName: string;
  familyName: string;
}

export async function createDistrict(db: Db, options: { name?: string } = {}) {
  const district = { id: randomUUID(), name: options.name ?? `District ${suffix()}` };
  await db
    .insertInto("districts")
    .values({ ...district, source_id: null, created_at: stamp() })
    .execute();

  return district;
}

export async function createSchool(
  db: Db,
  options: {
    districtId: string;
    name?: string;
    mathVision?: string;
    timeZone?: string;
    checkInCadenceDays?: number;
  },
) {
  const school = {
    id: randomUUID(),
    districtId: options.districtId,
    name: options.name ?? `School ${suffix()}`,
    timeZone: options.timeZone ?? "America/New_York",
  };
  await db
    .insertInto("schools")
    .values({
      id: school.id,
      district_id: school.districtId,
      source_id: null,
      name: school.name,
      math_vision:
        options.mathVision ?? "Every student is a capable mathematician who reasons and explains.",
      time_zone: school.timeZone,
      check_in_cadence_days: options.checkInCadenceDays ?? 14,
      active: 1,
      created_at: stamp(),
      updated_at: stamp(),
    })
    .execute();

  return school;
}

export interface PersonOptions {
  districtId: string;
  /** Also records the person as belonging to this school, as a roster does. */
  schoolId?: string;
  givenName?: string;
  familyName?: string;
  preferredName?: string;
  email?: string;
  active?: boolean;
}

export async function createPerson(
  db: Db,
  options: PersonOptions & { role: PersonRole },
): Promise<Person> {
  const person: Person = {
    id: randomUUID(),
    districtId: options.districtId,
    role: options.role,
    givenName: options.givenName ?? `${options.role} ${suffix()}`,
    familyName: options.familyName ?? "Example",
  };
  await db
    .insertInto("people")
    .values({
      id: person.id,
      district_id: person.districtId,
      source_id: null,
      role: person.role,
      given_name: person.givenName,
      family_name: person.familyName,
      preferred_name: options.preferredName ?? null,
      email: options.email ?? null,
      phone: null,
      grades: null,
      preferred_locale: null,
      active: options.active === false ? 0 : 1,
      auth_user_id: null,
      created_at: stamp(),
      updated_at: stamp(),
    })
    .execute();
  if (options.schoolId) {
    await db
      .insertInto("person_schools")
      .values({ person_id: person.id, school_id: options.schoolId, district_id: person.districtId })
      .execute();
  }

  return person;
}

export const createTeacher = (db: Db, options: PersonOptions) =>
  createPerson(db, { ...options, role: "teacher" });

export const createStudent = (db: Db, options: PersonOptions) =>
  createPerson(db, { ...options, role: "student" });

export const createGuardian = (db: Db, options: PersonOptions) =>
  createPerson(db, { ...options, role: "guardian" });

export const createAdministrator = (db: Db, options: PersonOptions) =>
  createPerson(db, { ...options, role: "administrator" });

export async function createClass(
  db: Db,
  options: { districtId: string; schoolId: string; title?: string; active?: boolean },
) {
  const klass = {
    id: randomUUID(),
    districtId: options.districtId,
    schoolId: options.schoolId,
    title: options.title ?? `Math ${suffix()}`,
  };
  await db
    .insertInto("classes")
    .values({
      id: klass.id,
      district_id: klass.districtId,
      school_id: klass.schoolId,
      source_id: null,
      title: klass.title,
      class_code: null,
      grades: null,
      active: options.active === false ? 0 : 1,
      created_at: stamp(),
      updated_at: stamp(),
    })
    .execute();

  return klass;
}

/** Puts a person in a class as its teacher or as one of its students. */
export async function enroll(
  db: Db,
  options: {
    classId: string;
    person: Pick<Person, "id" | "districtId">;
    role: "teacher" | "student";
    active?: boolean;
  },
) {
  const id = randomUUID();
  await db
    .insertInto("enrollments")
    .values({
      id,
      district_id: options.person.districtId,
      source_id: null,
      class_id: options.classId,
      person_id: options.person.id,
      role: options.role,
      active: options.active === false ? 0 : 1,
      created_at: stamp(),
      updated_at: stamp(),
    })
    .execute();

  return { id };
}

export async function linkGuardian(
  db: Db,
  options: {
    guardian: Pick<Person, "id" | "districtId">;
    student: Pick<Person, "id">;
    active?: boolean;
  },
) {
  const id = randomUUID();
  await db
    .insertInto("guardian_links")
    .values({
      id,
      district_id: options.guardian.districtId,
      guardian_id: options.guardian.id,
      student_id: options.student.id,
      active: options.active === false ? 0 : 1,
      created_at: stamp(),
      updated_at: stamp(),
    })
    .execute();

  return { id };
}

/** A plan written straight into the database, at any stage, without going through a service. */
export async function createPlan(
  db: Db,
  options: {
    student: Pick<Person, "id" | "districtId">;
    schoolId: string;
    startedBy: Pick<Person, "id">;
    stage?: PlanStage;
  },
) {
  const id = randomUUID();
  const now = stamp();
  await db
    .insertInto("plans")
    .values({
      id,
      district_id: options.student.districtId,
      school_id: options.schoolId,
      student_id: options.student.id,
      started_by: options.startedBy.id,
      stage: options.stage ?? "draft",
      version: 1,
      agreed_at: null,
      shared_at: null,
      closed_at: null,
      created_at: now,
      updated_at: now,
    })
    .execute();

  return { id };
}

/** The signed-in form of a person, as the session middleware would build it. */
export function actorFor(person: Person): Actor {
  return {
    personId: person.id,
    districtId: person.districtId,
    role: person.role,
    displayName: `${person.givenName} ${person.familyName}`,
    locale: "en",
  };
}

/**
 * A whole classroom: a district and school, a class with its teacher and one student, and
 * the student's guardian. Most plan tests start here and add the outsiders they need.
 */
export async function createClassroom(
  db: Db,
  options: { timeZone?: string; checkInCadenceDays?: number; mathVision?: string } = {},
) {
  const district = await createDistrict(db);
  const school = await createSchool(db, { districtId: district.id, ...options });
  const klass = await createClass(db, { districtId: district.id, schoolId: school.id });
  const inDistrict = { districtId: district.id, schoolId: school.id };
  const teacher = await createTeacher(db, { ...inDistrict, givenName: "Tamara" });
  const student = await createStudent(db, { ...inDistrict, givenName: "Sam" });
  const guardian = await createGuardian(db, { districtId: district.id, givenName: "Gloria" });
  const administrator = await createAdministrator(db, { ...inDistrict, givenName: "Ada" });
  await enroll(db, { classId: klass.id, person: teacher, role: "teacher" });
  await enroll(db, { classId: klass.id, person: student, role: "student" });
  await linkGuardian(db, { guardian, student });

  return { district, school, klass, teacher, student, guardian, administrator };
}
