import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database, PlanStage, Voice } from "../../../src/db/schema.ts";
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
} from "../../support/factories.ts";

type Db = Kysely<Database>;

/** Friday 4 December 2026, 10:00 in New York: school year 2026-2027, begun on August 1. */
export const programNow = new Date("2026-12-04T15:00:00Z");

/*
 * A school with two teachers, two grades and plans at every stage:
 *   Ana's class (grade 04): a1 draft, a2 shared, a3 agreed, a4 checking in
 *   Ben's class (grade 05): b1 closed this year, b2 closed last year (not counted), b3 draft
 *   s5 (grade 05) is in both classes, checking in: she counts for both teachers.
 */
export async function seedProgramSchool(db: Db) {
  const district = await createDistrict(db);
  const school = await createSchool(db, { districtId: district.id });
  const inSchool = { districtId: district.id, schoolId: school.id };
  const administrator = await createAdministrator(db, { ...inSchool, givenName: "Ada" });
  const ana = await createTeacher(db, { ...inSchool, givenName: "Ana", familyName: "Alvarez" });
  const ben = await createTeacher(db, { ...inSchool, givenName: "Ben", familyName: "Brown" });
  const classA = await createClass(db, { ...inSchool, title: "Math 4A" });
  const classB = await createClass(db, { ...inSchool, title: "Math 5B" });
  await enroll(db, { classId: classA.id, person: ana, role: "teacher" });
  await enroll(db, { classId: classB.id, person: ben, role: "teacher" });

  const student = async (name: string, grade: string, classIds: string[]) => {
    const person = await createStudent(db, { ...inSchool, givenName: name, familyName: "Pupil" });
    await db.updateTable("people").set({ grades: grade }).where("id", "=", person.id).execute();
    for (const classId of classIds) await enroll(db, { classId, person, role: "student" });
    return person;
  };
  const students = {
    a1: await student("Amir", "04", [classA.id]),
    a2: await student("Bea", "04", [classA.id]),
    a3: await student("Cruz", "04", [classA.id]),
    a4: await student("Dana", "04", [classA.id]),
    b1: await student("Eli", "05", [classB.id]),
    b2: await student("Fay", "05", [classB.id]),
    b3: await student("Gus", "05", [classB.id]),
    s5: await student("Hana", "05", [classA.id, classB.id]),
  };

  const plan = (who: Person, stage: PlanStage, startedBy: Person, createdAt = "2026-09-01") =>
    planAt(db, { student: who, schoolId: school.id, stage, startedBy, createdAt });
  const plans = {
    a1: await plan(students.a1, "draft", ana),
    a2: await plan(students.a2, "shared", ana),
    a3: await plan(students.a3, "agreed", ana),
    a4: await plan(students.a4, "checking_in", ana),
    b1: await plan(students.b1, "closed", ben, "2026-09-10"),
    b2: await plan(students.b2, "closed", ben, "2025-09-01"),
    b3: await plan(students.b3, "draft", ben),
    s5: await plan(students.s5, "checking_in", ana),
  };

  await checkIn(db, { plan: plans.a3, districtId: district.id, dueOn: "2026-12-01" });
  await checkIn(db, { plan: plans.a4, districtId: district.id, dueOn: "2026-12-08" });
  await checkIn(db, { plan: plans.s5, districtId: district.id, dueOn: "2026-12-11" });
  await checkIn(db, {
    plan: plans.s5,
    districtId: district.id,
    dueOn: "2026-11-20",
    heldAt: "2026-11-20T15:00:00Z",
  });
  await checkIn(db, { plan: plans.b3, districtId: district.id, dueOn: "2026-12-20" });
  await checkIn(db, { plan: plans.b1, districtId: district.id, dueOn: "2026-11-01" });

  const family = async (of: Person) => {
    const guardian = await createGuardian(db, { districtId: district.id });
    await linkGuardian(db, { guardian, student: of });
    return guardian;
  };
  const a2Family = await family(students.a2);
  const a3Family = await family(students.a3);
  const a4Family = await family(students.a4);
  await db
    .insertInto("plan_family_views")
    .values({
      district_id: district.id,
      plan_id: plans.a2,
      person_id: a2Family.id,
      first_viewed_at: "2026-10-01T12:00:00Z",
    })
    .execute();
  await statement(db, { planId: plans.a2, author: a2Family, voice: "family" });
  await statement(db, { planId: plans.a3, author: a3Family, voice: "family" });
  await statement(db, { planId: plans.a4, author: students.a4, voice: "student" });
  await meeting(db, { planId: plans.a4, recordedBy: ana, attendees: [a4Family, students.a4] });
  await meeting(db, { planId: plans.s5, recordedBy: ana, attendees: [students.s5] });

  return { district, school, administrator, ana, ben, classA, classB, students, plans };
}

export type ProgramSchool = Awaited<ReturnType<typeof seedProgramSchool>>;

async function planAt(
  db: Db,
  options: {
    student: Person;
    schoolId: string;
    stage: PlanStage;
    startedBy: Person;
    createdAt: string;
  },
) {
  const { id } = await createPlan(db, options);
  const created = `${options.createdAt}T14:00:00.000Z`;
  await db
    .updateTable("plans")
    .set({
      created_at: created,
      updated_at: created,
      closed_at: options.stage === "closed" ? created : null,
    })
    .where("id", "=", id)
    .execute();

  return id;
}

export async function checkIn(
  db: Db,
  options: { plan: string; districtId: string; dueOn: string; heldAt?: string },
) {
  await db
    .insertInto("check_ins")
    .values({
      id: randomUUID(),
      district_id: options.districtId,
      plan_id: options.plan,
      due_on: options.dueOn,
      held_at: options.heldAt ?? null,
      note: null,
      recorded_by: null,
      created_at: "2026-09-01T14:00:00.000Z",
    })
    .execute();
}

/** A strength straight into the plan, in the author's voice. */
export async function statement(db: Db, options: { planId: string; author: Person; voice: Voice }) {
  await db
    .insertInto("statements")
    .values({
      id: randomUUID(),
      district_id: options.author.districtId,
      plan_id: options.planId,
      section: "strength",
      body: "Counts change quickly at the market",
      voice: options.voice,
      author_id: options.author.id,
      progress: null,
      retired_at: null,
      created_at: "2026-10-01T14:00:00.000Z",
      updated_at: "2026-10-01T14:00:00.000Z",
    })
    .execute();
}

async function meeting(
  db: Db,
  options: { planId: string; recordedBy: Person; attendees: Person[] },
) {
  const id = randomUUID();
  await db
    .insertInto("meetings")
    .values({
      id,
      district_id: options.recordedBy.districtId,
      plan_id: options.planId,
      starts_at: "2026-10-05T20:00:00.000Z",
      place: "Room 4",
      video_url: null,
      notes: null,
      recorded_by: options.recordedBy.id,
      created_at: "2026-10-01T14:00:00.000Z",
    })
    .execute();
  await db
    .insertInto("meeting_attendees")
    .values(
      options.attendees.map((person) => ({
        district_id: person.districtId,
        meeting_id: id,
        person_id: person.id,
      })),
    )
    .execute();
}

/**
 * Two identity statements (the first worded in English, the second not), answered by Dana at
 * two sittings, by Hana at three (one answer left blank) and by Cruz at one.
 */
export async function seedIdentity(db: Kysely<Database>, school: ProgramSchool) {
  const districtId = school.district.id;
  const statements = [randomUUID(), randomUUID()];
  for (const [index, id] of statements.entries()) {
    await db
      .insertInto("identity_statements")
      .values({
        id,
        district_id: districtId,
        school_id: school.school.id,
        starter_key: null,
        position: index + 1,
        retired_at: null,
        created_at: "2026-08-01T00:00:00Z",
        updated_at: "2026-08-01T00:00:00Z",
      })
      .execute();
  }
  await db
    .insertInto("identity_statement_texts")
    .values({
      district_id: districtId,
      statement_id: statements[0] ?? "",
      locale: "en",
      body: "I can explain my thinking",
      updated_at: "2026-08-01T00:00:00Z",
    })
    .execute();

  const sitting = async (
    planId: string,
    student: string,
    day: string,
    answers: (number | null)[],
  ) => {
    const id = randomUUID();
    await db
      .insertInto("identity_checks")
      .values({
        id,
        district_id: districtId,
        plan_id: planId,
        student_id: student,
        occasion: day,
        check_in_id: null,
        answered_on: day,
        created_at: `${day}T12:00:00Z`,
        updated_at: `${day}T12:00:00Z`,
      })
      .execute();
    await db
      .insertInto("identity_answers")
      .values(
        answers.map((agreement, index) => ({
          district_id: districtId,
          check_id: id,
          statement_id: statements[index] ?? "",
          agreement,
        })),
      )
      .execute();
  };
  const { a4, s5 } = school.students;
  await sitting(school.plans.a4, a4.id, "2026-09-10", [2, 3]);
  await sitting(school.plans.a4, a4.id, "2026-11-20", [4, 3]);
  await sitting(school.plans.s5, s5.id, "2026-09-10", [3, null]);
  await sitting(school.plans.s5, s5.id, "2026-10-10", [5, 5]);
  await sitting(school.plans.s5, s5.id, "2026-11-20", [2, 4]);
  // A student with one sitting has nothing to compare yet.
  await sitting(school.plans.a3, school.students.a3.id, "2026-09-10", [1, 1]);
}
