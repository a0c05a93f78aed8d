import fs from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { type ProgramSchool, seedProgramSchool } from "../domain/program/program-school.ts";
import { expectAccessible, useRunningAppAndBrowser } from "../support/browser.ts";
import { pageSignedInAs } from "../support/browser-people.ts";

describe("the program page after a school year is closed, in a browser", () => {
  const session = useRunningAppAndBrowser();
  let school: ProgramSchool;
  beforeAll(async () => {
    school = await seedProgramSchool(session.running.deps.db);
  });

  it("an administrator closes the year, then still reads its figures by choosing it", async () => {
    const page = await pageSignedInAs(session, {
      personId: school.administrator.id,
      next: "/school-year",
    });
    await page.getByLabel("Name of the year").fill("2026–2027");
    await page.getByLabel("I understand that every plan of this year becomes read only").check();
    await page.getByRole("button", { name: "Close the school year" }).click();
    await page.waitForURL(/closed=/);

    await page.getByLabel("Name of the year").fill("2026–2027");
    await page.getByLabel("I understand that every plan of this year becomes read only").check();
    await page.getByRole("button", { name: "Close the school year" }).click();
    await page.waitForLoadState();
    await expect(page.getByLabel("Name of the year").getAttribute("aria-invalid")).resolves.toBe(
      "true",
    );
    await expect(page.getByText("This school already closed a year named").count()).resolves.toBe(
      2,
    );
    await expectAccessible(page);

    await page.getByRole("link", { name: "Program" }).click();
    await page.waitForURL(/\/program$/);
    await expect(
      page.getByText("No plan has been started in the current school year yet.").count(),
    ).resolves.toBe(1);
    await expect(page.getByText("No plan matches these filters.").count()).resolves.toBe(0);
    await expect(
      page.getByRole("link", { name: /^Start this year’s plans/ }).getAttribute("href"),
    ).resolves.toBe("/program/next-year");
    await expectAccessible(page);
    await page.screenshot({ path: "test-results/program-new-year.png", fullPage: true });

    // The year runs left to right in any language's option (LRI ... PDI around it).
    const closed = "\u20662026–2027\u2069 (closed)";
    await page.getByLabel("School year").selectOption({ label: closed });
    await page.getByRole("button", { name: "Show" }).click();
    await page.waitForURL(/year=/);
    await expect(page.locator("#stages-table tbody tr").last().textContent()).resolves.toMatch(
      /All plans\s*8/,
    );
    await expect(page.getByLabel("School year").inputValue()).resolves.toBe("2026–2027");
    await expectAccessible(page);
    await page.screenshot({ path: "test-results/program-closed-year.png", fullPage: true });

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "CSV without names" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("map-program-2026–2027.csv");
    const csv = fs.readFileSync((await download.path()) ?? "", "utf8");
    expect(csv.split("\r\n").slice(0, 2)).toEqual([
      "\uFEFFSchool year,School filter,Teacher filter,Grade filter,Class filter," +
        "Section,Group,Measure,Value",
      "2026–2027,All,All,All,All,stages,,Draft,0",
    ]);
    const [gradePdf] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Grade 04: 4 plans (PDF)" }).click(),
    ]);
    expect(gradePdf.suggestedFilename()).toBe("Math Action Plans - grade 04 - 2026–2027.pdf");

    await page.goto(`${session.running.baseUrl}/program?lang=es`);
    await expect(page.getByLabel("Año escolar").inputValue()).resolves.toBe("");
    await expect(
      page.getByText("Todavía no se ha empezado ningún plan en el año escolar actual.").count(),
    ).resolves.toBe(1);
    await expectAccessible(page);
  });
});
