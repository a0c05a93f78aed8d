import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database, StatementSection, Voice } from "../../src/db/schema.ts";
import {
  createAdministrator,
  createClass,
  createDistrict,
  createGuardian,
  createPlan,
  createSchool,
  createStudent,
  createTeacher,
  enroll,
  linkGuardian,
  type Person,
} from "../support/factories.ts";

/*
 * A small school for the mail and sharing tests, with the accents and the markup-like text an
 * email has to carry intact: Ms Rivera teaches Linh, whose family is Hoa (with an email, reading
 * Vietnamese) and Minh (no email); Mr Okafor teaches another class; Ana administers the district.
 */

type Db = Kysely<Database>;

export const mathVision =
  "Every student sees themself as a mathematician.\nWe explain our thinking & <listen> to others.";

export async function addSchoolWithPlan(db: Db) {
  const district = await createDistrict(db);
  const districtId = district.id;
  const school = await createSchool(db, {
    districtId,
    name: "Trường Tiểu học Sông Hồng",
    mathVision,
  });
  const schoolId = school.id;
  const administrator = await createAdministrator(db, {
    districtId,
    givenName: "Ana",
    familyName: "Lima",
  });
  const teacher = await createTeacher(db, { districtId, givenName: "Rosa", familyName: "Rivera" });
  const otherTeacher = await createTeacher(db, {
    districtId,
    givenName: "Ike",
    familyName: "Okafor",
  });
  const student = await createStudent(db, { districtId, givenName: "Linh", familyName: "Nguyễn" });
  const otherStudent = await createStudent(db, { districtId });
  const guardian = await createGuardian(db, {
    districtId,
    givenName: "Thị Hoa",
    familyName: "Nguyễn",
    email: "hoa.nguyen@family.example",
  });
  await db
    .updateTable("people")
    .set({ preferred_locale: "vi" })
    .where("id", "=", guardian.id)
    .execute();
  const guardianWithoutEmail = await createGuardian(db, {
    districtId,
    givenName: "Minh",
    familyName: "Nguyễn",
  });

  await addClass(db, { schoolId, teacher, students: [student] });
  await addClass(db, { schoolId, teacher: otherTeacher, students: [otherStudent] });
  for (const member of [guardian, guardianWithoutEmail]) {
    await linkGuardian(db, { guardian: member, student });
  }
  const plan = await createPlan(db, { student, schoolId, startedBy: teacher });
  const statements = await addProgress(db, { planId: plan.id, districtId, student, teacher });

  return {
    districtId,
    schoolId,
    administratorId: administrator.id,
    teacherId: teacher.id,
    otherTeacherId: otherTeacher.id,
    studentId: student.id,
    student,
    guardianId: guardian.id,
    guardianWithoutEmailId: guardianWithoutEmail.id,
    planId: plan.id,
    ...statements,
  };
}

async function addClass(db: Db, where: { schoolId: string; teacher: Person; students: Person[] }) {
  const klass = await createClass(db, {
    districtId: where.teacher.districtId,
    schoolId: where.schoolId,
  });
  await enroll(db, { classId: klass.id, person: where.teacher, role: "teacher" });
  for (const student of where.students) {
    await enroll(db, { classId: klass.id, person: student, role: "student" });
  }
}

/**
 * The Mathematics Progress: two strengths (in the student's and the family's words), one taken
 * back, and an area of improvement that names the first strength as a help.
 */
async function addProgress(
  db: Db,
  plan: { planId: string; districtId: string; student: Person; teacher: Person },
) {
  const statement = (section: StatementSection, body: string, voice: Voice, author: Person) =>
    addStatement(db, { ...plan, section, body, voice, authorId: author.id });

  const patterns = await statement(
    "strength",
    "I spot patterns in numbers",
    "student",
    plan.student,
  );
  const cooking = await statement(
    "strength",
    "Measures carefully when we cook",
    "family",
    plan.teacher,
  );
  const retired = await statement(
    "strength",
    "An old strength taken back",
    "teacher",
    plan.teacher,
  );
  await db
    .updateTable("statements")
    .set({ retired_at: new Date().toISOString() })
    .where("id", "=", retired)
    .execute();
  const area = "Adding fractions <with> unlike denominators";
  const fractions = await statement("area", area, "teacher", plan.teacher);
  await db
    .insertInto("area_strengths")
    .values({ district_id: plan.districtId, area_id: fractions, strength_id: patterns })
    .execute();

  return { strengthIds: [patterns, cooking], areaId: fractions };
}

async function addStatement(
  db: Db,
  statement: {
    districtId: string;
    planId: string;
    section: StatementSection;
    body: string;
    voice: Voice;
    authorId: string;
  },
) {
  const id = randomUUID();
  const now = new Date().toISOString();
  await db
    .insertInto("statements")
    .values({
      id,
      district_id: statement.districtId,
      plan_id: statement.planId,
      section: statement.section,
      body: statement.body,
      voice: statement.voice,
      author_id: statement.authorId,
      progress: null,
      retired_at: null,
      created_at: now,
      updated_at: now,
    })
    .execute();

  return id;
}
