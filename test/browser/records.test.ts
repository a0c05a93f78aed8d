import fs from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { auditChoicesOnOnePage } from "../../src/domain/audit/find-audit-people.ts";
import { studentsReadBy } from "../support/audit-trail.ts";
import { expectAccessible, useRunningAppAndBrowser } from "../support/browser.ts";
import { pageSignedInAs } from "../support/browser-people.ts";
import { createClassroom, createPlan, createStudent, enroll } from "../support/factories.ts";

describe("families' records, the audit trail and closing a year, in a browser", () => {
  const session = useRunningAppAndBrowser();

  const signedInPage = (personId: string, next: string) =>
    pageSignedInAs(session, { personId, next, window: { acceptDownloads: true } });

  async function screenshot(page: Page, name: string) {
    fs.mkdirSync("test-results", { recursive: true });
    await page.screenshot({ path: `test-results/records-${name}.png`, fullPage: true });
  }

  async function classroomWithPlan() {
    const room = await createClassroom(session.running.deps.db);
    const plan = await createPlan(session.running.deps.db, {
      student: room.student,
      schoolId: room.school.id,
      startedBy: room.teacher,
      stage: "checking_in",
    });

    return { ...room, planId: plan.id };
  }

  it("a family member finds their child's records and downloads both files", async () => {
    const room = await classroomWithPlan();
    const page = await signedInPage(room.guardian.id, "/my-plans");
    await page.getByRole("link", { name: /records/ }).click();
    await page.waitForURL(`${session.running.baseUrl}/students/${room.student.id}/records`);
    await expectAccessible(page);
    await screenshot(page, "family-page");

    const [json] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: /data file/ }).click(),
    ]);
    const records = JSON.parse(fs.readFileSync((await json.path()) ?? "", "utf8"));
    expect(records.student.id).toBe(room.student.id);
    const [pdf] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: /readable document/ }).click(),
    ]);
    expect(
      fs
        .readFileSync((await pdf.path()) ?? "")
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
  });

  it("an administrator reads the audit trail, filters it and sees who opened a plan", async () => {
    const room = await classroomWithPlan();
    const family = await signedInPage(room.guardian.id, `/plans/${room.planId}`);
    await family.close();
    const page = await signedInPage(room.administrator.id, "/audit");
    await expectAccessible(page);

    await page.getByLabel("Student").selectOption(room.student.id);
    await page.getByRole("button", { name: "Show entries" }).click();
    await page.waitForURL(/student=/);
    await expect(page.getByRole("status").textContent()).resolves.toContain("1 entry");
    await expect(page.getByRole("cell", { name: /Gloria/ }).count()).resolves.toBe(1);
    await expectAccessible(page);
    await screenshot(page, "audit");

    await page.getByLabel("From day").fill("2025-02-03");
    await page.getByLabel("To day").fill("2025-02-01");
    await page.getByRole("button", { name: "Show entries" }).click();
    // Days the wrong way round: the page says why nothing could match.
    await expect(
      page.getByText("To day is before the From day, so no entry could match").first().isVisible(),
    ).resolves.toBe(true);
    await expectAccessible(page);
  });

  it("a large district's administrator finds a student's entries by typing the name", async () => {
    const room = await classroomWithPlan();
    const family = await signedInPage(room.guardian.id, `/plans/${room.planId}`);
    await family.close();
    const crowd = Array.from({ length: auditChoicesOnOnePage }, (_, n) => ({
      givenName: `Pupil${n}`,
      familyName: "Crowd",
    }));
    const twins = [1, 2].map(() => ({ givenName: "Maria", familyName: "Garcia" }));
    await studentsReadBy(session.running.deps.db, {
      districtId: room.district.id,
      reader: room.teacher,
      names: [...crowd, ...twins],
    });
    const page = await signedInPage(room.administrator.id, "/audit");
    const student = page.getByLabel("Student", { exact: true });
    await expectAccessible(page);

    await student.fill(`${room.student.givenName} ${room.student.familyName}`);
    await page.getByRole("button", { name: "Show entries" }).click();
    await page.waitForURL(/studentName=/);
    await expect(page.getByRole("status").textContent()).resolves.toContain("1 entry");
    await expect(page.getByRole("cell", { name: /Gloria/ }).count()).resolves.toBe(1);
    await expectAccessible(page);

    await student.fill("garcia");
    await page.getByRole("button", { name: "Show entries" }).click();
    await page.waitForURL(/studentName=garcia/);
    // Two to choose from is no problem: no alert, the choices listed under their note.
    await expect(page.getByRole("alert").count()).resolves.toBe(0);
    await expect(
      page
        .getByRole("list", { name: /2 students match/ })
        .getByRole("link")
        .count(),
    ).resolves.toBe(2);
    await expectAccessible(page);
    await screenshot(page, "audit-several");
    await page
      .getByRole("list", { name: /2 students match/ })
      .getByRole("link")
      .first()
      .click();
    await page.waitForURL(/student=/);
    await expect(page.getByRole("status").textContent()).resolves.toContain("1 entry");
    await expect(student.inputValue()).resolves.toBe("Maria Garcia");
    await expectAccessible(page);
  });

  it("a class's plans a teacher starts are each found in the audit trail", async () => {
    const room = await createClassroom(session.running.deps.db);
    const lena = await createStudent(session.running.deps.db, {
      districtId: room.district.id,
      schoolId: room.school.id,
      givenName: "Lena",
    });
    await enroll(session.running.deps.db, {
      classId: room.klass.id,
      person: lena,
      role: "student",
    });
    const teacher = await signedInPage(
      room.teacher.id,
      `/program/next-year?class=${room.klass.id}`,
    );
    await expectAccessible(teacher);
    await teacher.getByRole("button", { name: /Start a draft plan for every student/ }).click();
    await teacher.waitForURL(/started=2/);
    await expectAccessible(teacher);
    await teacher.close();

    const page = await signedInPage(room.administrator.id, "/audit");
    for (const student of [room.student, lena]) {
      await page.getByLabel("Student").selectOption(student.id);
      await page.getByRole("button", { name: "Show entries" }).click();
      await page.waitForURL(new RegExp(`student=${student.id}`));
      await expect(page.getByRole("status").textContent()).resolves.toContain("1 entry");
      const row = page.getByRole("row").filter({ hasText: "Started plans for a whole class" });
      await expect(row.getByRole("cell", { name: /Tamara/ }).count()).resolves.toBe(1);
      await expect(row.getByRole("cell", { name: student.givenName }).count()).resolves.toBe(1);
      await expectAccessible(page);
    }
    await screenshot(page, "audit-class-start");
  });

  it("an administrator closes the school year and the plan shows it is archived", async () => {
    const room = await classroomWithPlan();
    const page = await signedInPage(room.administrator.id, "/school-year");
    await expectAccessible(page);

    await page.getByLabel("Name of the year").fill("2025–2026");
    await page.getByRole("button", { name: "Close the school year" }).click();
    await expect(page.getByRole("alert").textContent()).resolves.toContain("Please tick");
    await expectAccessible(page);
    await expect(page.getByLabel("Name of the year").inputValue()).resolves.toBe("2025–2026");
    await page.getByLabel(/every plan of this year becomes read only/).check();
    await page.getByRole("button", { name: "Close the school year" }).click();
    await expect(page.getByRole("status").textContent()).resolves.toContain("2025–2026 is closed");
    await expectAccessible(page);
    await screenshot(page, "school-year");

    await page.goto(`${session.running.baseUrl}/plans/${room.planId}`);
    await expect(page.getByRole("note").textContent()).resolves.toContain("closed school year");
    await expectAccessible(page);
    await screenshot(page, "archived-plan");
  });

  it("an administrator deletes a student's records after typing the name", async () => {
    const room = await classroomWithPlan();
    const page = await signedInPage(room.administrator.id, `/students/${room.student.id}/records`);
    await expectAccessible(page);
    await page.getByRole("link", { name: "Delete this student’s records" }).click();
    await expectAccessible(page);

    await page.getByLabel("Student’s full name").fill("Someone Else");
    await page.getByRole("button", { name: /for good/ }).click();
    await expect(page.getByRole("alert").textContent()).resolves.toContain(
      "must match the name shown",
    );
    await expectAccessible(page);
    await screenshot(page, "delete-refused");

    await page
      .getByLabel("Student’s full name")
      .fill(`${room.student.givenName} ${room.student.familyName}`);
    await page.getByRole("button", { name: /for good/ }).click();
    await expect(page.getByRole("status").textContent()).resolves.toContain("1 plan");
    await expectAccessible(page);
  });
});
