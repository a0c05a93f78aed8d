import type { Kysely } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/schema.ts";
import type { Actor } from "../../src/domain/access/actor.ts";
import { readAuditTrail } from "../../src/domain/audit/read-audit-trail.ts";
import { readNextYear } from "../../src/domain/next-year/read-next-year.ts";
import { listStudents, readStudentList } from "../../src/domain/plans/list-students.ts";
import { listGradesWithPlans, readGradePlans } from "../../src/domain/program/grade-plans.ts";
import { parseProgramFilters } from "../../src/domain/program/program-filters.ts";
import { readProgram } from "../../src/domain/program/read-program.ts";
import { readTeamReflections } from "../../src/domain/reflections/read-team-reflections.ts";
import { writeReflection } from "../../src/domain/reflections/write-reflection.ts";
import { recordViews } from "../support/audit-trail.ts";
import { createManyClasses } from "../support/class-directory.ts";
import { dialects, freshDatabase, type TestDatabase } from "../support/databases.ts";
import {
  actorFor,
  createAdministrator,
  createClass,
  createDistrict,
  createPlan,
  createSchool,
  createStudent,
  createTeacher,
  enroll,
  type Person,
} from "../support/factories.ts";
import { planDeps } from "../support/plans.ts";
import { checkIn, programNow } from "./program/program-school.ts";

/*
 * Every list of schools, classes, people and grades a reader sees is in the order of the page's
 * language, not of the characters' codes the databases sort by: Ángeles before Zebra, ana adams
 * before Zimmerman, Period 2 before Period 10, KG before grade 12. Both databases sort the same
 * (PostgreSQL's test database is in a C locale, as SQLite always is).
 */

type Db = Kysely<Database>;

/**
 * A district of three schools. Ángeles Elementary has three teachers (Zoe Zimmerman, Óscar
 * Ábrego, ana adams) who teach Period 10, Period 2 and Álgebra; Period 2's students (Zed Young,
 * Élodie Ávila, bo baker) are in grades 12, KG and 3, each with a draft plan, and one has a
 * closed plan too. Zebra Academy has more classes than the whole list holds (Class 1 to 41).
 */
async function threeSchools(db: Db) {
  const district = await createDistrict(db);
  const districtId = district.id;
  const zebra = await createSchool(db, { districtId, name: "Zebra Academy" });
  const angeles = await createSchool(db, { districtId, name: "Ángeles Elementary" });
  await createSchool(db, { districtId, name: "Elm School" });
  const inAngeles = { districtId, schoolId: angeles.id };

  const teacher = (givenName: string, familyName: string) =>
    createTeacher(db, { ...inAngeles, givenName, familyName });
  const teachers = {
    zimmerman: await teacher("Zoe", "Zimmerman"),
    abrego: await teacher("Óscar", "Ábrego"),
    adams: await teacher("ana", "adams"),
  };
  const taught = async (title: string, by: Person) => {
    const klass = await createClass(db, { ...inAngeles, title });
    for (const person of new Set([by, teachers.adams])) {
      await enroll(db, { classId: klass.id, person, role: "teacher" });
    }
    return klass;
  };
  const classes = {
    period10: await taught("Period 10", teachers.zimmerman),
    period2: await taught("Period 2", teachers.abrego),
    algebra: await taught("Álgebra", teachers.adams),
  };
  await createManyClasses(db, {
    districtId,
    schoolId: zebra.id,
    count: 41,
    title: (n) => `Class ${41 - n}`,
  });
  const zebraClass = await createClass(db, { districtId, schoolId: zebra.id, title: "Zebra 1" });
  await enroll(db, { classId: zebraClass.id, person: teachers.zimmerman, role: "teacher" });

  const students = [];
  for (const [givenName, familyName, grades] of [
    ["Zed", "Young", "12"],
    ["Élodie", "Ávila", "KG"],
    ["bo", "baker", "03"],
  ] as const) {
    const student = await createStudent(db, { ...inAngeles, givenName, familyName });
    await db.updateTable("people").set({ grades }).where("id", "=", student.id).execute();
    await enroll(db, { classId: classes.period2.id, person: student, role: "student" });
    await createPlan(db, { student, schoolId: angeles.id, startedBy: teachers.abrego });
    students.push(student);
  }
  const closedOf = async (familyName: string) => {
    const student = await createStudent(db, { ...inAngeles, givenName: "Closed", familyName });
    await enroll(db, { classId: classes.period2.id, person: student, role: "student" });
    const plan = { student, schoolId: angeles.id, startedBy: teachers.abrego };
    await createPlan(db, { ...plan, stage: "closed" });
  };
  for (const familyName of ["Zapata", "Ørsted", "álvarez"]) await closedOf(familyName);
  const administrator = await createAdministrator(db, { districtId, givenName: "Ada" });

  return { district, zebra, angeles, teachers, classes, students, administrator };
}

describe.each(dialects)("lists in the reader's order on %s", (dialect) => {
  let database: TestDatabase;
  let district: Awaited<ReturnType<typeof threeSchools>>;
  beforeAll(async () => {
    database = await freshDatabase(dialect);
    district = await threeSchools(database.db);
  });
  afterAll(async () => {
    await database?.drop();
  });

  const deps = () => planDeps(database.db, programNow);
  const as = (person: Person, locale = "en"): Actor => ({ ...actorFor(person), locale });

  it("the student list names schools, classes and students as the reader orders them", async () => {
    const { administrator, teachers, classes } = district;

    const directory = await readStudentList(deps(), as(administrator));
    const zebra = await readStudentList(deps(), as(administrator), {
      schoolId: district.zebra.id,
    });
    const period2 = await readStudentList(deps(), as(administrator), {
      classChoice: classes.period2.id,
    });
    const adamsList = await listStudents(deps(), as(teachers.adams));

    if (directory.step !== "schools") throw new Error("no directory of schools");
    expect(directory.schools.map((school) => school.schoolName)).toEqual([
      "Ángeles Elementary",
      "Zebra Academy",
    ]);
    if (zebra.step !== "classes" || !zebra.classes) throw new Error("no classes");
    expect(zebra.classes.map((row) => row.classTitle).slice(0, 3)).toEqual([
      "Class 1",
      "Class 2",
      "Class 3",
    ]);
    expect(zebra.classes.at(-2)?.classTitle).toBe("Class 41");
    if (period2.step !== "students") throw new Error("no students");
    expect(period2.groups[0]?.students.map((student) => student.name)).toEqual([
      "Closed álvarez",
      "Élodie Ávila",
      "bo baker",
      "Closed Ørsted",
      "Zed Young",
      "Closed Zapata",
    ]);
    expect(adamsList.map((group) => group.classTitle)).toEqual([
      "Álgebra",
      "Period 2",
      "Period 10",
    ]);
  });

  it("the program page lists schools, teachers, classes and grades in reading order", async () => {
    const { administrator } = district;
    const read = (query: Record<string, string>) =>
      readProgram(deps(), as(administrator), parseProgramFilters(query));

    const everySchool = await read({});
    const angeles = await read({ school: district.angeles.id });

    expect(everySchool.options.schools.map((school) => school.name)).toEqual([
      "Ángeles Elementary",
      "Elm School",
      "Zebra Academy",
    ]);
    expect(everySchool.bySchool?.map((school) => school.name)).toEqual(["Ángeles Elementary"]);
    expect(everySchool.options.grades).toEqual(["KG", "03", "12"]);
    // The closed plans' students have no grade: they come last.
    expect(everySchool.byGrade.map((row) => row.grade)).toEqual(["KG", "03", "12", ""]);
    expect(angeles.options.teachers.choices?.map((teacher) => teacher.name)).toEqual([
      "Óscar Ábrego",
      "ana adams",
      "Zoe Zimmerman",
    ]);
    expect(angeles.options.classes.choices?.map((klass) => klass.title)).toEqual([
      "Álgebra",
      "Period 2",
      "Period 10",
    ]);
    expect(angeles.byTeacher.map((teacher) => teacher.name)).toEqual(["Óscar Ábrego", "ana adams"]);
  });

  it("words typed for a class offer its matches in the reader's order", async () => {
    const { administrator } = district;

    const typed = await readProgram(
      deps(),
      as(administrator),
      parseProgramFilters({ school: district.angeles.id }),
      { view: { typed: { teacher: undefined, klass: "period" }, page: 1 }, choicesOnOnePage: 1 },
    );

    expect(typed.options.classes.matches.map((klass) => klass.title)).toEqual([
      "Period 2",
      "Period 10",
    ]);
  });

  it("the grades to download plans by come in school order", async () => {
    const grades = await listGradesWithPlans(deps(), as(district.administrator));

    expect(grades.map((row) => row.grade)).toEqual(["KG", "03", "12"]);
  });

  it("a grade's plans come in one PDF in the order of their students' names", async () => {
    const { angeles, classes, teachers } = district;
    const inAngeles = { districtId: district.district.id, schoolId: angeles.id };
    for (const [givenName, familyName] of [
      ["Ulises", "Zúñiga"],
      ["ana", "Álvarez"],
    ] as const) {
      const student = await createStudent(database.db, { ...inAngeles, givenName, familyName });
      await database.db
        .updateTable("people")
        .set({ grades: "KG" })
        .where("id", "=", student.id)
        .execute();
      await enroll(database.db, { classId: classes.algebra.id, person: student, role: "student" });
      await createPlan(database.db, { student, schoolId: angeles.id, startedBy: teachers.adams });
    }

    const grade = await readGradePlans(deps(), as(district.administrator), { grade: "KG" });
    const planIds = [];
    for await (const planId of grade.planIds) planIds.push(planId);
    const names = await database.db
      .selectFrom("plans")
      .innerJoin("people", "people.id", "plans.student_id")
      .select(["plans.id", "people.family_name"])
      .where("plans.id", "in", planIds)
      .execute();
    const familyOf = new Map(names.map((row) => [row.id, row.family_name]));

    expect(planIds.map((planId) => familyOf.get(planId))).toEqual(["Álvarez", "Ávila", "Zúñiga"]);
  });

  it("next year's classes and closed plans come in the reader's order", async () => {
    const { administrator, classes } = district;

    const view = await readNextYear(deps(), as(administrator), {
      classId: classes.period2.id,
      schoolId: undefined,
    });

    expect(view.classes.map((klass) => klass.title).slice(0, 3)).toEqual([
      "Álgebra",
      "Period 2",
      "Period 10",
    ]);
    expect(view.chosen?.closedPlans.map((plan) => plan.student)).toEqual([
      "Closed álvarez",
      "Closed Ørsted",
      "Closed Zapata",
    ]);
  });

  it("the team's reflections, plans and schools come in the reader's order", async () => {
    const { angeles, teachers, students } = district;
    const plans = await database.db
      .selectFrom("plans")
      .select("id")
      .where(
        "student_id",
        "in",
        students.map((student) => student.id),
      )
      .execute();
    for (const plan of plans) {
      const held = { districtId: district.district.id, dueOn: "2026-11-20" };
      await checkIn(database.db, { ...held, plan: plan.id, heldAt: "2026-11-20T15:00:00Z" });
    }
    for (const teacher of [teachers.zimmerman, teachers.abrego]) {
      const form = { planId: "", body: `What ${teacher.familyName} saw this term` };
      await writeReflection(deps(), as(teacher), { schoolId: angeles.id, form });
    }

    const team = await readTeamReflections(deps(), as(district.administrator), angeles.id);

    expect(team.schools.map((school) => school.name)).toEqual([
      "Ángeles Elementary",
      "Elm School",
      "Zebra Academy",
    ]);
    expect(team.reflections.map((reflection) => reflection.author)).toEqual([
      "Óscar Ábrego",
      "Zoe Zimmerman",
    ]);
    expect(team.plans.map((plan) => plan.student)).toEqual([
      "Élodie Ávila",
      "bo baker",
      "Zed Young",
    ]);
  });

  it("the audit trail's filters list the people it names in the reader's order", async () => {
    const { teachers, students } = district;
    const inAngeles = { districtId: district.district.id, schoolId: district.angeles.id };
    const spanish = [
      await createStudent(database.db, { ...inAngeles, givenName: "Inés", familyName: "Ñúñez" }),
      await createStudent(database.db, { ...inAngeles, givenName: "Raúl", familyName: "Nuño" }),
    ];
    await recordViews(
      database.db,
      district.district.id,
      [...students, ...spanish].map((student, n) => ({
        actor: Object.values(teachers)[n] ?? teachers.adams,
        studentId: student.id,
      })),
    );
    const trailAdministrator = await createAdministrator(database.db, {
      districtId: district.district.id,
    });
    const trailIn = (locale: string) =>
      readAuditTrail({ db: database.db }, as(trailAdministrator, locale), {});

    const english = await trailIn("en");
    const inSpanish = await trailIn("es");

    // In English Ñ is N with a mark; in Spanish a letter of its own, after N.
    expect(english.choices.student?.map((person) => person.name)).toEqual([
      "Élodie Ávila",
      "bo baker",
      "Inés Ñúñez",
      "Raúl Nuño",
      "Zed Young",
    ]);
    expect(inSpanish.choices.student?.map((person) => person.name)).toEqual([
      "Élodie Ávila",
      "bo baker",
      "Raúl Nuño",
      "Inés Ñúñez",
      "Zed Young",
    ]);
    expect(english.choices.person?.map((person) => person.name)).toEqual([
      "Óscar Ábrego",
      "ana adams",
      "Zoe Zimmerman",
    ]);
  });
});
