import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  countOverdueStudentsInNoClass,
  countStudentRowsUpTo,
  countStudentsOfSchoolClasses,
  countStudentsOfSchools,
  findClassesOfSchoolByCode,
  findSchoolInReach,
  listOverdueStudentsInClasses,
  listSchoolsWithClasses,
  searchClassesOfSchool,
} from "../../src/db/class-directory-store.ts";
import { addPendingCheckIn, createManyClasses } from "../support/class-directory.ts";
import { dialects, freshDatabase, type TestDatabase } from "../support/databases.ts";
import {
  createClass,
  createClassroom,
  createDistrict,
  createPlan,
  createSchool,
  createStudent,
  enroll,
} from "../support/factories.ts";

describe.each(dialects)("the student list's directory reads on %s", (dialect) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await freshDatabase(dialect);
  });
  afterAll(async () => {
    await database.drop();
  });

  /** A school with two classes: Sam in both, Noor in one, Ivy's enrollment ended. */
  async function twoClassSchool() {
    const db = database.db;
    const room = await createClassroom(db);
    const inDistrict = { districtId: room.district.id, schoolId: room.school.id };
    const second = await createClass(db, { ...inDistrict, title: "Algebra 1 – Period 3" });
    const noor = await createStudent(db, { ...inDistrict, givenName: "Noor" });
    const ivy = await createStudent(db, { ...inDistrict, givenName: "Ivy" });
    await enroll(db, { classId: second.id, person: room.student, role: "student" });
    await enroll(db, { classId: second.id, person: noor, role: "student" });
    await enroll(db, { classId: second.id, person: ivy, role: "student", active: false });

    return { ...room, second, noor, ivy };
  }

  it("a school counts each student once, however many of its classes they are in", async () => {
    const room = await twoClassSchool();
    const otherSchool = await createSchool(database.db, { districtId: room.district.id });
    const { db } = database;

    const students = await countStudentsOfSchools(db, room.district.id, null);
    const schools = await listSchoolsWithClasses(db, room.district.id, null);
    const perClass = await countStudentsOfSchoolClasses(db, {
      districtId: room.district.id,
      schoolId: room.school.id,
      classIds: [room.klass.id, room.second.id],
    });

    expect(Object.fromEntries(students)).toEqual({ [room.school.id]: 2 });
    // A school without classes has nothing to choose from.
    expect(schools).toEqual([
      { schoolId: room.school.id, schoolName: room.school.name, classes: 2 },
    ]);
    expect(schools.map((school) => school.schoolId)).not.toContain(otherSchool.id);
    expect(Object.fromEntries(perClass)).toEqual({ [room.klass.id]: 1, [room.second.id]: 2 });
  });

  it("the rows of a whole list are counted up to the bound and no further", async () => {
    const room = await twoClassSchool();
    const district = { districtId: room.district.id, schoolIds: null };

    expect(await countStudentRowsUpTo(database.db, { ...district, limit: 10 })).toBe(3);
    expect(await countStudentRowsUpTo(database.db, { ...district, limit: 2 })).toBe(2);
    expect(await countStudentRowsUpTo(database.db, { ...district, schoolIds: [], limit: 10 })).toBe(
      0,
    );
  });

  it("a class is found by part of its title, code or roster id, in any letter case", async () => {
    const room = await twoClassSchool();
    const inSchool = { districtId: room.district.id, schoolId: room.school.id };
    const classes = await createManyClasses(database.db, {
      ...inSchool,
      count: 3,
      title: (n) => ["Geometry 100%", "Geometry 1_0", "Álgebra 2"][n] ?? "",
      code: (n) => `GEO-${n}`,
    });
    const search = (words: string[]) =>
      searchClassesOfSchool(database.db, { ...inSchool, words, limit: 10 });
    const titles = async (words: string[]) => (await search(words)).map((row) => row.classTitle);

    expect(await titles(["algebra", "period"])).toEqual(["Algebra 1 – Period 3"]);
    expect(await titles(["geo-1"])).toEqual(["Geometry 1_0"]);
    expect(await titles(["100%"])).toEqual(["Geometry 100%"]);
    expect(await titles(["1_"])).toEqual(["Geometry 1_0"]);
    expect(await titles(["Álgebra"])).toEqual(["Álgebra 2"]);
    const rosterId = (await search(["geo-2"]))[0]?.rosterId ?? "";
    expect(await titles([rosterId.toUpperCase()])).toEqual(["Álgebra 2"]);
    expect(await search(["geometry"])).toHaveLength(2);
    expect(
      (await findClassesOfSchoolByCode(database.db, { ...inSchool, code: "geo-1" })).map(
        (row) => row.classId,
      ),
    ).toEqual([classes[1]?.id]);
  });

  it("a class is found by the start of a title's word or of its code, not its inside", async () => {
    const room = await twoClassSchool();
    const inSchool = { districtId: room.district.id, schoolId: room.school.id };
    await createManyClasses(database.db, {
      ...inSchool,
      count: 3,
      title: (n) => ["Math 4", "Geometry [Honors]", "McĐặng’s Math Lab"][n] ?? "",
      code: (n) => ["M04-106", "GEO-H", "LAB-1"][n] ?? "",
      rosterId: (n) => `sis-${n}-2026`,
    });
    // The classroom's own class has a title of random letters and digits: it is left out.
    const titles = async (words: string[]) =>
      (await searchClassesOfSchool(database.db, { ...inSchool, words, limit: 10 }))
        .map((row) => row.classTitle)
        .filter((title) => title !== room.klass.title)
        .sort();

    // A class code's inside, or a word's, is not what anyone types to find it.
    expect(await titles(["06"])).toEqual([]);
    expect(await titles(["106"])).toEqual([]);
    expect(await titles(["gebra"])).toEqual([]);
    expect(await titles(["2026"])).toEqual([]);
    expect(await titles(["m04"])).toEqual(["Math 4"]);
    expect(await titles(["m04-1"])).toEqual(["Math 4"]);
    expect(await titles(["SIS-1"])).toEqual(["Geometry [Honors]"]);
    expect(await titles(["honors"])).toEqual(["Geometry [Honors]"]);
    expect(await titles(["period", "3"])).toEqual(["Algebra 1 – Period 3"]);
    expect(await titles(["math", "l"])).toEqual(["McĐặng’s Math Lab"]);
    // Letters beyond A to Z in any case, on SQLite as on PostgreSQL.
    expect(await titles(["mcđặng"])).toEqual(["McĐặng’s Math Lab"]);
    expect(await titles(["MCĐẶNG’S"])).toEqual(["McĐặng’s Math Lab"]);
  });

  it("any marks typed are searched for as themselves, on both databases", async () => {
    const room = await twoClassSchool();
    const inSchool = { districtId: room.district.id, schoolId: room.school.id };
    const odd = ["\\", "]", "{2}", "^$", "a|b", "?", "\\d", "*", "%", "_", "$5", "c++"];
    await createManyClasses(database.db, {
      ...inSchool,
      count: odd.length,
      title: (n) => `Odd ${odd[n]}`,
    });

    for (const [n, typed] of odd.entries()) {
      const found = await searchClassesOfSchool(database.db, {
        ...inSchool,
        words: [typed],
        limit: 10,
      });
      expect(
        found.map((row) => row.classTitle),
        typed,
      ).toContain(`Odd ${odd[n]}`);
    }
    // Marks that only set words apart find nothing on their own, and break no query.
    const marks = await searchClassesOfSchool(database.db, {
      ...inSchool,
      words: ["(("],
      limit: 9,
    });
    expect(marks).toEqual([]);
  });

  it("a search reads only the school's classes, and stops at its limit", async () => {
    const room = await twoClassSchool();
    const other = await createSchool(database.db, { districtId: room.district.id });
    await createManyClasses(database.db, {
      districtId: room.district.id,
      schoolId: other.id,
      count: 2,
      title: (n) => `Algebra elsewhere ${n}`,
    });
    const inSchool = { districtId: room.district.id, schoolId: room.school.id };

    const found = await searchClassesOfSchool(database.db, {
      ...inSchool,
      words: ["algebra"],
      limit: 5,
    });
    const many = await searchClassesOfSchool(database.db, {
      ...inSchool,
      words: ["a"],
      limit: 1,
    });

    expect(found.map((row) => row.classTitle)).toEqual(["Algebra 1 – Period 3"]);
    expect(many).toHaveLength(1);
  });

  it("a check-in is overdue from the day after it fell due at the plan's school", async () => {
    const room = await twoClassSchool();
    const { db } = database;
    const inDistrict = { districtId: room.district.id };
    const planOf = async (
      student: Pick<typeof room.student, "id" | "districtId">,
      stage: "checking_in" | "closed",
    ) => {
      const plan = await createPlan(db, {
        student,
        schoolId: room.school.id,
        startedBy: room.teacher,
        stage,
      });
      return plan.id;
    };
    const samPlan = await planOf(room.student, "checking_in");
    await addPendingCheckIn(db, { ...inDistrict, planId: samPlan, dueOn: "2025-03-09" });
    const noorPlan = await planOf(room.noor, "checking_in");
    await addPendingCheckIn(db, { ...inDistrict, planId: noorPlan, dueOn: "2025-03-10" });
    // A closed plan keeps no check-in due, whatever is left pending on it.
    const lea = await createStudent(db, { ...inDistrict, givenName: "Lea" });
    await enroll(db, { classId: room.second.id, person: lea, role: "student" });
    const leaPlan = await planOf(lea, "closed");
    await addPendingCheckIn(db, { ...inDistrict, planId: leaPlan, dueOn: "2025-01-01" });
    const today = new Map([[room.school.id, "2025-03-10"]]);

    const rows = await listOverdueStudentsInClasses(db, { ...inDistrict, today, schoolIds: null });
    const elsewhere = await listOverdueStudentsInClasses(db, {
      ...inDistrict,
      today,
      schoolIds: ["another-school"],
    });

    expect(rows.map((row) => [row.classId, row.studentId]).sort()).toEqual(
      [
        [room.klass.id, room.student.id],
        [room.second.id, room.student.id],
      ].sort(),
    );
    expect(rows.every((row) => row.schoolId === room.school.id)).toBe(true);
    expect(elsewhere).toEqual([]);
  });

  it("a late student in no class counts for the schools the roster lists them at", async () => {
    const room = await twoClassSchool();
    const { db } = database;
    const other = await createSchool(db, { districtId: room.district.id });
    const una = await createStudent(db, {
      districtId: room.district.id,
      schoolId: room.school.id,
      givenName: "Una",
    });
    const plan = await createPlan(db, {
      student: una,
      schoolId: room.school.id,
      startedBy: room.teacher,
      stage: "agreed",
    });
    await addPendingCheckIn(db, {
      districtId: room.district.id,
      planId: plan.id,
      dueOn: "2025-03-01",
    });
    const today = new Map([[room.school.id, "2025-03-10"]]);
    const count = (schoolIds: string[] | null) =>
      countOverdueStudentsInNoClass(db, { districtId: room.district.id, today, schoolIds });

    expect(await count(null)).toBe(1);
    expect(await count([room.school.id])).toBe(1);
    expect(await count([other.id])).toBe(0);
  });

  it("a school is in reach in its own district and among an administrator's schools", async () => {
    const room = await twoClassSchool();
    const otherDistrict = await createDistrict(database.db);
    const inReach = (districtId: string, schoolIds: string[] | null) =>
      findSchoolInReach(database.db, { districtId, schoolId: room.school.id, schoolIds });

    expect(await inReach(room.district.id, null)).toEqual({
      id: room.school.id,
      name: room.school.name,
    });
    expect(await inReach(room.district.id, [room.school.id])).toBeDefined();
    expect(await inReach(room.district.id, ["another-school"])).toBeUndefined();
    expect(await inReach(otherDistrict.id, null)).toBeUndefined();
  });
});
