import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  countPlansBySchoolAndStage,
  countPlansByStage,
  findClassesInReachByCode,
  findClassInReach,
  findTeacherInReach,
  listClassesInReach,
  listStudentGrades,
  listTeachersInReach,
  type PlanScope,
  searchClassesInReach,
  searchTeachersInReach,
} from "../../src/db/program-store.ts";
import { type DistrictSchools, seedDistrictSchools } from "../domain/program/district-schools.ts";
import { dialects, freshDatabase, type TestDatabase } from "../support/databases.ts";
import {
  createClass,
  createPlan,
  createStudent,
  createTeacher,
  enroll,
} from "../support/factories.ts";

/*
 * The program filters' queries on both databases: the teachers and classes within a viewer's
 * reach, listed a page at most or found by words typed, the plans counted school by school, and
 * a school's grades.
 */

describe.each(dialects)("the program filters' queries on %s", (dialect) => {
  let database: TestDatabase;
  let world: DistrictSchools;
  beforeAll(async () => {
    database = await freshDatabase(dialect);
    world = await seedDistrictSchools(database.db);
  });
  afterAll(async () => {
    await database?.drop();
  });

  const reach = (schools: { id: string }[] | null) => ({
    districtId: world.district.id,
    schoolIds: schools ? schools.map((school) => school.id) : null,
  });
  const everyPlan = (schools: { id: string }[] | null = null): PlanScope => ({
    districtId: world.district.id,
    yearStartsAt: "2000-01-01T00:00:00.000Z",
    closedYear: null,
    teacherIds: [],
    schoolIds: schools ? schools.map((school) => school.id) : null,
    classId: null,
    grade: null,
  });
  const ids = (rows: { id: string }[]) => rows.map((row) => row.id);

  it("a district's teachers are listed by name, no more than asked for", async () => {
    const { ana, mariaOak, mariaPine, eve } = world.teachers;
    const all = await listTeachersInReach(database.db, { ...reach(null), limit: 10 });
    const two = await listTeachersInReach(database.db, { ...reach(null), limit: 2 });

    expect(ids(all).slice(0, 2)).toEqual([ana.id, eve.id]);
    expect(ids(all).slice(2).sort()).toEqual([mariaOak.id, mariaPine.id].sort());
    expect(ids(two)).toEqual([ana.id, eve.id]);
  });

  it("a typed name finds the teachers of the schools in reach, whatever its case", async () => {
    const { mariaOak, mariaPine } = world.teachers;
    const search = (words: string[], schools: { id: string }[] | null) =>
      searchTeachersInReach(database.db, { ...reach(schools), words, limit: 10 });

    expect(ids(await search(["GARCIA"], null)).sort()).toEqual([mariaOak.id, mariaPine.id].sort());
    expect(ids(await search(["garcia", "mar"], [world.schools.oak]))).toEqual([mariaOak.id]);
    expect(await search(["garcia"], [world.schools.elm])).toEqual([]);
    expect(await search(["garcia"], [])).toEqual([]);
  });

  it("a teacher is found by the start of a name or roster id, never by its inside", async () => {
    const { ana, mariaOak, mariaPine } = world.teachers;
    const search = (words: string[]) =>
      searchTeachersInReach(database.db, { ...reach(null), words, limit: 10 });

    expect(await search(["arcia"])).toEqual([]);
    expect(await search(["varez"])).toEqual([]);
    expect(ids(await search(["ana"]))).toEqual([ana.id]);
    expect(ids(await search(["gar"])).sort()).toEqual([mariaOak.id, mariaPine.id].sort());
    expect(ids(await search(["t-a"]))).toEqual([ana.id]);
    expect(ids(await search(["-ana"]))).toEqual([ana.id]);
  });

  it("a class's whole code or roster id finds that class, in any letter case", async () => {
    const { anaOak } = world.classes;
    const byCode = (code: string) => findClassesInReachByCode(database.db, reach(null), code);

    expect(ids(await byCode("oak-4"))).toEqual([anaOak.id]);
    expect(ids(await byCode("C-OAK-4"))).toEqual([anaOak.id]);
    expect(await byCode("oak")).toEqual([]);
    expect(
      await findClassesInReachByCode(database.db, reach([world.schools.pine]), "OAK-4"),
    ).toEqual([]);
    expect(
      await searchClassesInReach(database.db, { ...reach(null), words: ["ak-4"], limit: 10 }),
    ).toEqual([]);
  });

  it("a teacher is found by roster id, and the start of a roster id counts too", async () => {
    const { ana } = world.teachers;
    const oak = [world.schools.oak];

    const exact = await findTeacherInReach(database.db, reach(oak), {
      column: "source_id",
      value: "t-ana",
    });
    const part = await searchTeachersInReach(database.db, {
      ...reach(oak),
      words: ["t-an"],
      limit: 10,
    });

    expect(exact?.id).toBe(ana.id);
    expect(ids(part)).toEqual([ana.id]);
  });

  it("a teacher of another school is not found by id within a school's reach", async () => {
    const { mariaPine } = world.teachers;
    const find = (schools: { id: string }[] | null) =>
      findTeacherInReach(database.db, reach(schools), { column: "id", value: mariaPine.id });

    expect(await find([world.schools.oak, world.schools.elm])).toBeUndefined();
    expect((await find([world.schools.pine]))?.id).toBe(mariaPine.id);
    expect((await find(null))?.id).toBe(mariaPine.id);
  });

  it("letters beyond A to Z are found in any case, on SQLite as on PostgreSQL", async () => {
    const { district, schools } = world;
    const dang = await createTeacher(database.db, {
      districtId: district.id,
      schoolId: schools.elm.id,
      givenName: "Đặng",
      familyName: "Thủy",
    });
    const klass = await createClass(database.db, {
      districtId: district.id,
      schoolId: schools.elm.id,
      title: "Số học",
    });
    await enroll(database.db, { classId: klass.id, person: dang, role: "teacher" });
    const search = (words: string[]) =>
      searchTeachersInReach(database.db, { ...reach([schools.elm]), words, limit: 10 });

    expect(ids(await search(["đặng"]))).toEqual([dang.id]);
    expect(ids(await search(["ĐẶNG", "thủy"]))).toEqual([dang.id]);
  });

  it("a percent sign or an underscore typed is a letter like any other", async () => {
    const search = (words: string[]) =>
      searchTeachersInReach(database.db, { ...reach(null), words, limit: 10 });

    expect(await search(["%"])).toEqual([]);
    expect(await search(["_"])).toEqual([]);
  });

  it("classes are listed school by school and found by title, code or roster id", async () => {
    const { anaOak, mariaOak } = world.classes;
    const oak = [world.schools.oak];
    const search = (words: string[]) =>
      searchClassesInReach(database.db, { ...reach(oak), words, limit: 10 });

    const listed = await listClassesInReach(database.db, { ...reach(oak), limit: 10 });
    const byRosterId = await findClassInReach(database.db, reach(null), {
      column: "source_id",
      value: "c-oak-4",
    });

    expect(listed.map((row) => [row.title, row.schoolName])).toEqual([
      ["Math 4 Oak", "Oak Elementary"],
      ["Math 5 Oak", "Oak Elementary"],
    ]);
    expect(ids(await search(["math", "oak"]))).toEqual([anaOak.id, mariaOak.id]);
    expect(ids(await search(["oak-4"]))).toEqual([anaOak.id]);
    expect(byRosterId?.id).toBe(anaOak.id);
    expect(
      await findClassInReach(database.db, reach([world.schools.pine]), {
        column: "id",
        value: anaOak.id,
      }),
    ).toBeUndefined();
  });

  it("the plans are counted school by school, each plan once", async () => {
    const rows = await countPlansBySchoolAndStage(database.db, everyPlan());
    const principals = await countPlansBySchoolAndStage(
      database.db,
      everyPlan([world.schools.oak, world.schools.elm]),
    );

    expect(rows).toEqual([
      { schoolId: world.schools.oak.id, name: "Oak Elementary", stage: "draft", plans: 3 },
      { schoolId: world.schools.oak.id, name: "Oak Elementary", stage: "shared", plans: 1 },
      { schoolId: world.schools.pine.id, name: "Pine Middle", stage: "draft", plans: 1 },
    ]);
    expect(principals.map((row) => row.name)).toEqual(["Oak Elementary", "Oak Elementary"]);
  });

  it("a teacher's or a class's plans are its actively enrolled students'", async () => {
    const { ana } = world.teachers;
    const { anaOak, mariaOak } = world.classes;
    const count = async (scope: Partial<PlanScope>) =>
      (await countPlansByStage(database.db, { ...everyPlan(), ...scope })).reduce(
        (total, row) => total + row.plans,
        0,
      );
    const left = await createStudent(database.db, {
      districtId: world.district.id,
      schoolId: world.schools.oak.id,
    });
    await enroll(database.db, { classId: anaOak.id, person: left, role: "student", active: false });
    await createPlan(database.db, {
      student: left,
      schoolId: world.schools.oak.id,
      startedBy: ana,
    });

    expect(await count({ teacherIds: [ana.id] })).toBe(3);
    expect(await count({ classId: anaOak.id })).toBe(3);
    expect(await count({ classId: mariaOak.id })).toBe(1);
    expect(await count({ teacherIds: [ana.id], classId: mariaOak.id })).toBe(0);
  });

  it("a school's grades are those of its students, by the roster's orgs or a class", async () => {
    const { district, schools, classes } = world;
    const grade = async (schoolId: string, grades: string) => {
      const student = await createStudent(database.db, { districtId: district.id, schoolId });
      await database.db
        .updateTable("people")
        .set({ grades })
        .where("id", "=", student.id)
        .execute();
      return student;
    };
    await grade(schools.elm.id, "03");
    const taughtAtPine = await grade(schools.oak.id, "04,05");
    await enroll(database.db, {
      classId: classes.mariaPine.id,
      person: taughtAtPine,
      role: "student",
    });

    expect(await listStudentGrades(database.db, district.id, [schools.elm.id])).toEqual(["03"]);
    expect(await listStudentGrades(database.db, district.id, [schools.pine.id])).toEqual([
      "04",
      "05",
    ]);
    expect(await listStudentGrades(database.db, district.id, [])).toEqual([]);
  });
});
