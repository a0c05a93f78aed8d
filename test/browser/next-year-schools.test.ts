import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { programChoicesOnOnePage } from "../../src/domain/program/filter-choices.ts";
import { translator } from "../../src/i18n/translate.ts";
import {
  expectAccessible,
  launchBrowser,
  type RunningApp,
  startRunningApp,
} from "../support/browser.ts";
import { pageSignedInAs } from "../support/browser-people.ts";
import { createManyClasses } from "../support/class-directory.ts";
import {
  createAdministrator,
  createClass,
  createDistrict,
  createSchool,
  createStudent,
  enroll,
} from "../support/factories.ts";
import { sidewaysScroll } from "../support/phone-layout.ts";

/*
 * Next year's plans in a district of more classes than one list holds: the administrator
 * chooses a school, then one of its classes, and sees what starting its plans would do; on a
 * phone and a desktop, left to right and right to left.
 */

const phone: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
};
const desktop: BrowserContextOptions = { viewport: { width: 1280, height: 900 } };
const screenshots = path.join(os.tmpdir(), "next-year-schools");

describe("choosing a school before a class for next year's plans", () => {
  const session = {} as { running: RunningApp; browser: Browser };
  beforeAll(async () => {
    session.running = await startRunningApp("sqlite");
    session.browser = await launchBrowser();
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.running?.stop();
  });

  /** Maple Middle School has more classes than a list holds; Cedar Elementary has one. */
  async function district() {
    const { db } = session.running.deps;
    const riverbend = await createDistrict(db, { name: "Riverbend" });
    const districtId = riverbend.id;
    const maple = await createSchool(db, { districtId, name: "Maple Middle School" });
    const cedar = await createSchool(db, { districtId, name: "Cedar Elementary" });
    await createManyClasses(db, {
      districtId,
      schoolId: maple.id,
      count: programChoicesOnOnePage,
      title: (n) => `Math 8 – Section ${n + 1}`,
    });
    const kindergarten = await createClass(db, {
      districtId,
      schoolId: cedar.id,
      title: "Kindergarten Math",
    });
    const student = await createStudent(db, { districtId, schoolId: cedar.id, givenName: "Lucía" });
    await enroll(db, { classId: kindergarten.id, person: student, role: "student" });
    const administrator = await createAdministrator(db, { districtId, givenName: "Ada" });

    return { cedar, kindergarten, administrator };
  }

  async function shoot(page: Page, name: string) {
    fs.mkdirSync(screenshots, { recursive: true });
    await page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true });
  }

  it("an administrator picks a school, then a class, on a phone and a desktop", async () => {
    const place = await district();

    for (const [name, window] of [
      ["phone", phone],
      ["desktop", desktop],
    ] as const) {
      for (const locale of ["en", "ar"]) {
        const t = translator(locale);
        const page = await pageSignedInAs(session, {
          personId: place.administrator.id,
          next: `/program/next-year?lang=${locale}`,
          window,
        });

        // No class is listed yet: the district's classes are too many for one list.
        expect(await page.locator("select#class").count()).toBe(0);
        expect(await page.locator("select#school option").count()).toBe(3);
        await expectAccessible(page);
        await shoot(page, `${name}-${locale}-schools`);

        if (locale === "en") {
          await page.locator("select#school").selectOption({ label: "Cedar Elementary" });
          await page.getByRole("button", { name: t("nextYear.chooseSchool") }).click();
          await page.waitForURL(/school=/);
          expect(await page.locator("select#class option").allTextContents()).toEqual([
            "Kindergarten Math",
          ]);
          await page.getByRole("button", { name: t("nextYear.chooseClass") }).click();
          await page.waitForURL(/class=/);
        } else {
          // `?lang=` holds for one page: the chosen class's address is visited in Arabic.
          const url = new URL(page.url());
          url.searchParams.set("class", place.kindergarten.id);
          await page.goto(url.href);
        }

        expect(await page.locator("h2#class-title").textContent()).toContain("Kindergarten Math");
        // The class's school stays chosen beside it.
        expect(await page.locator("select#school").inputValue()).toBe(place.cedar.id);
        await expectAccessible(page);
        expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
        await shoot(page, `${name}-${locale}-class`);
        await page.context().close();
      }
    }
  });

  it("a school that is not the administrator's is said so, with no class listed", async () => {
    const place = await district();
    const page = await pageSignedInAs(session, {
      personId: place.administrator.id,
      next: "/program/next-year?school=no-such-school",
      window: desktop,
    });

    expect(await page.locator(".problem").textContent()).toContain("not one of yours");
    expect(await page.locator("select#class").count()).toBe(0);
    await expectAccessible(page);
    await page.context().close();
  });
});
