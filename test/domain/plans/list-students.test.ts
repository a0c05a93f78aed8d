import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { refreshStatistics } from "../../../src/db/roster-store.ts";
import { agreePlan } from "../../../src/domain/plans/agree-plan.ts";
import { closePlan } from "../../../src/domain/plans/close-plan.ts";
import {
  classesOnOnePage,
  listStudents,
  studentDirectory,
} from "../../../src/domain/plans/list-students.ts";
import { dialects, freshDatabase, type TestDatabase } from "../../support/databases.ts";
import {
  actorFor,
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
        plan: { id: room.planId, stage: "draft", nextCheckInOn: null, overdue: false },
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

  it("an administrator of more classes than a page holds picks one and sees it", async () => {
    const room = await classroomWithPlan(database.db);
    const inDistrict = { districtId: room.district.id, schoolId: room.school.id };
    for (let n = 0; n < classesOnOnePage; n += 1) {
      await createClass(database.db, { ...inDistrict, title: `Extra ${n}` });
    }
    const unplaced = await createStudent(database.db, { ...inDistrict, givenName: "Una" });
    const otherSchool = await createSchool(database.db, { districtId: room.district.id });
    const otherClass = await createClass(database.db, {
      districtId: room.district.id,
      schoolId: otherSchool.id,
    });
    const deps = planDeps(database.db);
    const administrator = actorFor(room.administrator);

    const directory = await studentDirectory(deps, administrator);
    const chosen = await listStudents(deps, administrator, room.klass.id);
    const inNone = await listStudents(deps, administrator, null);

    expect(directory?.classes).toHaveLength(classesOnOnePage + 2);
    expect(directory?.classes.find((row) => row.classId === room.klass.id)?.students).toBe(1);
    expect(directory?.unplaced).toBe(1);
    expect(chosen.map((group) => group.classId)).toEqual([room.klass.id]);
    expect(chosen[0]?.students.map((student) => student.plan?.id)).toEqual([room.planId]);
    expect(inNone.flatMap((group) => group.students.map((student) => student.id))).toEqual([
      unplaced.id,
    ]);
    // A teacher keeps the whole list, and a class not theirs is not found.
    expect(await studentDirectory(deps, actorFor(room.teacher))).toBeNull();
    await expect(listStudents(deps, actorFor(room.teacher), otherClass.id)).rejects.toMatchObject({
      kind: "not_found",
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
