import { randomUUID } from "node:crypto";
import type { Insertable, Kysely } from "kysely";
import type { Database, PersonTable } from "../../../src/db/schema.ts";
import {
  createAdministrator,
  createClass,
  createDistrict,
  createPlan,
  createSchool,
  createStudent,
  createTeacher,
  enroll,
  type Person,
} from "../../support/factories.ts";

type Db = Kysely<Database>;

/*
 * A district of three schools, for the program page of a district:
 *   Oak Elementary: Ana Alvarez (Math 4 Oak, code OAK-4) and Maria Garcia (Math 5 Oak), and
 *     four students with plans (Ana's three drafts, Maria's one shared plan).
 *   Pine Middle: another Maria Garcia (Math 7 Pine), one student with a draft plan.
 *   Elm Elementary: Eve Evans (Math 3 Elm), no plan.
 * The district's administrator sees all three; a principal is listed at Oak and Elm.
 * More teachers can be added to a school by the hundred (addTeachers).
 */
export async function seedDistrictSchools(db: Db) {
  const district = await createDistrict(db);
  const districtId = district.id;
  const oak = await createSchool(db, { districtId, name: "Oak Elementary" });
  const pine = await createSchool(db, { districtId, name: "Pine Middle" });
  const elm = await createSchool(db, { districtId, name: "Elm Elementary" });

  const teacher = async (schoolId: string, givenName: string, familyName: string) =>
    createTeacher(db, { districtId, schoolId, givenName, familyName });
  const ana = await teacher(oak.id, "Ana", "Alvarez");
  const mariaOak = await teacher(oak.id, "Maria", "Garcia");
  const mariaPine = await teacher(pine.id, "Maria", "Garcia");
  const eve = await teacher(elm.id, "Eve", "Evans");
  await db.updateTable("people").set({ source_id: "t-ana" }).where("id", "=", ana.id).execute();

  const taught = async (schoolId: string, title: string, by: Person) => {
    const klass = await createClass(db, { districtId, schoolId, title });
    await enroll(db, { classId: klass.id, person: by, role: "teacher" });
    return klass;
  };
  const classes = {
    anaOak: await taught(oak.id, "Math 4 Oak", ana),
    mariaOak: await taught(oak.id, "Math 5 Oak", mariaOak),
    mariaPine: await taught(pine.id, "Math 7 Pine", mariaPine),
    eveElm: await taught(elm.id, "Math 3 Elm", eve),
  };
  await db
    .updateTable("classes")
    .set({ class_code: "OAK-4", source_id: "c-oak-4" })
    .where("id", "=", classes.anaOak.id)
    .execute();

  const planFor = async (schoolId: string, klass: { id: string }, by: Person, shared = false) => {
    const student = await createStudent(db, { districtId, schoolId });
    await enroll(db, { classId: klass.id, person: student, role: "student" });
    const stage = shared ? "shared" : "draft";
    await createPlan(db, { student, schoolId, startedBy: by, stage });
  };
  for (let count = 0; count < 3; count += 1) await planFor(oak.id, classes.anaOak, ana);
  await planFor(oak.id, classes.mariaOak, mariaOak, true);
  await planFor(pine.id, classes.mariaPine, mariaPine);

  const administrator = await createAdministrator(db, { districtId });
  const principal = await createAdministrator(db, {
    districtId,
    schoolId: oak.id,
    givenName: "Paula",
  });
  // A roster's administrator listed at schools administers those schools (decision 0013).
  await db
    .updateTable("people")
    .set({ source_id: `adm-${principal.id}` })
    .where("id", "=", principal.id)
    .execute();
  await db
    .insertInto("person_schools")
    .values({ person_id: principal.id, school_id: elm.id, district_id: districtId })
    .execute();

  return {
    district,
    schools: { oak, pine, elm },
    teachers: { ana, mariaOak, mariaPine, eve },
    classes,
    administrator,
    principal,
  };
}

export type DistrictSchools = Awaited<ReturnType<typeof seedDistrictSchools>>;

/**
 * `count` teachers at a school ("Pat Teacher 001", ...), each teaching a class of their own;
 * with plans, each class has a student with a draft plan. Written a hundred rows at a time.
 */
export async function addTeachers(
  db: Db,
  options: { districtId: string; schoolId: string; count: number; withPlans?: boolean },
) {
  const { districtId, schoolId } = options;
  const now = new Date().toISOString();
  const numbers = Array.from({ length: options.count }, (_, index) =>
    String(index + 1).padStart(3, "0"),
  );
  const person = (role: "teacher" | "student", familyName: string): Insertable<PersonTable> => ({
    id: randomUUID(),
    district_id: districtId,
    source_id: null,
    role,
    given_name: "Pat",
    family_name: familyName,
    preferred_name: null,
    email: null,
    phone: null,
    grades: null,
    preferred_locale: null,
    active: 1,
    auth_user_id: null,
    created_at: now,
    updated_at: now,
  });
  const teachers = numbers.map((number) => person("teacher", `Teacher ${number}`));
  const students = numbers.map((number) => person("student", `Student ${number}`));
  const classes = numbers.map((number) => ({
    id: randomUUID(),
    district_id: districtId,
    school_id: schoolId,
    source_id: null,
    title: `Filler ${number}`,
    class_code: null,
    grades: null,
    active: 1,
    created_at: now,
    updated_at: now,
  }));
  const enrollment = (classId: string, personId: string, role: "teacher" | "student") => ({
    id: randomUUID(),
    district_id: districtId,
    source_id: null,
    class_id: classId,
    person_id: personId,
    role,
    active: 1,
    created_at: now,
    updated_at: now,
  });

  await inBatches(teachers, (rows) => db.insertInto("people").values(rows).execute());
  await inBatches(classes, (rows) => db.insertInto("classes").values(rows).execute());
  const teaching = classes.map((klass, index) =>
    enrollment(klass.id, teachers[index]?.id ?? "", "teacher"),
  );
  await inBatches(teaching, (rows) => db.insertInto("enrollments").values(rows).execute());
  if (!options.withPlans) return;

  await inBatches(students, (rows) => db.insertInto("people").values(rows).execute());
  const learning = classes.map((klass, index) =>
    enrollment(klass.id, students[index]?.id ?? "", "student"),
  );
  await inBatches(learning, (rows) => db.insertInto("enrollments").values(rows).execute());
  const plans = students.map((student, index) => ({
    id: randomUUID(),
    district_id: districtId,
    school_id: schoolId,
    student_id: student.id,
    started_by: teachers[index]?.id ?? "",
    stage: "draft" as const,
    version: 1,
    agreed_at: null,
    shared_at: null,
    closed_at: null,
    created_at: now,
    updated_at: now,
  }));
  await inBatches(plans, (rows) => db.insertInto("plans").values(rows).execute());
}

async function inBatches<T>(rows: T[], write: (batch: T[]) => Promise<unknown>) {
  for (let start = 0; start < rows.length; start += 100) {
    await write(rows.slice(start, start + 100));
  }
}
