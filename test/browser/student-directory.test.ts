import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  classesOfSchoolOnOnePage,
  studentsOnOnePage,
} from "../../src/domain/plans/class-directory.ts";
import { translator } from "../../src/i18n/translate.ts";
import {
  expectAccessible,
  launchBrowser,
  type RunningApp,
  startRunningApp,
} from "../support/browser.ts";
import { pageSignedInAs } from "../support/browser-people.ts";
import {
  addPendingCheckIn,
  createManyClasses,
  enrollManyStudents,
} from "../support/class-directory.ts";
import { dialects } from "../support/databases.ts";
import {
  createAdministrator,
  createClass,
  createDistrict,
  createPlan,
  createSchool,
  createStudent,
  createTeacher,
  enroll,
} from "../support/factories.ts";
import { sidewaysScroll } from "../support/phone-layout.ts";

/*
 * A district too big for one page of students: its administrator chooses a school, then a
 * class (or, in a school of more classes than a list holds, types part of its title), and
 * reads that class's students; on a phone and a desktop, left to right and right to left.
 */

const phone: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
};
const desktop: BrowserContextOptions = { viewport: { width: 1280, height: 900 } };
const screenshots = path.join(os.tmpdir(), "student-directory");

/** The same page in another language, for this page only (`?lang=`). */
async function inLocale(page: Page, locale: string) {
  const url = new URL(page.url());
  url.searchParams.set("lang", locale);
  await page.goto(url.href);
}

describe.each(dialects)("choosing a school and a class from a district's list on %s", (dialect) => {
  const session = {} as { running: RunningApp; browser: Browser };
  beforeAll(async () => {
    session.running = await startRunningApp(dialect);
    session.browser = await launchBrowser();
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.running?.stop();
  });

  async function shoot(page: Page, name: string) {
    fs.mkdirSync(screenshots, { recursive: true });
    const file = path.join(screenshots, `${dialect}-${name}.png`);
    await page.screenshot({ path: file, fullPage: true });
  }

  /**
   * Riverbend: Maple Middle School holds more classes than a list and more students than a page;
   * Ana Moreno's Math 7 – Period 2 among them has four students, one with an overdue check-in.
   * Cedar Elementary has one class.
   */
  async function riverbend() {
    const { db } = session.running.deps;
    const district = await createDistrict(db, { name: "Riverbend" });
    const maple = await createSchool(db, { districtId: district.id, name: "Maple Middle School" });
    const cedar = await createSchool(db, { districtId: district.id, name: "Cedar Elementary" });
    const inMaple = { districtId: district.id, schoolId: maple.id };
    await createManyClasses(db, {
      ...inMaple,
      count: classesOfSchoolOnOnePage,
      title: (n) => `Math 8 – Section ${n + 1}`,
      code: (n) => `M8-${n + 1}`,
    });
    const crowded = await createClass(db, { ...inMaple, title: "Math 6 – Period 1" });
    await enrollManyStudents(db, { ...inMaple, classId: crowded.id, count: studentsOnOnePage });
    const period2 = await createClass(db, { ...inMaple, title: "Math 7 – Period 2" });
    const teacher = await createTeacher(db, { ...inMaple, givenName: "Ana", familyName: "Moreno" });
    await enroll(db, { classId: period2.id, person: teacher, role: "teacher" });
    const names = [
      ["Ana", "Hernández"],
      ["María José", "Fernández-Castillo"],
      ["Sam", "Example"],
      ["Lucía", "Rodríguez"],
    ] as const;
    const students = [];
    for (const [givenName, familyName] of names) {
      const student = await createStudent(db, { ...inMaple, givenName, familyName });
      await enroll(db, { classId: period2.id, person: student, role: "student" });
      students.push(student);
    }
    const [late] = students;
    if (!late) throw new Error("no students");
    const plan = await createPlan(db, {
      student: late,
      schoolId: maple.id,
      startedBy: teacher,
      stage: "checking_in",
    });
    await addPendingCheckIn(db, { districtId: district.id, planId: plan.id, dueOn: "2025-01-15" });
    const cedarClass = await createClass(db, {
      districtId: district.id,
      schoolId: cedar.id,
      title: "Kindergarten Math",
    });
    const administrator = await createAdministrator(db, { ...inMaple, givenName: "Ada" });

    return { district, maple, cedar, period2, cedarClass, administrator };
  }

  it("an administrator picks a school, then a class, and reads its students", async () => {
    const place = await riverbend();

    for (const [name, window] of [
      ["phone", phone],
      ["desktop", desktop],
    ] as const) {
      for (const locale of ["en", "ar"]) {
        const t = translator(locale);
        const page = await pageSignedInAs(session, {
          personId: place.administrator.id,
          next: "/students",
          window,
        });
        await inLocale(page, locale);

        await expect(page.locator("html").getAttribute("dir")).resolves.toBe(
          locale === "ar" ? "rtl" : "ltr",
        );
        const schools = page.locator("main section[aria-labelledby='schools-heading'] li");
        await expect(schools.allTextContents()).resolves.toEqual([
          expect.stringContaining("Cedar Elementary"),
          expect.stringContaining("Maple Middle School"),
        ]);
        await expect(page.locator("main table").count()).resolves.toBe(0);
        await expect(sidewaysScroll(page)).resolves.toBeLessThanOrEqual(0);
        await expectAccessible(page);
        await shoot(page, `schools-${name}-${locale}`);

        await schools.getByRole("link", { name: "Cedar Elementary" }).click();
        await page.waitForURL(/school=/);
        await inLocale(page, locale);
        await expect(page.locator("main .class-directory li").allTextContents()).resolves.toEqual([
          expect.stringContaining("Kindergarten Math"),
        ]);
        await expectAccessible(page);

        await page.getByRole("link", { name: "Kindergarten Math" }).click();
        await page.waitForURL(/class=/);
        await inLocale(page, locale);
        await expect(
          page.getByRole("heading", { name: "Kindergarten Math" }).count(),
        ).resolves.toBe(1);
        await expectAccessible(page);
        await page.getByRole("link", { name: t("plans.students.allClasses") }).click();
        await page.waitForURL(new RegExp(`school=${place.cedar.id}`));
        await inLocale(page, locale);
        await page.getByRole("link", { name: t("plans.students.allSchools") }).click();
        await page.waitForURL(/\/students$/);
        await page.context().close();
      }
    }
  });

  it("in a school of too many classes to list, one types part of its title", async () => {
    const place = await riverbend();

    for (const [name, window] of [
      ["phone", phone],
      ["desktop", desktop],
    ] as const) {
      for (const locale of ["en", "ar"]) {
        const t = translator(locale);
        const page = await pageSignedInAs(session, {
          personId: place.administrator.id,
          next: `/students?school=${place.maple.id}`,
          window,
        });
        await inLocale(page, locale);

        await expect(page.locator("main .class-directory").count()).resolves.toBe(0);
        await expectAccessible(page);
        await page.getByLabel(t("plans.students.findClass")).fill("period 2");
        await page.getByLabel(t("plans.students.findClass")).press("Enter");
        await page.waitForURL(/find=period\+2/);
        await inLocale(page, locale);

        await expect(page.locator("main [role='status']").textContent()).resolves.toContain(
          "period 2",
        );
        await expect(page.locator("main .class-directory li").allTextContents()).resolves.toEqual([
          expect.stringContaining("Math 7 – Period 2"),
        ]);
        await expect(sidewaysScroll(page)).resolves.toBeLessThanOrEqual(0);
        await expectAccessible(page);
        await shoot(page, `search-${name}-${locale}`);

        await page.locator("main .class-directory").getByRole("link").click();
        await page.waitForURL(/class=/);
        await inLocale(page, locale);
        await expect(page.locator("main table tbody tr").count()).resolves.toBe(4);
        await expect(page.locator("main .overdue-summary li").count()).resolves.toBe(1);
        await expectAccessible(page);
        await shoot(page, `class-${name}-${locale}`);
        await page.context().close();
      }
    }
  });

  it("without scripts, an administrator still finds a class and opens it", async () => {
    const place = await riverbend();
    const page = await pageSignedInAs(session, {
      personId: place.administrator.id,
      next: "/students",
      window: { ...desktop, javaScriptEnabled: false },
    });

    await page.getByRole("link", { name: "Maple Middle School" }).first().click();
    await page.getByLabel("Find a class").fill("section 1");
    await page.getByRole("button", { name: "Find", exact: true }).click();
    await page.waitForURL(/find=section\+1/);
    const offered = await page.locator("main .class-directory li").allTextContents();

    // The titles whose word begins with 1, in the reader's order: Section 1, 10 to 19, 100...
    expect(offered).toHaveLength(20);
    expect(offered.slice(0, 3)).toEqual([
      expect.stringContaining("Section 1 "),
      expect.stringContaining("Section 10 "),
      expect.stringContaining("Section 11 "),
    ]);

    // The whole code of one class opens it, though others' codes begin with it.
    await page.getByLabel("Find a class").fill("M8-12");
    await page.getByRole("button", { name: "Find", exact: true }).click();
    await page.waitForURL(/find=M8-12/);
    await expect(
      page.getByRole("heading", { name: "Math 8 – Section 12", exact: true }).count(),
    ).resolves.toBe(1);
    await expect(page.locator("main table tbody tr").count()).resolves.toBe(0);
    await page.context().close();
  });

  it("the overdue check-ins lead from the schools to the class they are in", async () => {
    const place = await riverbend();
    const page = await pageSignedInAs(session, {
      personId: place.administrator.id,
      next: "/students",
      window: phone,
    });

    const overdue = page.locator("main .overdue-summary");
    await expect(overdue.locator("h2").textContent()).resolves.toBe("1 check-in is overdue");
    const maple = page.locator("main .class-directory li", { hasText: "Maple Middle School" });
    await expect(maple.locator(".overdue").textContent()).resolves.toBe("1 check-in overdue");
    await maple.getByRole("link").click();
    await page.waitForURL(/school=/);
    await expectAccessible(page);
    await overdue.getByRole("link", { name: "Math 7 – Period 2" }).click();
    await page.waitForURL(/class=/);

    await expect(overdue.getByRole("link").textContent()).resolves.toBe("Ana Hernández");
    await page.context().close();
  });

  it("a principal opening another school's address is told it is not theirs", async () => {
    const place = await riverbend();
    const { db } = session.running.deps;
    const principal = await createAdministrator(db, {
      districtId: place.district.id,
      schoolId: place.cedar.id,
      givenName: "Pia",
    });
    await db
      .updateTable("people")
      .set({ source_id: `principal-${principal.id}` })
      .where("id", "=", principal.id)
      .execute();
    const page = await pageSignedInAs(session, {
      personId: principal.id,
      next: "/students",
      window: phone,
    });

    const response = await page.goto(
      `${session.running.baseUrl}/students?school=${place.maple.id}`,
    );

    expect(response?.status()).toBe(404);
    await expect(page.getByRole("alert").textContent()).resolves.toContain("not one of yours");
    await expect(page.locator("main").textContent()).resolves.not.toContain("Maple");
    await expectAccessible(page);
    await page.context().close();
  });
});
