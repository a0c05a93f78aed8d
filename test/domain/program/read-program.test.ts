import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../src/db/schema.ts";
import { parseProgramFilters } from "../../../src/domain/program/program-filters.ts";
import { readProgram } from "../../../src/domain/program/read-program.ts";
import { dialects, freshDatabase, type TestDatabase } from "../../support/databases.ts";
import {
  actorFor,
  createAdministrator,
  createClassroom,
  createPlan,
} from "../../support/factories.ts";
import { failure, planDeps } from "../../support/plans.ts";
import {
  type ProgramSchool,
  programNow,
  seedIdentity,
  seedProgramSchool,
} from "./program-school.ts";

const noFilters = parseProgramFilters({});

describe.each(dialects)("the program figures on %s", (dialect) => {
  let database: TestDatabase;
  let school: ProgramSchool;
  const deps = () => planDeps(database.db, programNow);
  beforeAll(async () => {
    database = await freshDatabase(dialect);
    school = await seedProgramSchool(database.db);
    // Another district's plans never count.
    const elsewhere = await createClassroom(database.db);
    await createPlan(database.db, {
      student: elsewhere.student,
      schoolId: elsewhere.school.id,
      startedBy: elsewhere.teacher,
    });
  });
  afterAll(async () => {
    await database.drop();
  });

  it("an administrator sees this year's plans by stage, not last year's closed plan", async () => {
    const figures = await readProgram(deps(), actorFor(school.administrator), noFilters);

    expect(figures.schoolYear).toBe("2026-2027");
    expect(figures.stages).toEqual({ draft: 2, shared: 1, agreed: 1, checking_in: 2, closed: 1 });
    expect(figures.total).toBe(7);
  });

  it("plans are counted per teacher, a student in two teachers' classes for both", async () => {
    const figures = await readProgram(deps(), actorFor(school.administrator), noFilters);

    expect(figures.byTeacher).toEqual([
      {
        teacherId: school.ana.id,
        name: "Ana Alvarez",
        stages: { draft: 1, shared: 1, agreed: 1, checking_in: 2, closed: 0 },
        total: 5,
      },
      {
        teacherId: school.ben.id,
        name: "Ben Brown",
        stages: { draft: 1, shared: 0, agreed: 0, checking_in: 1, closed: 1 },
        total: 3,
      },
    ]);
  });

  it("plans are counted per grade", async () => {
    const figures = await readProgram(deps(), actorFor(school.administrator), noFilters);

    expect(figures.byGrade).toEqual([
      {
        grade: "04",
        stages: { draft: 1, shared: 1, agreed: 1, checking_in: 1, closed: 0 },
        total: 4,
      },
      {
        grade: "05",
        stages: { draft: 1, shared: 0, agreed: 0, checking_in: 1, closed: 1 },
        total: 3,
      },
    ]);
  });

  it("overdue and coming check-ins count only open check-ins of open plans", async () => {
    const figures = await readProgram(deps(), actorFor(school.administrator), noFilters);

    expect(figures.checkIns.overdue).toBe(1);
    expect(figures.checkIns.dueSoon).toBe(2);
    expect(figures.checkIns.upcoming.map((row) => [row.name, row.dueOn, row.overdue])).toEqual([
      ["Cruz Pupil", "2026-12-01", true],
      ["Dana Pupil", "2026-12-08", false],
      ["Hana Pupil", "2026-12-11", false],
    ]);
  });

  it("families took part by opening the plan, writing, or coming to a meeting", async () => {
    const figures = await readProgram(deps(), actorFor(school.administrator), noFilters);

    expect(figures.families).toEqual({ plans: 7, opened: 1, wrote: 2, attended: 1, any: 3 });
  });

  it("a teacher sees only the plans of their own classes", async () => {
    const figures = await readProgram(deps(), actorFor(school.ben), noFilters);

    expect(figures.ownClassesOnly).toBe(true);
    expect(figures.total).toBe(3);
    expect(figures.byTeacher.map((row) => row.name)).toEqual(["Ben Brown"]);
    expect(figures.options.teachers.choices?.map((row) => row.name)).toEqual(["Ben Brown"]);
    expect(figures.options.classes.choices?.map((row) => row.title)).toEqual(["Math 5B"]);
  });

  it("a teacher choosing another teacher's filter still sees only shared students", async () => {
    const filters = parseProgramFilters({ teacher: school.ana.id });
    const figures = await readProgram(deps(), actorFor(school.ben), filters);

    expect(figures.total).toBe(1);
  });

  it("an administrator filters by teacher, grade and class", async () => {
    const admin = actorFor(school.administrator);
    const byTeacher = await readProgram(
      deps(),
      admin,
      parseProgramFilters({ teacher: school.ben.id }),
    );
    const byGrade = await readProgram(deps(), admin, parseProgramFilters({ grade: "04" }));
    const byClass = await readProgram(
      deps(),
      admin,
      parseProgramFilters({ class: school.classA.id }),
    );
    const both = await readProgram(
      deps(),
      admin,
      parseProgramFilters({ class: school.classA.id, grade: "05" }),
    );

    expect(byTeacher.stages).toEqual({ draft: 1, shared: 0, agreed: 0, checking_in: 1, closed: 1 });
    expect(byGrade.total).toBe(4);
    expect(byClass.total).toBe(5);
    expect(both.total).toBe(1);
    expect(both.checkIns.dueSoon).toBe(1);
  });

  it("students and families cannot see the program figures", async () => {
    const student = await failure(readProgram(deps(), actorFor(school.students.a1), noFilters));

    expect(student.kind).toBe("forbidden");
  });

  it("identity answers move from the first to the latest sitting", async () => {
    await seedIdentity(database.db, school);

    const figures = await readProgram(deps(), actorFor(school.administrator), noFilters);

    expect(figures.identity).toEqual([
      expect.objectContaining({
        position: 1,
        wording: "I can explain my thinking",
        students: 2,
        firstAverage: 2.5,
        latestAverage: 3,
        up: 1,
        same: 0,
        down: 1,
      }),
      expect.objectContaining({ position: 2, wording: null, students: 1, same: 1 }),
    ]);
  });

  it("the figures take the same number of queries however many plans there are", async () => {
    const counted = countingDatabase(database);
    const admin = actorFor(school.administrator);
    await readProgram(planDeps(counted.db, programNow), admin, noFilters);
    const before = counted.queries();
    for (const student of Object.values(school.students)) {
      await createPlan(database.db, {
        student,
        schoolId: school.school.id,
        startedBy: school.ana,
        stage: "closed",
      });
    }

    await readProgram(planDeps(counted.db, programNow), admin, noFilters);

    expect(counted.queries() - before).toBe(before);
  });

  it("an administrator of another district sees none of this school's plans", async () => {
    const other = await createClassroom(database.db);
    const outsider = await createAdministrator(database.db, { districtId: other.district.id });

    const figures = await readProgram(deps(), actorFor(outsider), noFilters);

    expect(figures.byTeacher.map((row) => row.teacherId)).not.toContain(school.ana.id);
    expect(figures.total).toBe(0);
  });
});

/** The same database through a second Kysely that counts every query it runs. */
function countingDatabase(database: TestDatabase) {
  let count = 0;
  const log = () => {
    count += 1;
  };
  const dialect = database.sqlite
    ? new SqliteDialect({ database: database.sqlite })
    : new PostgresDialect({ pool: database.pool as NonNullable<TestDatabase["pool"]> });

  return { db: new Kysely<Database>({ dialect, log }), queries: () => count };
}
