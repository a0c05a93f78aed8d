import fs from "node:fs";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import {
  type ProgramSchool,
  seedProgramSchool,
  statement,
} from "../domain/program/program-school.ts";
import { expectAccessible, useRunningAppAndBrowser } from "../support/browser.ts";
import { pageSignedInAs } from "../support/browser-people.ts";

describe("the school team's program pages in a browser", () => {
  const session = useRunningAppAndBrowser();
  let school: ProgramSchool;
  beforeAll(async () => {
    school = await seedProgramSchool(session.running.deps.db);
    const eli = school.students.b1;
    await statement(session.running.deps.db, {
      planId: school.plans.b1,
      author: eli,
      voice: "student",
    });
  });

  const signedInPage = (personId: string, next: string) =>
    pageSignedInAs(session, { personId, next });

  const cellsOf = (page: Page, tableId: string) =>
    page
      .locator(`#${tableId} tbody tr`)
      .evaluateAll((rows) =>
        rows.map((row) => Array.from(row.children).map((cell) => cell.textContent?.trim() ?? "")),
      );

  it("an administrator reads the figures, charts and tables, then filters by grade", async () => {
    const page = await signedInPage(school.administrator.id, "/students");
    await page.getByRole("link", { name: "Program" }).click();
    await page.waitForURL(/\/program$/);

    await expect(page.getByRole("img", { name: "Plans by stage" }).count()).resolves.toBe(1);
    await expect(cellsOf(page, "stages-table")).resolves.toEqual([
      ["Draft", "2"],
      ["Shared with family", "1"],
      ["Agreed", "1"],
      ["Checking in", "2"],
      ["Closed", "1"],
      ["All plans", "7"],
    ]);
    await expect(page.locator("#stages-chart-title").count()).resolves.toBe(1);
    await expect(cellsOf(page, "families-table")).resolves.toContainEqual([
      "Took part in any of these ways",
      "3",
    ]);
    await expectAccessible(page);
    await page.screenshot({ path: "test-results/program-page.png", fullPage: true });

    await page.getByLabel("Grade", { exact: true }).selectOption("04");
    await page.getByRole("button", { name: "Show" }).click();
    await page.waitForURL(/grade=04/);
    await expect(cellsOf(page, "stages-table")).resolves.toContainEqual(["All plans", "4"]);
    await expect(cellsOf(page, "grades-table")).resolves.toHaveLength(1);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Grade 04: 4 plans (PDF)" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^Math Action Plans - grade 04 - \d{4}-\d{4}\.pdf$/,
    );
    const pdf = fs.readFileSync((await download.path()) ?? "");
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    await expectAccessible(page);
    await page.screenshot({ path: "test-results/program-filtered.png", fullPage: true });

    await page.goto(`${session.running.baseUrl}/program?lang=ar`);
    await expect(page.locator("html").getAttribute("dir")).resolves.toBe("rtl");
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(
      "برنامج خطط العمل في الرياضيات",
    );
    await expectAccessible(page);
    await page.screenshot({ path: "test-results/program-arabic.png", fullPage: true });
  });

  it("a teacher reflects on a checked-in plan and the team records a decision", async () => {
    const page = await signedInPage(school.ana.id, "/program/reflections");
    await expectAccessible(page);

    await page.getByRole("button", { name: "Save the reflection" }).click();
    await page.waitForLoadState();
    await expect(
      page.getByLabel("Reflection", { exact: true }).getAttribute("aria-invalid"),
    ).resolves.toBe("true");
    await expectAccessible(page);

    await page.getByLabel("What it is about").selectOption({ label: "Hana Pupil" });
    await page.getByLabel("Reflection", { exact: true }).fill("Hana's drawings opened every talk");
    await page.getByRole("button", { name: "Save the reflection" }).click();
    await page.waitForURL(/saved=reflection/);
    await expect(page.getByRole("status").textContent()).resolves.toContain("saved");
    await expect(page.getByText("On the plan of Hana Pupil").count()).resolves.toBe(1);

    await page.getByLabel("Team decision").fill("Begin each plan with a family phone call");
    await page.getByRole("button", { name: "Record the decision" }).click();
    await page.waitForURL(/saved=decision/);
    await expect(page.getByText("Begin each plan with a family phone call").count()).resolves.toBe(
      1,
    );
    await expectAccessible(page);
    await page.screenshot({ path: "test-results/program-reflections.png", fullPage: true });
  });

  it("a teacher carries a closed plan forward, then starts plans for the whole class", async () => {
    const page = await signedInPage(school.ben.id, "/program");
    await page.getByRole("link", { name: "Next year: start plans" }).click();
    await page.getByLabel("Class").selectOption({ label: `Math 5B (${school.school.name})` });
    await page.getByRole("button", { name: "Show this class" }).click();
    await page.waitForURL(/class=/);
    await expectAccessible(page);
    await page.screenshot({ path: "test-results/program-next-year.png", fullPage: true });

    await page.getByRole("button", { name: /from this one\s+for Eli Pupil/ }).click();
    await page.waitForURL(/\/plans\/[^/]+\?saved=started/);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toContain("Eli");
    const carried = page.locator(".statement", { hasText: "Counts change quickly at the market" });
    await expect(carried.textContent()).resolves.toMatch(
      /Carried forward from the plan closed on \w+ \d+, \d{4}/,
    );
    await expectAccessible(page);
    await page.screenshot({ path: "test-results/program-carried-plan.png", fullPage: true });

    await page.goto(`${session.running.baseUrl}/program/next-year?class=${school.classB.id}`);
    await page.getByRole("button", { name: /Start a draft plan for every student/ }).click();
    await page.waitForURL(/started=/);
    await expect(page.getByRole("status").textContent()).resolves.toBe(
      "Started 1 (1 carried forward from a closed plan), skipped 3 (already have a plan). " +
        "This school’s year is under way (a plan of it has been shared or agreed): the plans " +
        "started here are next year’s, and closing this year leaves them open.",
    );
    await expect(
      page.getByText("No student of this class has a closed plan").count(),
    ).resolves.toBe(1);
    await expectAccessible(page);
    await page.screenshot({ path: "test-results/program-next-year-started.png", fullPage: true });
  });

  it("a teacher downloads their own students' plans of a grade from their list", async () => {
    const page = await signedInPage(school.ben.id, "/students");
    await expectAccessible(page);

    const link = page.getByRole("link", { name: /^Grade .+ \(PDF\)$/ }).first();
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    expect(download.suggestedFilename()).toMatch(/^Math Action Plans - grade .+\.pdf$/);
    const pdf = fs.readFileSync((await download.path()) ?? "");
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  });
});
