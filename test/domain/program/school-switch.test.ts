import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseProgramFilters } from "../../../src/domain/program/program-filters.ts";
import { readProgram } from "../../../src/domain/program/read-program.ts";
import { createTestApp, type TestApp } from "../../support/app.ts";
import { dialects } from "../../support/databases.ts";
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
} from "../../support/factories.ts";
import { planDeps } from "../../support/plans.ts";

/*
 * Choosing another school on the program page: the teacher, class and grade chosen at the first
 * are left out when the new school has none of them, and the page says so once.
 * North Elementary: Nadia Novak teaches Math 4 N (Nico, grade 04, has a plan). South High:
 * Soren Sandoval teaches Math 9 S (Sky, grade 09, has a plan). Tess Tran teaches at both: Math 5 N
 * (Theo, grade 05, has a plan) and Math 10 S. A principal administers North only.
 */
async function twoSchools(testApp: TestApp) {
  const db = testApp.db;
  const district = await createDistrict(db);
  const districtId = district.id;
  const north = await createSchool(db, { districtId, name: "North Elementary" });
  const south = await createSchool(db, { districtId, name: "South High" });
  const teacher = (schoolId: string, givenName: string, familyName: string) =>
    createTeacher(db, { districtId, schoolId, givenName, familyName });
  const nadia = await teacher(north.id, "Nadia", "Novak");
  const soren = await teacher(south.id, "Soren", "Sandoval");
  const tess = await teacher(north.id, "Tess", "Tran");

  const taught = async (schoolId: string, title: string, by: Person) => {
    const klass = await createClass(db, { districtId, schoolId, title });
    await enroll(db, { classId: klass.id, person: by, role: "teacher" });
    return klass;
  };
  const classes = {
    north4: await taught(north.id, "Math 4 N", nadia),
    south9: await taught(south.id, "Math 9 S", soren),
    north5: await taught(north.id, "Math 5 N", tess),
    south10: await taught(south.id, "Math 10 S", tess),
  };
  const learner = async (klass: { id: string; schoolId: string }, grade: string, by: Person) => {
    const student = await createStudent(db, { districtId, schoolId: klass.schoolId });
    await db.updateTable("people").set({ grades: grade }).where("id", "=", student.id).execute();
    await enroll(db, { classId: klass.id, person: student, role: "student" });
    await createPlan(db, { student, schoolId: klass.schoolId, startedBy: by });
  };
  await learner(classes.north4, "04", nadia);
  await learner(classes.south9, "09", soren);
  await learner(classes.north5, "05", tess);

  const administrator = await createAdministrator(db, { districtId });
  const principal = await createAdministrator(db, { districtId, schoolId: north.id });
  await db
    .updateTable("people")
    .set({ source_id: `adm-${principal.id}` })
    .where("id", "=", principal.id)
    .execute();

  return { north, south, nadia, soren, tess, classes, administrator, principal };
}

const selectOf = (page: string, id: string) =>
  new RegExp(`<select id="${id}"[\\s\\S]*?</select>`).exec(page)?.[0] ?? "";

/** The page's words, without its tags and the marks that isolate names. */
const readable = (page: string) =>
  page
    .replace(/<\/?bdi[^>]*>/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/[\u2066-\u2069]/g, "")
    .replace(/\s+/g, " ");

const allPlans = (page: string) => /All plans (\d+)/.exec(readable(page))?.[1];

const times = (text: string, words: string) => text.split(words).length - 1;

describe.each(dialects)("choosing another school on the program page, on %s", (dialect) => {
  let testApp: TestApp;
  let world: Awaited<ReturnType<typeof twoSchools>>;
  beforeAll(async () => {
    testApp = await createTestApp(dialect);
    world = await twoSchools(testApp);
  });
  afterAll(async () => {
    await testApp?.close();
  });

  async function programPage(who: Person, query: string) {
    const cookie = await testApp.cookieFor(who.id);
    return (await testApp.request(`/program${query}`, { cookie })).text();
  }

  it("another school chosen drops the teacher, class and grade it lacks, said once", async () => {
    const { north, soren, classes } = world;
    const query = `?school=${north.id}&teacher=${soren.id}&class=${classes.south9.id}&grade=09`;
    const page = await programPage(world.administrator, query);
    const text = readable(page);

    expect(times(text, "Left out of the filters")).toBe(1);
    expect(text).toContain(
      "Left out of the filters, as not at North Elementary: the teacher Soren Sandoval, " +
        "the class Math 9 S, and grade 09.",
    );
    expect(text).not.toMatch(/not in your lists/i);
    for (const filter of ["filter-teacher", "filter-class", "filter-grade"]) {
      expect(selectOf(page, filter)).toContain('<option value="" selected>');
    }
    expect(allPlans(page)).toBe("2");
    expect(page).toContain(`/program/export.csv?school=${north.id}&amp;names=yes`);
  });

  it("a teacher of both schools, and a grade of both, stay chosen", async () => {
    const { south, tess } = world;
    const page = await programPage(world.administrator, `?school=${south.id}&teacher=${tess.id}`);

    expect(page).not.toContain("Left out of the filters");
    expect(selectOf(page, "filter-teacher")).toContain(`<option value="${tess.id}" selected>`);
    expect(allPlans(page)).toBe("0");
  });

  it("a teacher found by name is left out with the words that found them", async () => {
    const admin = actorFor(world.administrator);
    const typed = (teacher: string) => ({
      view: { typed: { teacher, klass: undefined }, page: 1 },
      choicesOnOnePage: 1,
    });
    const filters = parseProgramFilters({ school: world.south.id, teacher: world.nadia.id });
    const deps = planDeps(testApp.db);

    const same = await readProgram(deps, admin, filters, typed("Nadia Novak"));
    const other = await readProgram(deps, admin, filters, typed("Sandoval"));

    expect(same.leftOut?.teacher).toBe("Nadia Novak");
    expect(same.options.teachers).toMatchObject({ chosen: null, id: null, words: null });
    expect(same.filters.teacherId).toBeNull();
    // Other words are a new search, made within the school chosen.
    expect(other.leftOut).toBeNull();
    expect(other.options.teachers.chosen?.name).toBe("Soren Sandoval");
  });

  it("a teacher who picks another of their schools drops their class at the other", async () => {
    const { south, tess, classes } = world;
    const page = await programPage(tess, `?school=${south.id}&class=${classes.north5.id}`);

    expect(readable(page)).toContain(
      "Left out of the filters, as not at South High: the class Math 5 N.",
    );
    expect(selectOf(page, "filter-class")).toContain('<option value="" selected>');
  });

  it("a principal asking for another school's teacher counts none and names no one", async () => {
    const { north, soren } = world;
    const page = await programPage(world.principal, `?school=${north.id}&teacher=${soren.id}`);

    expect(page).not.toContain("Left out of the filters");
    expect(page).not.toContain("Sandoval");
    expect(page).toContain("The teacher, class or grade in this address is not in your lists");
    expect(allPlans(page)).toBe("0");
  });

  it("a grade no school of theirs has stays chosen and counts nothing", async () => {
    const page = await programPage(world.administrator, `?school=${world.north.id}&grade=13`);

    expect(page).not.toContain("Left out of the filters");
    expect(selectOf(page, "filter-grade")).toContain(
      '<option value="13" selected>Not in your lists</option>',
    );
    expect(allPlans(page)).toBe("0");
  });

  it("a Spanish page says what was left out in Spanish", async () => {
    const { north, soren } = world;
    const page = await programPage(
      world.administrator,
      `?lang=es&school=${north.id}&teacher=${soren.id}`,
    );

    expect(readable(page)).toContain(
      "Se quitó de los filtros lo que no está en North Elementary: docente Soren Sandoval.",
    );
  });
});
