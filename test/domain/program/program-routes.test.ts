import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../support/app.ts";
import { dialects } from "../../support/databases.ts";
import { createClassroom, createPlan } from "../../support/factories.ts";
import { type ProgramSchool, programNow, seedProgramSchool } from "./program-school.ts";

describe.each(dialects)("the program pages over HTTP on %s", (dialect) => {
  let testApp: TestApp;
  let school: ProgramSchool;
  beforeAll(async () => {
    testApp = await createTestApp(dialect, { clock: () => programNow });
    school = await seedProgramSchool(testApp.db);
  });
  afterAll(async () => {
    await testApp?.close();
  });

  it("an administrator downloads the figures without names", async () => {
    const cookie = await testApp.cookieFor(school.administrator.id);

    const response = await testApp.request("/program/export.csv?names=no&grade=04", { cookie });

    expect(response.headers.get("content-type")).toContain("text/csv");
    expect(response.headers.get("content-disposition")).toContain(
      'filename="map-program-2026-2027 - grade 04.csv"',
    );
    const csv = await response.text();
    expect(csv).toContain("2026-2027,All,All,04,All,stages,,Draft,1\r\n");
    expect(csv).toMatch(/check-in,S-[0-9a-f]{10},Overdue,2026-12-01/);
    expect(csv).not.toContain("Pupil");
    expect(csv).not.toContain("Alvarez");
  });

  it("with names, the download shows the teacher and the students", async () => {
    const cookie = await testApp.cookieFor(school.administrator.id);

    const csv = await (await testApp.request("/program/export.csv?names=yes", { cookie })).text();

    expect(csv).toContain("teacher,Ana Alvarez,Checking in,2");
    expect(csv).toContain("check-in,Cruz Pupil,Overdue,2026-12-01");
  });

  it("without names=yes, the download leaves the names out", async () => {
    const cookie = await testApp.cookieFor(school.administrator.id);

    for (const query of ["", "?names=", "?names=1", "?names=YES", "?names=true"]) {
      const csv = await (await testApp.request(`/program/export.csv${query}`, { cookie })).text();

      expect(csv).toMatch(/check-in,S-[0-9a-f]{10},Overdue,2026-12-01/);
      expect(csv).not.toContain("Pupil");
      expect(csv).not.toContain("Alvarez");
    }
  });

  it("a family member opening the plan is counted once; a teacher opening it is not", async () => {
    const room = await createClassroom(testApp.db);
    const plan = await createPlan(testApp.db, {
      student: room.student,
      schoolId: room.school.id,
      startedBy: room.teacher,
    });
    const family = await testApp.cookieFor(room.guardian.id);
    const teacher = await testApp.cookieFor(room.teacher.id);

    await testApp.request(`/plans/${plan.id}`, { cookie: family });
    await testApp.request(`/plans/${plan.id}`, { cookie: family });
    await testApp.request(`/plans/${plan.id}`, { cookie: teacher });

    const views = await testApp.db
      .selectFrom("plan_family_views")
      .select("person_id")
      .where("plan_id", "=", plan.id)
      .execute();
    expect(views).toEqual([{ person_id: room.guardian.id }]);
  });

  it("an empty reflection comes back with the problem and the plan still chosen", async () => {
    const cookie = await testApp.cookieFor(school.ana.id);

    const response = await testApp.request(`/program/reflections/${school.school.id}`, {
      method: "POST",
      cookie,
      body: new URLSearchParams({ planId: school.plans.s5, body: "" }),
    });

    expect(response.status).toBe(422);
    const page = await response.text();
    expect(page).toContain('aria-invalid="true"');
    expect(page).toMatch(new RegExp(`<option value="${school.plans.s5}" selected`));
  });

  it("a reflection on a plan without a check-in comes back with a clear message", async () => {
    const cookie = await testApp.cookieFor(school.ana.id);

    const response = await testApp.request(`/program/reflections/${school.school.id}`, {
      method: "POST",
      cookie,
      body: new URLSearchParams({ planId: school.plans.a1, body: "Early days" }),
    });

    expect(response.status).toBe(422);
    await expect(response.text()).resolves.toContain("after its first check-in");
  });
});
