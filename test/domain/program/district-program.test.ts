import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { programChoicesOnOnePage } from "../../../src/domain/program/filter-choices.ts";
import { parseProgramFilters } from "../../../src/domain/program/program-filters.ts";
import { readProgram } from "../../../src/domain/program/read-program.ts";
import { createTestApp, type TestApp } from "../../support/app.ts";
import { dialects } from "../../support/databases.ts";
import { actorFor, createClass, type Person } from "../../support/factories.ts";
import { planDeps } from "../../support/plans.ts";
import { addTeachers, type DistrictSchools, seedDistrictSchools } from "./district-schools.ts";

/*
 * The program page of a district of many schools: its figures school by school, a school's
 * teachers once it is chosen (a page at a time), filters that ask for a name past a page of
 * teachers or classes, and a school's administrator kept to their own schools.
 */

const selectOf = (page: string, id: string) =>
  new RegExp(`<select id="${id}"[\\s\\S]*?</select>`).exec(page)?.[0] ?? "";

const tableOf = (page: string, id: string) =>
  new RegExp(`<table id="${id}"[\\s\\S]*?</table>`).exec(page)?.[0] ?? "";

/** Each body row of a table: its header, then its cells' text. */
const rowsOf = (table: string) =>
  [...table.matchAll(/<tr(?: role="row")?><th scope="row"[\s\S]*?<\/tr>/g)].map((row) =>
    [...row[0].matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) =>
      (cell[1] ?? "").replace(/<[^>]+>|[\u2066-\u2069]/g, "").trim(),
    ),
  );

const draftsIn = (csv: string) => /,stages,,Draft,(\d+)\r?$/m.exec(csv)?.[1];

describe.each(dialects)("the program page of a district, on %s", (dialect) => {
  let testApp: TestApp;
  let world: DistrictSchools;
  beforeAll(async () => {
    testApp = await createTestApp(dialect);
    world = await seedDistrictSchools(testApp.db);
    // Pine has more teachers than one list offers; Elm more than one page of figures shows.
    const inDistrict = { districtId: world.district.id };
    await addTeachers(testApp.db, { ...inDistrict, schoolId: world.schools.pine.id, count: 201 });
    await addTeachers(testApp.db, {
      ...inDistrict,
      schoolId: world.schools.elm.id,
      count: 55,
      withPlans: true,
    });
  });
  afterAll(async () => {
    await testApp?.close();
  });

  async function pageOf(who: Person, query = "") {
    const cookie = await testApp.cookieFor(who.id);
    return (await testApp.request(`/program${query}`, { cookie })).text();
  }

  async function exported(who: Person, query: string) {
    const cookie = await testApp.cookieFor(who.id);
    return (await testApp.request(`/program/export.csv?${query}`, { cookie })).text();
  }

  it("a district administrator reads the figures school by school, not by teacher", async () => {
    const page = await pageOf(world.administrator);

    expect(rowsOf(tableOf(page, "schools-table"))).toEqual([
      ["Elm Elementary", "55", "0", "0", "0", "0", "55"],
      ["Oak Elementary", "3", "1", "0", "0", "0", "4"],
      ["Pine Middle", "1", "0", "0", "0", "0", "1"],
    ]);
    expect(page).not.toContain('id="teachers-table"');
    expect(page).toContain(`href="/program?school=${world.schools.oak.id}"`);
  });

  it("a school chosen shows its teachers and stays in the export's link", async () => {
    const { oak } = world.schools;
    const page = await pageOf(world.administrator, `?school=${oak.id}`);

    expect(selectOf(page, "filter-school")).toContain(`<option value="${oak.id}" selected>`);
    expect(rowsOf(tableOf(page, "teachers-table"))).toEqual([
      ["Ana Alvarez", "3", "0", "0", "0", "0", "3"],
      ["Maria Garcia", "0", "1", "0", "0", "0", "1"],
    ]);
    expect(page).not.toContain('id="schools-table"');
    expect(selectOf(page, "filter-teacher")).toContain(">Ana Alvarez</option>");
    expect(selectOf(page, "filter-teacher")).not.toContain("Teacher 001");
    expect(page).toContain(`/program/export.csv?school=${oak.id}&amp;names=yes`);
  });

  it("past a page of teachers and classes, the filters ask for words, not a list", async () => {
    const page = await pageOf(world.administrator);

    expect(selectOf(page, "filter-teacher")).toBe("");
    expect(selectOf(page, "filter-class")).toBe("");
    expect(page).toContain('<input id="filter-teacher" name="teacherName" type="text"');
    expect(page).toContain('<input id="filter-class" name="className" type="text"');
    expect(page).not.toContain("Teacher 001");
    expect(page.length).toBeLessThan(60_000);
  });

  it("a name typed that finds one teacher chooses them and narrows the figures", async () => {
    const { ana } = world.teachers;
    const page = await pageOf(world.administrator, "?teacherName=alvarez");

    expect(page).toContain('name="teacherName" type="text" value="Ana Alvarez"');
    expect(page).toContain(`<input type="hidden" name="teacher" value="${ana.id}">`);
    expect(rowsOf(tableOf(page, "stages-table"))).toContainEqual(["All plans", "3"]);
    expect(page).toContain(`/program/export.csv?teacher=${ana.id}&amp;names=no`);
  });

  it("a name two teachers share offers both to choose from, told apart by school", async () => {
    const { mariaOak, mariaPine } = world.teachers;
    const page = await pageOf(world.administrator, "?teacherName=Maria+Garcia");

    expect(page).toContain("2 teachers match");
    expect(page).toContain("the figures are of every teacher");
    // Two to choose from is no problem: said calmly, and the field points to the choices.
    expect(page).toContain('<div class="typed-matches">');
    expect(page).toContain('<p id="filter-teacher-matches" role="status">');
    expect(page).toContain('<ul aria-labelledby="filter-teacher-matches">');
    expect(page).toContain('aria-describedby="filter-teacher-hint filter-teacher-matches"');
    expect(page).not.toContain('id="filter-teacher-problem"');
    expect(page).not.toContain('aria-invalid="true"');
    expect(page).toContain(
      `<a href="/program?teacher=${mariaOak.id}">Maria Garcia (Oak Elementary)`,
    );
    expect(page).toContain(`<a href="/program?teacher=${mariaPine.id}">Maria Garcia (Pine Middle)`);
    expect(rowsOf(tableOf(page, "stages-table"))).toContainEqual(["All plans", "60"]);
  });

  it("a class is found by its code, and a teacher chosen by link keeps their name", async () => {
    const { anaOak } = world.classes;
    const { mariaPine } = world.teachers;
    const byCode = await pageOf(world.administrator, "?className=oak-4");
    const byLink = await pageOf(world.administrator, `?teacher=${mariaPine.id}`);

    expect(byCode).toContain('name="className" type="text" value="Math 4 Oak"');
    expect(byCode).toContain(`<input type="hidden" name="class" value="${anaOak.id}">`);
    expect(byLink).toContain('name="teacherName" type="text" value="Maria Garcia"');
    expect(rowsOf(tableOf(byLink, "stages-table"))).toContainEqual(["All plans", "1"]);
  });

  it("a whole class code chooses its class though another begins so; not its inside", async () => {
    const { anaOak } = world.classes;
    const { oak } = world.schools;
    const longer = await createClass(testApp.db, {
      districtId: world.district.id,
      schoolId: oak.id,
      title: "Math 4 Oak, second group",
    });
    await testApp.db
      .updateTable("classes")
      .set({ class_code: "OAK-41" })
      .where("id", "=", longer.id)
      .execute();

    const byCode = await pageOf(world.administrator, "?className=OAK-4");
    const inside = await pageOf(world.administrator, "?className=ak-4");

    expect(byCode).toContain(`<input type="hidden" name="class" value="${anaOak.id}">`);
    expect(inside).toContain('<p class="field-error" id="filter-class-problem">');
    expect(inside).toContain("No class matches");
  });

  it("a school of more teachers than a page holds shows them a page at a time", async () => {
    const { elm } = world.schools;
    const first = await pageOf(world.administrator, `?school=${elm.id}`);
    const second = await pageOf(world.administrator, `?school=${elm.id}&page=2`);
    const pastLast = await pageOf(world.administrator, `?school=${elm.id}&page=9`);

    expect(rowsOf(tableOf(first, "teachers-table"))).toHaveLength(50);
    expect(first).toContain("Page 1 of 2");
    expect(first).toContain(`href="/program?school=${elm.id}&amp;page=2#teachers-title"`);
    expect(rowsOf(tableOf(second, "teachers-table")).map((row) => row[0])).toEqual([
      "Pat Teacher 051",
      "Pat Teacher 052",
      "Pat Teacher 053",
      "Pat Teacher 054",
      "Pat Teacher 055",
    ]);
    expect(pastLast).toContain("Page 2 of 2");
  });

  it("the export honours the school chosen and keeps every teacher of the district", async () => {
    const { oak } = world.schools;
    const school = await exported(world.administrator, `school=${oak.id}&names=yes`);
    const district = await exported(world.administrator, "names=yes");

    expect(draftsIn(school)).toBe("3");
    expect(school).toContain("teacher,Ana Alvarez,Draft,3");
    expect(school).not.toContain("Pat Teacher");
    expect(draftsIn(district)).toBe("59");
    expect(district).toContain("school,Oak Elementary,Draft,3");
    expect(district).toContain("teacher,Pat Teacher 055,Draft,1");
  });

  it("the export says in its rows and its name which school and teacher it covers", async () => {
    const { oak } = world.schools;
    const cookie = await testApp.cookieFor(world.administrator.id);
    const query = `school=${oak.id}&teacher=${world.teachers.ana.id}&names=yes`;
    const response = await testApp.request(`/program/export.csv?${query}`, { cookie });
    const rows = (await response.text()).split("\r\n").slice(1, -1);

    expect(response.headers.get("content-disposition")).toMatch(
      /filename="map-program-\d{4}-\d{4} - Oak Elementary - Ana Alvarez\.csv"/,
    );
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) expect(row).toMatch(/^[^,]+,Oak Elementary,Ana Alvarez,All,All,/);
  });

  it("an export without names names the teacher chosen nowhere, its name included", async () => {
    const { oak } = world.schools;
    const cookie = await testApp.cookieFor(world.administrator.id);
    const query = `school=${oak.id}&teacher=${world.teachers.ana.id}&names=no`;
    const response = await testApp.request(`/program/export.csv?${query}`, { cookie });
    const csv = await response.text();
    const disposition = response.headers.get("content-disposition") ?? "";

    expect(disposition).toMatch(/filename="map-program-\d{4}-\d{4} - Oak Elementary\.csv"/);
    expect(`${disposition}${csv}`).not.toMatch(/Ana|Alvarez/);
    const chosen = /\r\n[^,]+,Oak Elementary,(T-[0-9a-f]{10}),All,All,/.exec(csv)?.[1];
    expect(chosen).toBeDefined();
    expect(csv).toContain(`,teacher,${chosen},Draft,3\r\n`);
  });

  it("an export whose school is none of the viewer's says it counts none", async () => {
    const { pine } = world.schools;
    const cookie = await testApp.cookieFor(world.principal.id);
    const response = await testApp.request(`/program/export.csv?school=${pine.id}`, { cookie });
    const rows = (await response.text()).split("\r\n").slice(1, -1);

    expect(response.headers.get("content-disposition")).toMatch(
      /filename="map-program-\d{4}-\d{4} - none matched\.csv"/,
    );
    for (const row of rows) {
      expect(row).toMatch(/^[^,]+,Not in your lists: no plan counted,All,All,All,/);
    }
  });

  it("a principal of two schools chooses among those two only", async () => {
    const { oak, elm, pine } = world.schools;
    const page = await pageOf(world.principal);
    const schools = selectOf(page, "filter-school");

    expect(schools).toContain(`<option value="${oak.id}" >Oak Elementary</option>`);
    expect(schools).toContain(`<option value="${elm.id}" >Elm Elementary</option>`);
    expect(schools).not.toContain(pine.id);
    expect(page).not.toContain("Pine Middle");
    expect(rowsOf(tableOf(page, "schools-table")).map((row) => row[0])).toEqual([
      "Elm Elementary",
      "Oak Elementary",
    ]);
  });

  it("a teacher id longer than any counts no plan, on the page and in the CSV", async () => {
    const long = "t".repeat(10_000);
    const page = await pageOf(world.administrator, `?teacher=${long}`);
    const csv = await exported(world.administrator, `teacher=${long}`);

    expect(rowsOf(tableOf(page, "stages-table"))).toContainEqual(["All plans", "0"]);
    expect(draftsIn(csv)).toBe("0");
  });

  it("a principal who types in another school sees no plan and is told why", async () => {
    const { pine } = world.schools;
    const page = await pageOf(world.principal, `?school=${pine.id}`);
    const csv = await exported(world.principal, `school=${pine.id}`);
    const cookie = await testApp.cookieFor(world.principal.id);
    const gradePdf = await testApp.request(`/program/plans.pdf?grade=04&school=${pine.id}`, {
      method: "HEAD",
      cookie,
    });

    expect(selectOf(page, "filter-school")).toContain(
      `<option value="${pine.id}" selected>Not in your lists</option>`,
    );
    expect(page).toContain("The school in this address is not one of yours");
    expect(page).not.toContain("Pine Middle");
    expect(page).not.toContain("Maria Garcia (Pine");
    expect(rowsOf(tableOf(page, "stages-table"))).toContainEqual(["All plans", "0"]);
    expect(draftsIn(csv)).toBe("0");
    expect(gradePdf.status).toBe(404);
  });

  it("a principal's typed name finds no teacher of another school", async () => {
    const { mariaOak, mariaPine } = world.teachers;
    const page = await pageOf(world.principal, "?teacherName=Maria+Garcia");

    expect(selectOf(page, "filter-teacher")).toContain(`<option value="${mariaOak.id}" selected>`);
    expect(page).not.toContain(mariaPine.id);
    expect(rowsOf(tableOf(page, "stages-table"))).toContainEqual(["All plans", "1"]);
  });

  it("with a lower bound, a school's short lists ask for words too", async () => {
    const figures = await readProgram(
      planDeps(testApp.db),
      actorFor(world.administrator),
      parseProgramFilters({ school: world.schools.oak.id }),
      { choicesOnOnePage: 1 },
    );

    expect(programChoicesOnOnePage).toBe(200);
    expect(figures.options.teachers.choices).toBeNull();
    expect(figures.options.classes.choices).toBeNull();
    expect(figures.byTeacher.map((row) => row.name)).toEqual(["Ana Alvarez", "Maria Garcia"]);
  });
});
