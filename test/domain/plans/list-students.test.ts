import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { refreshStatistics } from "../../../src/db/roster-store.ts";
import { agreePlan } from "../../../src/domain/plans/agree-plan.ts";
import {
  classesOfSchoolOnOnePage,
  classesOnOnePage,
  classMatchesShown,
  studentsOnOnePage,
} from "../../../src/domain/plans/class-directory.ts";
import { closePlan } from "../../../src/domain/plans/close-plan.ts";
import { listStudents, readStudentList } from "../../../src/domain/plans/list-students.ts";
import { createManyClasses, enrollManyStudents } from "../../support/class-directory.ts";
import { dialects, freshDatabase, type TestDatabase } from "../../support/databases.ts";
import {
  actorFor,
  createAdministrator,
  createClass,
  createSchool,
  createStudent,
  enroll,
} from "../../support/factories.ts";
import { classroomWithPlan, failure, planDeps } from "../../support/plans.ts";

describe.each(dialects)("the list of students on %s", (dialect) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await freshDatabase(dialect);
  });
  afterAll(async () => {
    await database.drop();
  });

  it("a teacher sees each student of their class with the plan's stage", async () => {
    const room = await classroomWithPlan(database.db);
    const newcomer = await createStudent(database.db, {
      districtId: room.district.id,
      givenName: "Noor",
    });
    await enroll(database.db, { classId: room.klass.id, person: newcomer, role: "student" });

    const groups = await listStudents(planDeps(database.db), actorFor(room.teacher));

    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ classTitle: room.klass.title, schoolName: room.school.name });
    expect(groups[0]?.students).toEqual([
      { id: newcomer.id, name: "Noor Example", plan: null },
      {
        id: room.student.id,
        name: "Sam Example",
        plan: {
          id: room.planId,
          stage: "draft",
          nextYear: false,
          nextCheckInOn: null,
          overdue: false,
        },
      },
    ]);
  });

  it("a district's administrator sees 70,000 students of one class with their plans", async () => {
    const room = await classroomWithPlan(database.db);
    // Past SQLite's 32,766 bound values a statement and PostgreSQL's 65,535 parameters.
    const many = 70_000;
    const now = "2025-03-01T12:00:00.000Z";
    await sql`
      with recursive n(i) as (select 1 union all select i + 1 from n where i < ${many})
      insert into people (id, district_id, role, given_name, family_name, active, created_at,
        updated_at)
      select 'bulk-student-' || i, ${room.district.id}, 'student', 'Many', 'Student ' || i, 1,
        ${now}, ${now}
      from n`.execute(database.db);
    await sql`
      with recursive n(i) as (select 1 union all select i + 1 from n where i < ${many})
      insert into enrollments (id, district_id, class_id, person_id, role, active, created_at,
        updated_at)
      select 'bulk-enrollment-' || i, ${room.district.id}, ${room.klass.id},
        'bulk-student-' || i, 'student', 1, ${now}, ${now}
      from n`.execute(database.db);
    // As an import leaves them: PostgreSQL plans for empty tables until it has statistics.
    await refreshStatistics(database.db, ["people", "enrollments"]);

    const groups = await listStudents(planDeps(database.db), actorFor(room.administrator));

    const students = groups.flatMap((group) => group.students);
    expect(students).toHaveLength(many + 1);
    expect(students.find((student) => student.id === room.student.id)?.plan).toMatchObject({
      id: room.planId,
      stage: "draft",
    });
  });

  /** Ada administers the whole district: two schools, one holding more students than a page. */
  async function districtPastOnePage() {
    const room = await classroomWithPlan(database.db);
    const inDistrict = { districtId: room.district.id, schoolId: room.school.id };
    const big = await createClass(database.db, { ...inDistrict, title: "Math 8 – Period 1" });
    await enrollManyStudents(database.db, {
      ...inDistrict,
      classId: big.id,
      count: studentsOnOnePage,
    });
    const otherSchool = await createSchool(database.db, {
      districtId: room.district.id,
      name: "Zinnia Middle School",
    });
    const otherClass = await createClass(database.db, {
      districtId: room.district.id,
      schoolId: otherSchool.id,
      title: "Math 6 – Period 4",
    });
    const unplaced = await createStudent(database.db, { ...inDistrict, givenName: "Una" });

    return { ...room, big, otherSchool, otherClass, unplaced };
  }

  it("an administrator of too many students chooses a school, then a class", async () => {
    const room = await districtPastOnePage();
    const deps = planDeps(database.db);
    const administrator = actorFor(room.administrator);

    const schools = await readStudentList(deps, administrator);
    const classes = await readStudentList(deps, administrator, { schoolId: room.school.id });
    const chosen = await readStudentList(deps, administrator, { classChoice: room.klass.id });
    const inNone = await readStudentList(deps, administrator, { classChoice: null });

    expect(schools).toMatchObject({
      step: "schools",
      unplaced: 1,
      schools: [
        { schoolId: room.school.id, classes: 2, students: studentsOnOnePage + 1 },
        { schoolId: room.otherSchool.id, classes: 1, students: 0 },
      ],
    });
    expect(classes).toMatchObject({
      step: "classes",
      school: { id: room.school.id, name: room.school.name },
      otherSchools: true,
      classCount: 2,
      unplaced: 0,
    });
    if (classes.step !== "classes") throw new Error("no classes");
    expect(classes.classes?.map((row) => [row.classId, row.students])).toEqual(
      expect.arrayContaining([
        [room.klass.id, 1],
        [room.big.id, studentsOnOnePage],
      ]),
    );
    expect(chosen).toMatchObject({ step: "students", chosen: true });
    if (chosen.step !== "students") throw new Error("no students");
    expect(chosen.groups.map((group) => [group.classId, group.schoolId])).toEqual([
      [room.klass.id, room.school.id],
    ]);
    expect(chosen.groups[0]?.students.map((student) => student.plan?.id)).toEqual([room.planId]);
    if (inNone.step !== "students") throw new Error("no students");
    expect(inNone.groups.flatMap((group) => group.students.map((each) => each.id))).toEqual([
      room.unplaced.id,
    ]);
  });

  it("an administrator sees every student on one page while they are few", async () => {
    const room = await classroomWithPlan(database.db);
    const inDistrict = { districtId: room.district.id, schoolId: room.school.id };
    const more = await createClass(database.db, { ...inDistrict, title: "Math 8 – Period 1" });
    await enrollManyStudents(database.db, {
      ...inDistrict,
      classId: more.id,
      count: studentsOnOnePage - 1,
    });

    const list = await readStudentList(planDeps(database.db), actorFor(room.administrator));

    expect(list.step).toBe("students");
    if (list.step !== "students") throw new Error("no students");
    expect(list.groups.flatMap((group) => group.students)).toHaveLength(studentsOnOnePage);
  });

  it("an administrator of too many classes chooses one, however few students", async () => {
    const room = await classroomWithPlan(database.db);
    await createManyClasses(database.db, {
      districtId: room.district.id,
      schoolId: room.school.id,
      count: classesOnOnePage,
      title: (n) => `Extra ${n}`,
    });

    const list = await readStudentList(planDeps(database.db), actorFor(room.administrator));

    // One school only: its classes straight away, with nowhere else to go back to.
    expect(list).toMatchObject({ step: "classes", otherSchools: false });
    if (list.step !== "classes") throw new Error("no classes");
    expect(list.classes).toHaveLength(classesOnOnePage + 1);
  });

  it("a teacher of more students than a page holds still sees every one of them", async () => {
    const room = await classroomWithPlan(database.db);
    await enrollManyStudents(database.db, {
      districtId: room.district.id,
      schoolId: room.school.id,
      classId: room.klass.id,
      count: studentsOnOnePage,
    });

    const list = await readStudentList(planDeps(database.db), actorFor(room.teacher), {
      schoolId: room.school.id,
    });

    expect(list.step).toBe("students");
    if (list.step !== "students") throw new Error("no students");
    expect(list.groups.flatMap((group) => group.students)).toHaveLength(studentsOnOnePage + 1);
  });

  it("a principal sees only their schools, never another school's classes", async () => {
    const room = await districtPastOnePage();
    const principal = await createAdministrator(database.db, {
      districtId: room.district.id,
      schoolId: room.school.id,
      givenName: "Pia",
    });
    await database.db
      .updateTable("people")
      .set({ source_id: `principal-${principal.id}` })
      .where("id", "=", principal.id)
      .execute();
    const deps = planDeps(database.db);
    const actor = actorFor(principal);

    const first = await readStudentList(deps, actor);
    const elsewhere = await readStudentList(deps, actor, { schoolId: room.otherSchool.id });
    const unknown = await readStudentList(deps, actor, { schoolId: "no-such-school" });

    expect(first).toMatchObject({ step: "classes", school: { id: room.school.id } });
    expect(elsewhere).toMatchObject({
      step: "classes",
      school: { id: room.school.id },
      problem: "notYourSchool",
    });
    expect(JSON.stringify(elsewhere)).not.toContain(room.otherClass.id);
    expect(unknown).toMatchObject({ problem: "notYourSchool" });
    await expect(
      readStudentList(deps, actor, { classChoice: room.otherClass.id }),
    ).rejects.toMatchObject({ kind: "not_found" });
  });

  it("past a page of classes, a school's classes are found by typing, at most 20", async () => {
    const room = await classroomWithPlan(database.db);
    const inDistrict = { districtId: room.district.id, schoolId: room.school.id };
    await createManyClasses(database.db, {
      ...inDistrict,
      count: classesOfSchoolOnOnePage,
      title: (n) => `Math ${String(n).padStart(3, "0")}`,
      code: (n) => `M-${n}`,
    });
    const deps = planDeps(database.db);
    const administrator = actorFor(room.administrator);
    const find = (typed: string) =>
      readStudentList(deps, administrator, { schoolId: room.school.id, typed });

    const unasked = await readStudentList(deps, administrator, { schoolId: room.school.id });
    const many = await find("math");
    const begun = await find("math 01");
    const none = await find("Geometry");

    expect(unasked).toMatchObject({ step: "classes", classes: null, classCount: 201 });
    expect(unasked).not.toHaveProperty("search.words");
    expect(many).toMatchObject({ search: { words: "math", more: true } });
    if (many.step !== "classes" || !many.search) throw new Error("no search");
    expect(many.search.matches).toHaveLength(classMatchesShown);
    if (begun.step !== "classes" || !begun.search) throw new Error("no search");
    // Math 010 to Math 019: "01" begins their second word, by title.
    const ours = begun.search.matches.filter((row) => row.classId !== room.klass.id);
    expect(ours.map((row) => row.classTitle)).toEqual(
      Array.from({ length: 10 }, (_, n) => `Math 01${n}`),
    );
    expect(none).toMatchObject({ search: { words: "Geometry", matches: [], more: false } });
  });

  it("a whole class code typed chooses its class, though other codes begin with it", async () => {
    const room = await classroomWithPlan(database.db);
    const inDistrict = { districtId: room.district.id, schoolId: room.school.id };
    const classes = await createManyClasses(database.db, {
      ...inDistrict,
      count: classesOfSchoolOnOnePage,
      title: (n) => (n === 13 ? "Geometry" : "Math"),
      code: (n) => `M-${n}`,
      rosterId: (n) => `class-${n}`,
    });
    const deps = planDeps(database.db);
    const administrator = actorFor(room.administrator);
    const find = (typed: string) =>
      readStudentList(deps, administrator, { schoolId: room.school.id, typed });

    const byCode = await find("m-12");
    const byRosterId = await find("CLASS-13");
    const inside = await find("12");

    // M-120 to M-129 begin with M-12, but the class coded M-12 is the one meant.
    expect(byCode).toMatchObject({ step: "students", chosen: true });
    if (byCode.step !== "students") throw new Error("no class chosen");
    expect(byCode.groups.map((group) => group.classId)).toEqual([classes[12]?.id]);
    expect(byRosterId).toMatchObject({ step: "students", groups: [{ classTitle: "Geometry" }] });
    // A code's inside finds nothing, only its start (the classroom's own class has any title).
    if (inside.step !== "classes" || !inside.search) throw new Error("no search");
    expect(inside.search.matches.filter((row) => row.classId !== room.klass.id)).toEqual([]);
  });

  it("a directory says where overdue check-ins are, school by school, class by class", async () => {
    const room = await districtPastOnePage();
    await agreePlan(planDeps(database.db), actorFor(room.teacher), room.planId, {});
    const late = planDeps(database.db, new Date("2025-03-25T15:00:00Z"));
    const administrator = actorFor(room.administrator);

    const onTime = await readStudentList(planDeps(database.db), administrator);
    const schools = await readStudentList(late, administrator);
    const classes = await readStudentList(late, administrator, { schoolId: room.school.id });

    expect(onTime).toMatchObject({ overdue: { students: 0 }, schools: [{ overdue: 0 }, {}] });
    expect(schools).toMatchObject({
      overdue: { students: 1, inNoClass: 0 },
      schools: [
        { schoolId: room.school.id, overdue: 1 },
        { schoolId: room.otherSchool.id, overdue: 0 },
      ],
    });
    expect(classes).toMatchObject({
      overdue: { students: 1, places: [{ id: room.klass.id, students: 1 }] },
    });
  });

  it("a teacher sees the next check-in and whether it is overdue", async () => {
    const room = await classroomWithPlan(database.db);
    await agreePlan(planDeps(database.db), actorFor(room.teacher), room.planId, {});

    const onTime = await listStudents(planDeps(database.db), actorFor(room.teacher));
    const late = await listStudents(
      planDeps(database.db, new Date("2025-03-25T15:00:00Z")),
      actorFor(room.teacher),
    );

    expect(onTime[0]?.students[0]?.plan).toMatchObject({
      stage: "agreed",
      nextCheckInOn: "2025-03-24",
      overdue: false,
    });
    expect(late[0]?.students[0]?.plan).toMatchObject({ overdue: true });
  });

  it("a closed plan shows as closed, with no check-in due", async () => {
    const room = await classroomWithPlan(database.db);
    await agreePlan(planDeps(database.db), actorFor(room.teacher), room.planId, {});
    await closePlan(planDeps(database.db), actorFor(room.teacher), room.planId);

    const groups = await listStudents(planDeps(database.db), actorFor(room.teacher));

    expect(groups[0]?.students[0]?.plan).toMatchObject({
      stage: "closed",
      nextCheckInOn: null,
      overdue: false,
    });
  });

  it("an administrator sees the students of every class in the district", async () => {
    const room = await classroomWithPlan(database.db);

    const groups = await listStudents(planDeps(database.db), actorFor(room.administrator));

    expect(groups.flatMap((group) => group.students.map((student) => student.id))).toEqual([
      room.student.id,
    ]);
  });

  it("a family member is refused the list of students", async () => {
    const room = await classroomWithPlan(database.db);

    const error = await failure(listStudents(planDeps(database.db), actorFor(room.guardian)));

    expect(error.kind).toBe("forbidden");
  });
});
