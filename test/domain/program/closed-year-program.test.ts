import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeSchoolYear } from "../../../src/domain/school-year/close-school-year.ts";
import { pdfPageCount, pdfText, pdfTitle } from "../../pdf/pdf-tools.ts";
import { createTestApp, type TestApp } from "../../support/app.ts";
import { dialects } from "../../support/databases.ts";
import { actorFor, createPlan } from "../../support/factories.ts";
import { type ProgramSchool, programNow, seedProgramSchool } from "./program-school.ts";

/** The text of a page with its markup dropped, spaces squeezed: what a reader reads. */
const readable = (page: string) =>
  page
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ")
    .replaceAll("&#39;", "'");

describe.each(dialects)("the program figures of a closed school year, on %s", (dialect) => {
  let testApp: TestApp;
  let school: ProgramSchool;
  let admin: string;
  const closedYear = "2026–2027";
  const yearQuery = `year=${encodeURIComponent(closedYear)}`;
  beforeAll(async () => {
    testApp = await createTestApp(dialect, { clock: () => programNow });
    school = await seedProgramSchool(testApp.db);
    await closeSchoolYear(testApp.deps, actorFor(school.administrator), {
      schoolId: school.school.id,
      label: closedYear,
      confirm: "yes",
    });
    admin = await testApp.cookieFor(school.administrator.id);
  });
  afterAll(async () => {
    await testApp?.close();
  });

  const programPage = async (query: string, cookie = admin) =>
    (await testApp.request(`/program${query}`, { cookie })).text();

  it("just after the close, the page says no plan was started yet and what to do", async () => {
    const page = await programPage("");
    const text = readable(page);

    expect(text).toContain("No plan has been started in the current school year yet.");
    expect(page).toContain('<a href="/program/next-year">Start this year’s plans');
    expect(text).toContain("The figures of a closed year are kept");
    expect(text).not.toContain("No plan matches these filters.");
    expect(page).toMatch(/<option value="" selected>Current year<\/option>/);
    // An option holds plain text: the year runs left to right between LRI and PDI.
    const label = `\u2066${closedYear}\u2069 (closed)`;
    expect(page).toContain(`<option value="${closedYear}" >${label}</option>`);
  });

  it("an administrator chooses the closed year and reads its figures", async () => {
    const page = await programPage(`?${yearQuery}`);
    const text = readable(page);

    expect(text).toContain(`How Math Action Plans went in ${closedYear}`);
    expect(page).toContain(`<option value="${closedYear}" selected>`);
    // The close closed every plan still open; Fay's, closed in 2025, was never in a closed
    // year before, so this one archived it too.
    expect(text).toMatch(/Closed 8 All plans 8/);
    expect(text).toContain("Ana Alvarez");
    expect(text).toMatch(/Took part in any of these ways 3/);
    expect(text).not.toContain("No plan has been started");
    expect(page).toContain(`/program/export.csv?${yearQuery}&amp;names=yes`);
  });

  it("the CSV and a grade's PDF download follow the year chosen", async () => {
    const response = await testApp.request(`/program/export.csv?names=no&${yearQuery}`, {
      cookie: admin,
    });
    const current = await testApp.request("/program/export.csv?names=no", { cookie: admin });

    expect(response.headers.get("content-disposition")).toContain(
      `filename*=UTF-8''map-program-${encodeURIComponent(closedYear)}.csv`,
    );
    const csv = await response.text();
    expect(csv).toContain("stages,,Closed,8\r\n");
    expect(await current.text()).toContain("stages,,Closed,0\r\n");

    const page = await programPage(`?${yearQuery}`);
    expect(page).toContain(`/program/plans.pdf?${yearQuery}&amp;grade=04`);
    const pdf = await testApp.request(`/program/plans.pdf?${yearQuery}&grade=04`, {
      cookie: admin,
    });
    const none = await testApp.request("/program/plans.pdf?grade=04", { cookie: admin });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect(none.status).toBe(404);
  });

  it("the closed year's CSV, with names or without, says which year it is of", async () => {
    for (const names of ["no", "yes"]) {
      const response = await testApp.request(`/program/export.csv?names=${names}&${yearQuery}`, {
        cookie: admin,
      });

      // The plain fallback keeps the dash: "20262027" named no year.
      expect(response.headers.get("content-disposition")).toBe(
        `attachment; filename="map-program-2026-2027.csv"; ` +
          `filename*=UTF-8''map-program-${encodeURIComponent(closedYear)}.csv`,
      );
      const [header, ...rows] = (await response.text()).split("\r\n").slice(0, -1);
      // text() drops the byte order mark, as a spreadsheet does.
      expect(header).toBe(
        "School year,School filter,Teacher filter,Grade filter,Class filter," +
          "Section,Group,Measure,Value",
      );
      expect(rows).toContain(`${closedYear},All,All,All,All,stages,,Closed,8`);
      for (const row of rows) expect(row.startsWith(`${closedYear},`)).toBe(true);
    }
    const named = await testApp.request(`/program/export.csv?names=yes&${yearQuery}`, {
      cookie: admin,
    });
    expect(await named.text()).toContain(
      `${closedYear},All,All,All,All,teacher,Ana Alvarez,Closed,5\r\n`,
    );
  });

  it("the current year's CSV names the current year", async () => {
    const response = await testApp.request("/program/export.csv?names=no", { cookie: admin });

    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="map-program-2026-2027.csv"; ` +
        `filename*=UTF-8''map-program-2026-2027.csv`,
    );
    expect(await response.text()).toContain("\r\n2026-2027,All,All,All,All,stages,,Closed,0\r\n");
  });

  it("a closed year's grade PDF names the year in its file name, title and pages", async () => {
    const response = await testApp.request(`/program/plans.pdf?${yearQuery}&grade=04`, {
      cookie: admin,
    });

    const stem = "Math Action Plans - grade 04 -";
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="${stem} 2026-2027.pdf"; ` +
        `filename*=UTF-8''${encodeURIComponent(`${stem} ${closedYear}.pdf`)}`,
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(pdfTitle(bytes)).toBe(`Math Action Plans, grade 04, school year ${closedYear}`);
    const footers = pdfText(bytes).match(/· page \d+ · school year 2026–2027/g) ?? [];
    expect(footers).toHaveLength(pdfPageCount(bytes));
  });

  it("a teacher sees the closed year's figures of their own classes only", async () => {
    const ana = await testApp.cookieFor(school.ana.id);

    const text = readable(await programPage(`?${yearQuery}`, ana));

    expect(text).toContain("You see the students of your own classes.");
    expect(text).toMatch(/Closed 5 All plans 5/);
  });

  it("a filter matching nothing still says so; a year never closed shows this year", async () => {
    const filtered = readable(await programPage("?grade=04"));
    const unknown = await programPage("?year=1999-2000");

    expect(filtered).toContain("No plan matches these filters.");
    expect(unknown).toMatch(/<option value="" selected>Current year<\/option>/);
    expect(readable(unknown)).toContain("No plan has been started in the current school year yet.");
  });

  it("a plan started in the new year counts there, and the closed year keeps its own", async () => {
    const room = await testApp.db
      .selectFrom("plans")
      .select(["student_id"])
      .where("id", "=", school.plans.a1)
      .executeTakeFirstOrThrow();
    await createPlan(testApp.db, {
      student: { id: room.student_id, districtId: school.district.id },
      schoolId: school.school.id,
      startedBy: school.ana,
    });

    const current = readable(await programPage(""));
    const closed = readable(await programPage(`?${yearQuery}`));

    expect(current).toMatch(/Draft 1 .*All plans 1/);
    expect(current).toContain("apart from the plans of a closed year");
    expect(current).not.toContain("No plan has been started");
    expect(closed).toMatch(/Closed 8 All plans 8/);
  });
});
