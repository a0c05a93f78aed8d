import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../support/app.ts";
import { dialects } from "../../support/databases.ts";
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

/*
 * A school's administrator filters the program figures by their schools' teachers, classes and
 * grades only (docs/decisions/0013-school-administrators.md): the filters name no one of another
 * school, and a teacher or class of another school typed into the address counts no plan.
 * North's Nadia Novak teaches Math 4 North; South's Soren Sandoval teaches Math 9 South, where
 * Nico, a North student of grade 04, takes a class too. Sky is a South student of grade 09.
 */
async function twoSchools(testApp: TestApp) {
  const db = testApp.db;
  const district = await createDistrict(db);
  const districtId = district.id;
  const north = await createSchool(db, { districtId, name: "North Elementary" });
  const south = await createSchool(db, { districtId, name: "South High" });
  const nadia = await createTeacher(db, {
    districtId,
    schoolId: north.id,
    givenName: "Nadia",
    familyName: "Novak",
  });
  const soren = await createTeacher(db, {
    districtId,
    schoolId: south.id,
    givenName: "Soren",
    familyName: "Sandoval",
  });
  const northClass = await createClass(db, { districtId, schoolId: north.id, title: "Math 4 N" });
  const southClass = await createClass(db, { districtId, schoolId: south.id, title: "Math 9 S" });
  await enroll(db, { classId: northClass.id, person: nadia, role: "teacher" });
  await enroll(db, { classId: southClass.id, person: soren, role: "teacher" });

  const student = async (schoolId: string, givenName: string, grade: string) => {
    const person = await createStudent(db, { districtId, schoolId, givenName });
    await db.updateTable("people").set({ grades: grade }).where("id", "=", person.id).execute();
    return person;
  };
  const nico = await student(north.id, "Nico", "04");
  const sky = await student(south.id, "Sky", "09");
  await enroll(db, { classId: northClass.id, person: nico, role: "student" });
  await enroll(db, { classId: southClass.id, person: nico, role: "student" });
  await enroll(db, { classId: southClass.id, person: sky, role: "student" });
  await createPlan(db, { student: nico, schoolId: north.id, startedBy: nadia });
  await createPlan(db, { student: sky, schoolId: south.id, startedBy: soren });

  const principal = await createAdministrator(db, { districtId, schoolId: north.id });
  await db
    .updateTable("people")
    .set({ source_id: `adm-${principal.id}` })
    .where("id", "=", principal.id)
    .execute();
  const districtAdministrator = await createAdministrator(db, { districtId });

  return { principal, districtAdministrator, nadia, soren, northClass, southClass };
}

const selectOf = (page: string, id: string) =>
  new RegExp(`<select id="${id}"[\\s\\S]*?</select>`).exec(page)?.[0] ?? "";

const draftsIn = (csv: string) => /,stages,,Draft,(\d+)\r?$/m.exec(csv)?.[1];

describe.each(dialects)("a school administrator's program filters, on %s", (dialect) => {
  let testApp: TestApp;
  let world: Awaited<ReturnType<typeof twoSchools>>;
  beforeAll(async () => {
    testApp = await createTestApp(dialect);
    world = await twoSchools(testApp);
  });
  afterAll(async () => {
    await testApp?.close();
  });

  async function programPage(who: Person, query = "") {
    const cookie = await testApp.cookieFor(who.id);
    return (await testApp.request(`/program${query}`, { cookie })).text();
  }

  async function exported(who: Person, query: string) {
    const cookie = await testApp.cookieFor(who.id);
    return (await testApp.request(`/program/export.csv?${query}`, { cookie })).text();
  }

  it("a principal's filters offer only their school's teachers, classes and grades", async () => {
    const page = await programPage(world.principal);
    const everySchool = await programPage(world.districtAdministrator);

    expect(selectOf(page, "filter-teacher")).toContain(">Nadia Novak</option>");
    expect(selectOf(page, "filter-class")).toContain("Math 4 N");
    expect(selectOf(page, "filter-grade")).toContain(">04</option>");
    expect(selectOf(page, "filter-teacher")).not.toContain(world.soren.id);
    expect(selectOf(page, "filter-class")).not.toContain(world.southClass.id);
    expect(selectOf(page, "filter-grade")).not.toContain(">09</option>");
    // Nico is taught at South too: his plan is counted, his South teacher is not named.
    expect(page).not.toContain("Sandoval");
    expect(page).not.toContain("Math 9 S");
    // The district's administrator is offered every school's, as before.
    expect(selectOf(everySchool, "filter-teacher")).toContain(">Soren Sandoval</option>");
    expect(selectOf(everySchool, "filter-class")).toContain(world.southClass.id);
    expect(selectOf(everySchool, "filter-grade")).toContain(">09</option>");
  });

  it("a principal who types in another school's teacher or class sees no plan", async () => {
    const { principal, districtAdministrator, nadia, soren, southClass } = world;
    const ownTeacher = await exported(principal, `teacher=${nadia.id}`);
    const otherTeacher = await exported(principal, `teacher=${soren.id}`);
    const otherClass = await exported(principal, `class=${southClass.id}`);
    const page = await programPage(principal, `?teacher=${soren.id}`);
    const cookie = await testApp.cookieFor(principal.id);
    const gradePdf = (teacher: Person) =>
      testApp.request(`/program/plans.pdf?grade=04&teacher=${teacher.id}`, {
        method: "HEAD",
        cookie,
      });

    expect(draftsIn(ownTeacher)).toBe("1");
    expect(draftsIn(otherTeacher)).toBe("0");
    expect(draftsIn(otherClass)).toBe("0");
    // The page says why nothing is counted, and its list does not claim "All" teachers.
    expect(page).toContain("The teacher, class or grade in this address is not in your lists");
    expect(selectOf(page, "filter-teacher")).toContain(
      `<option value="${soren.id}" selected>Not in your lists</option>`,
    );
    expect(selectOf(page, "filter-teacher")).not.toMatch(/<option value="" selected>/);
    expect(page).not.toContain("Sandoval");
    // A grade no list holds is told the same way.
    const noGrade = await programPage(principal, "?grade=99");
    expect(noGrade).toContain("The teacher, class or grade in this address is not in your lists");
    expect(selectOf(noGrade, "filter-grade")).toContain(
      '<option value="99" selected>Not in your lists</option>',
    );
    expect((await gradePdf(nadia)).status).toBe(200);
    expect((await gradePdf(soren)).status).toBe(404);
    // The district's administrator counts both schools' plans for South's teacher and class.
    expect(draftsIn(await exported(districtAdministrator, `teacher=${soren.id}`))).toBe("2");
    expect(draftsIn(await exported(districtAdministrator, `class=${southClass.id}`))).toBe("2");
  });
});
