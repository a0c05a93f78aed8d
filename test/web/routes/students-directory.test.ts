import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  classesOfSchoolOnOnePage,
  studentsOnOnePage,
} from "../../../src/domain/plans/class-directory.ts";
import { createTestApp, type TestApp } from "../../support/app.ts";
import { createManyClasses, enrollManyStudents } from "../../support/class-directory.ts";
import { dialects } from "../../support/databases.ts";
import {
  createAdministrator,
  createClass,
  createClassroom,
  createSchool,
} from "../../support/factories.ts";

describe.each(dialects)("the student list of a district past one page on %s", (dialect) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp(dialect);
  });
  afterAll(async () => {
    await testApp.close();
  });

  /** Two schools, the first with more students than a page and more classes than a list. */
  async function district() {
    const { db } = testApp;
    const room = await createClassroom(db);
    const inDistrict = { districtId: room.district.id, schoolId: room.school.id };
    await enrollManyStudents(db, {
      ...inDistrict,
      classId: room.klass.id,
      count: studentsOnOnePage,
    });
    await createManyClasses(db, {
      ...inDistrict,
      count: classesOfSchoolOnOnePage,
      title: (n) => `Math 7 – Section ${n}`,
      rosterId: (n) => `sec-${n}`,
    });
    const otherSchool = await createSchool(db, {
      districtId: room.district.id,
      name: "Zinnia Middle School",
    });
    const otherClass = await createClass(db, {
      districtId: room.district.id,
      schoolId: otherSchool.id,
      title: "Zinnia Math 6",
    });
    const principal = await createAdministrator(db, {
      districtId: room.district.id,
      schoolId: otherSchool.id,
      givenName: "Pia",
    });
    // Listed at a school by the roster: they administer that school, not the district.
    await db
      .updateTable("people")
      .set({ source_id: `principal-${principal.id}` })
      .where("id", "=", principal.id)
      .execute();

    return { ...room, otherSchool, otherClass, principal };
  }

  async function pageOf(path: string, personId: string) {
    const response = await testApp.request(path, { cookie: await testApp.cookieFor(personId) });

    return { status: response.status, body: await response.text() };
  }

  it("a district administrator first chooses a school, each with its size", async () => {
    const room = await district();

    const { status, body } = await pageOf("/students", room.administrator.id);

    expect(status).toBe(200);
    expect(body).toContain(`href="/students?school=${room.school.id}"`);
    expect(body).toContain(`href="/students?school=${room.otherSchool.id}"`);
    expect(body).toContain(
      `${classesOfSchoolOnOnePage + 1} classes, ${studentsOnOnePage + 1} students`,
    );
    expect(body).not.toContain("Math 7 – Section");
    expect(body).not.toContain("<table");
  });

  it("a school of too many classes to list offers a search that needs no script", async () => {
    const room = await district();
    const path = `/students?school=${room.school.id}`;

    const asked = await pageOf(path, room.administrator.id);
    const found = await pageOf(
      `${path}&find=${encodeURIComponent("section 12")}`,
      room.administrator.id,
    );

    expect(asked.body).toMatch(
      /<form method="get" action="\/students" class="stack" role="search">/,
    );
    expect(asked.body).toContain(`<input type="hidden" name="school" value="${room.school.id}">`);
    expect(asked.body).not.toContain("Math 7 – Section");
    // Sections 12 and 120 to 129, not 112: "12" is inside its number, not its start.
    expect(found.body).toContain("11 classes match “<bdi>section 12</bdi>”: choose one.");
    expect(found.body).toContain("<bdi>Math 7 – Section 12</bdi>");
    expect(found.body).not.toContain("<bdi>Math 7 – Section 112</bdi>");
    expect(found.body).toContain('value="section 12"');
  });

  it("several classes found are offered calmly; none found is the field's problem", async () => {
    const room = await district();
    const path = `/students?school=${room.school.id}&find=`;

    const several = await pageOf(`${path}section+12`, room.administrator.id);
    const none = await pageOf(`${path}geometry`, room.administrator.id);
    const sections = [...several.body.matchAll(/<bdi>Math 7 – Section (\d+)<\/bdi>/g)];

    expect(several.status).toBe(200);
    expect(several.body).toContain('<div class="typed-matches">');
    expect(several.body).toContain('<p id="field-find-matches" role="status">');
    expect(several.body).toContain(
      '<ul class="class-directory" aria-labelledby="field-find-matches">',
    );
    expect(several.body).toContain('aria-describedby="field-find-hint field-find-matches"');
    expect(several.body).not.toContain("field-error");
    expect(several.body).not.toContain('aria-invalid="true"');
    // In the reader's order: Section 12 before 120, 120 before 129.
    expect(sections.map((match) => match[1])).toEqual([
      "12",
      ...Array.from({ length: 10 }, (_, n) => `12${n}`),
    ]);
    expect(none.body).toContain('<p class="field-error" id="field-find-problem">');
    expect(none.body).toContain('aria-invalid="true"');
    expect(none.body).not.toContain("typed-matches");
  });

  it("a class's whole roster id typed opens that class, though others begin with it", async () => {
    const room = await district();

    const chosen = await pageOf(
      `/students?school=${room.school.id}&find=SEC-12`,
      room.administrator.id,
    );

    expect(chosen.status).toBe(200);
    expect(chosen.body).toContain("<bdi>Math 7 – Section 12</bdi>");
    expect(chosen.body).not.toContain("Math 7 – Section 120");
    expect(chosen.body).toContain(`href="/students?school=${room.school.id}"`);
  });

  it("a principal opening another school's address is told it is not theirs", async () => {
    const room = await district();

    const theirs = await pageOf("/students", room.principal.id);
    const other = await pageOf(`/students?school=${room.school.id}`, room.principal.id);

    // Their one school fits on a page: its students, as before.
    expect(theirs.status).toBe(200);
    expect(theirs.body).toContain("Zinnia Math 6");
    expect(other.status).toBe(404);
    expect(other.body).toContain("The school in this address is not one of yours");
    expect(other.body).not.toContain(room.school.name);
    expect(other.body).not.toContain(room.klass.title);
    expect(other.body).toContain(`href="/students?class=${room.otherClass.id}"`);
  });
});
