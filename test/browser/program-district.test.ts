import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import {
  addTeachers,
  type DistrictSchools,
  seedDistrictSchools,
} from "../domain/program/district-schools.ts";
import { expectAccessible, useRunningAppAndBrowser } from "../support/browser.ts";
import { pageSignedInAs, phoneWindow } from "../support/browser-people.ts";
import { sidewaysScroll } from "../support/phone-layout.ts";

/*
 * A district administrator's program page, in a district of more teachers and classes than one
 * list offers: figures school by school, a school chosen to see its teachers, and a teacher
 * found by a name typed, with no script needed and every page accessible, on a phone too.
 */

const screenshots = path.join(os.tmpdir(), "program-district");

const cellsOf = (page: Page, tableId: string) =>
  page
    .locator(`#${tableId} tbody tr`)
    .evaluateAll((rows) =>
      rows.map((row) => Array.from(row.children).map((cell) => cell.textContent?.trim() ?? "")),
    );

/** A file the page's link downloads: its name and its lines. */
async function downloaded(page: Page, link: string) {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: link }).click(),
  ]);
  const text = fs.readFileSync((await download.path()) ?? "", "utf8");

  return { name: download.suggestedFilename(), rows: text.split("\r\n") };
}

describe("a district's program page in a browser", () => {
  const session = useRunningAppAndBrowser();
  let world: DistrictSchools;
  beforeAll(async () => {
    const db = session.running.deps.db;
    world = await seedDistrictSchools(db);
    await addTeachers(db, {
      districtId: world.district.id,
      schoolId: world.schools.pine.id,
      count: 201,
    });
    fs.mkdirSync(screenshots, { recursive: true });
  });

  it("an administrator chooses a school, sees its teachers, then types a name", async () => {
    const page = await pageSignedInAs(session, {
      personId: world.administrator.id,
      next: "/program",
      window: { viewport: { width: 1280, height: 900 } },
    });

    await expect(cellsOf(page, "schools-table")).resolves.toContainEqual([
      "Oak Elementary",
      "3",
      "1",
      "0",
      "0",
      "0",
      "4",
    ]);
    await expect(page.locator("#teachers-table").count()).resolves.toBe(0);
    await expectAccessible(page);
    await page.screenshot({ path: `${screenshots}/district.png`, fullPage: true });

    await page.getByLabel("School", { exact: true }).selectOption({ label: "Oak Elementary" });
    await page.getByRole("button", { name: "Show" }).click();
    await page.waitForURL(/school=/);
    await expect(cellsOf(page, "teachers-table")).resolves.toEqual([
      ["Ana Alvarez", "3", "0", "0", "0", "0", "3"],
      ["Maria Garcia", "0", "1", "0", "0", "0", "1"],
    ]);
    await expectAccessible(page);
    await page.screenshot({ path: `${screenshots}/school.png`, fullPage: true });

    // Every school again: past a page of teachers, the filter asks for a name.
    await page.getByLabel("School", { exact: true }).selectOption({ label: "All" });
    await page.getByRole("button", { name: "Show" }).click();
    await page.waitForURL((url) => !url.searchParams.get("school"));
    await page.getByRole("textbox", { name: "Teacher" }).fill("maria garcia");
    await page.getByRole("button", { name: "Show" }).click();
    await page.waitForURL(/teacherName=/);
    await expect(page.getByText("2 teachers match").count()).resolves.toBe(1);
    await expectAccessible(page);
    await page.screenshot({ path: `${screenshots}/matches.png`, fullPage: true });

    await page.getByRole("link", { name: "Maria Garcia (Pine Middle)" }).click();
    await page.waitForURL(/teacher=/);
    await expect(page.getByRole("textbox", { name: "Teacher" }).inputValue()).resolves.toBe(
      "Maria Garcia",
    );
    await expect(cellsOf(page, "stages-table")).resolves.toContainEqual(["All plans", "1"]);
    await expectAccessible(page);

    await page.getByRole("textbox", { name: "Teacher" }).fill("Alvarez");
    await page.getByRole("button", { name: "Show" }).click();
    await page.waitForURL(/teacherName=Alvarez/);
    await expect(page.getByRole("textbox", { name: "Teacher" }).inputValue()).resolves.toBe(
      "Ana Alvarez",
    );
    await expect(cellsOf(page, "stages-table")).resolves.toContainEqual(["All plans", "3"]);
    await expectAccessible(page);
    await page.screenshot({ path: `${screenshots}/chosen.png`, fullPage: true });
  });

  it("an administrator downloads a teacher's figures, then chooses another school", async () => {
    const page = await pageSignedInAs(session, {
      personId: world.administrator.id,
      next: "/program",
      window: { viewport: { width: 1280, height: 900 } },
    });
    await page.getByLabel("School", { exact: true }).selectOption({ label: "Oak Elementary" });
    await page.getByRole("button", { name: "Show" }).click();
    await page.waitForURL(/school=/);
    await page.getByLabel("Teacher", { exact: true }).selectOption({ label: "Ana Alvarez" });
    await page.getByRole("button", { name: "Show" }).click();
    await page.waitForURL(/teacher=/);

    // The file says what it covers, in its name and on every row; without names, by an id.
    const without = await downloaded(page, "CSV without names");
    expect(without.name).toMatch(/^map-program-\d{4}-\d{4} - Oak Elementary\.csv$/);
    expect(without.rows[1]).toMatch(
      /^\d{4}-\d{4},Oak Elementary,T-[0-9a-f]{10},All,All,stages,,Draft,3$/,
    );
    expect(without.rows.join("\n")).not.toMatch(/Ana|Alvarez/);
    const named = await downloaded(page, "CSV with names");
    expect(named.name).toMatch(/^map-program-\d{4}-\d{4} - Oak Elementary - Ana Alvarez\.csv$/);
    expect(named.rows[0]).toBe(
      "\uFEFFSchool year,School filter,Teacher filter,Grade filter,Class filter," +
        "Section,Group,Measure,Value",
    );
    expect(named.rows[1]).toMatch(
      /^\d{4}-\d{4},Oak Elementary,Ana Alvarez,All,All,stages,,Draft,3$/,
    );

    // Pine Middle has no Ana: she is left out, said once, and Pine's figures are shown.
    await page.getByLabel("School", { exact: true }).selectOption({ label: "Pine Middle" });
    await page.getByRole("button", { name: "Show" }).click();
    await page.waitForURL(new RegExp(`school=${world.schools.pine.id}`));
    await expect(
      page
        .getByText("Left out of the filters, as not at Pine Middle: the teacher Ana Alvarez.")
        .count(),
    ).resolves.toBe(1);
    await expect(page.getByText(/not in your lists/i).count()).resolves.toBe(0);
    await expect(page.getByRole("textbox", { name: "Teacher" }).inputValue()).resolves.toBe("");
    await expect(cellsOf(page, "stages-table")).resolves.toContainEqual(["All plans", "1"]);
    const pine = await downloaded(page, "CSV with names");
    expect(pine.name).toMatch(/^map-program-\d{4}-\d{4} - Pine Middle\.csv$/);
    expect(pine.rows[1]).toMatch(/^\d{4}-\d{4},Pine Middle,All,All,All,stages,,Draft,1$/);
    await expectAccessible(page);
    await page.screenshot({ path: `${screenshots}/school-switched.png`, fullPage: true });
    await page
      .locator("form.filters")
      .screenshot({ path: `${screenshots}/school-switched-filters.png` });

    const phone = await pageSignedInAs(session, {
      personId: world.administrator.id,
      next: new URL(page.url()).pathname + new URL(page.url()).search,
      window: phoneWindow,
    });
    await expect(phone.locator("#filters-left-out").count()).resolves.toBe(1);
    await expect(sidewaysScroll(phone)).resolves.toBeLessThanOrEqual(0);
    await expectAccessible(phone);
    await phone.screenshot({ path: `${screenshots}/school-switched-phone.png`, fullPage: true });
    await phone
      .locator("form.filters")
      .screenshot({ path: `${screenshots}/school-switched-phone-filters.png` });
  });

  it("on a phone, in English and in Arabic, the district's figures and matches fit", async () => {
    const page = await pageSignedInAs(session, {
      personId: world.administrator.id,
      next: "/program",
      window: phoneWindow,
    });

    for (const locale of ["en", "ar"]) {
      await page.goto(`${session.running.baseUrl}/program?lang=${locale}&teacherName=Garcia`);
      const direction = locale === "ar" ? "rtl" : "ltr";

      await expect(page.locator("html").getAttribute("dir")).resolves.toBe(direction);
      await expect(page.locator("#filter-teacher-matches + ul li").count()).resolves.toBe(2);
      await expect(sidewaysScroll(page)).resolves.toBeLessThanOrEqual(0);
      await expectAccessible(page);
      await page.screenshot({ path: `${screenshots}/phone-${locale}.png`, fullPage: true });
    }
  });
});
