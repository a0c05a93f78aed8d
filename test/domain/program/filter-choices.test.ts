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
  createSchool,
  createStudent,
  createTeacher,
  enroll,
  type Person,
} from "../../support/factories.ts";
import { planDeps } from "../../support/plans.ts";
import { programNow } from "./program-school.ts";

/*
 * The program page's teacher and class filters: two teachers of one name, or two classes of one
 * title at one school, each carry what tells them apart; a student is never named there.
 */

async function districtWithNamesakes(testApp: TestApp) {
  const db = testApp.db;
  const district = await createDistrict(db);
  const districtId = district.id;
  const north = await createSchool(db, { districtId, name: "North Elementary" });
  const south = await createSchool(db, { districtId, name: "South Elementary" });
  const teacher = (schoolId: string, name: string, email: string) => {
    const [givenName = "", familyName = ""] = name.split(" ");
    return createTeacher(db, { districtId, schoolId, givenName, familyName, email });
  };
  const people = {
    mariaNorth: await teacher(north.id, "Maria Garcia", "maria.garcia@north.example"),
    mariaSouth: await teacher(south.id, "Maria Garcia", "maria.garcia@south.example"),
    leeFirst: await teacher(north.id, "Lee Chen", "lee.chen@north.example"),
    leeSecond: await teacher(north.id, "Lee Chen", "lchen@north.example"),
    ana: await teacher(north.id, "Ana Alvarez", "ana.alvarez@north.example"),
  };
  const student = await createStudent(db, {
    districtId,
    schoolId: north.id,
    givenName: "Zoe",
    familyName: "Quill",
  });
  const taughtBy = async (schoolId: string, title: string, teachers: Person[], code?: string) => {
    const klass = await createClass(db, { districtId, schoolId, title });
    for (const person of teachers) await enroll(db, { classId: klass.id, person, role: "teacher" });
    await enroll(db, { classId: klass.id, person: student, role: "student" });
    if (code) {
      await db
        .updateTable("classes")
        .set({ class_code: code })
        .where("id", "=", klass.id)
        .execute();
    }
    return klass;
  };
  const classes = {
    mathFirst: await taughtBy(north.id, "Math 4", [people.mariaNorth], "M4-01"),
    mathSecond: await taughtBy(north.id, "Math 4", [people.leeFirst], "M4-02"),
    mathSouth: await taughtBy(south.id, "Math 4", [people.mariaSouth]),
    algebraAna: await taughtBy(north.id, "Algebra", [people.ana]),
    algebraLees: await taughtBy(north.id, "algebra", [people.leeFirst, people.leeSecond]),
  };
  const administrator = await createAdministrator(db, { districtId, schoolId: north.id });

  return { administrator, people, classes };
}

describe.each(dialects)("the program page's filters on %s", (dialect) => {
  let testApp: TestApp;
  let district: Awaited<ReturnType<typeof districtWithNamesakes>>;
  beforeAll(async () => {
    testApp = await createTestApp(dialect, { clock: () => programNow });
    district = await districtWithNamesakes(testApp);
  });
  afterAll(async () => {
    await testApp?.close();
  });

  async function choices() {
    const actor = actorFor(district.administrator);
    const figures = await readProgram(
      planDeps(testApp.db, programNow),
      actor,
      parseProgramFilters({}),
    );

    return {
      teachers: figures.options.teachers.choices ?? [],
      classes: figures.options.classes.choices ?? [],
    };
  }

  it("two teachers of the same name are told apart by school, else by email", async () => {
    const { teachers } = await choices();
    const detailOf = (person: Person) => teachers.find((each) => each.id === person.id)?.detail;
    const { people } = district;

    expect(detailOf(people.mariaNorth)).toBe("North Elementary");
    expect(detailOf(people.mariaSouth)).toBe("South Elementary");
    expect(detailOf(people.leeFirst)).toBe("lee.chen@north.example");
    expect(detailOf(people.leeSecond)).toBe("lchen@north.example");
    expect(detailOf(people.ana)).toBeNull();
  });

  it("two classes of one title at one school are told apart by code, else by teacher", async () => {
    const { classes } = await choices();
    const detailOf = (klass: { id: string }) =>
      classes.find((each) => each.id === klass.id)?.detail;
    const made = district.classes;

    expect(detailOf(made.mathFirst)).toBe("M4-01");
    expect(detailOf(made.mathSecond)).toBe("M4-02");
    // The school is shown with every class already.
    expect(detailOf(made.mathSouth)).toBeNull();
    expect(detailOf(made.algebraAna)).toBe("Ana Alvarez");
    expect(detailOf(made.algebraLees)).toBe("Lee Chen and Lee Chen");
  });

  it("the program page lists the namesakes apart and never names a student", async () => {
    const cookie = await testApp.cookieFor(district.administrator.id);

    const page = await (await testApp.request("/program", { cookie })).text();

    const teacherSelect = /<select id="filter-teacher"[\s\S]*?<\/select>/.exec(page)?.[0] ?? "";
    expect(teacherSelect).toContain(">Maria Garcia (North Elementary)</option>");
    expect(teacherSelect).toContain(">Lee Chen (lchen@north.example)</option>");
    expect(teacherSelect).toContain(">Ana Alvarez</option>");
    const classSelect = /<select id="filter-class"[\s\S]*?<\/select>/.exec(page)?.[0] ?? "";
    expect(classSelect).toContain(">Math 4 (North Elementary, M4-01)</option>");
    expect(classSelect).toContain(">Math 4 (South Elementary)</option>");
    expect(classSelect).toContain(">Algebra (North Elementary, Ana Alvarez)</option>");
    expect(`${teacherSelect}${classSelect}`).not.toContain("Zoe");
    expect(`${teacherSelect}${classSelect}`).not.toContain("Quill");
  });
});
