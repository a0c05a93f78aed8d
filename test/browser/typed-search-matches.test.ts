import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { BrowserContextOptions, Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { classesOfSchoolOnOnePage } from "../../src/domain/plans/class-directory.ts";
import { translator } from "../../src/i18n/translate.ts";
import {
  addTeachers,
  type DistrictSchools,
  seedDistrictSchools,
} from "../domain/program/district-schools.ts";
import { studentsReadBy } from "../support/audit-trail.ts";
import { expectAccessible, useRunningAppAndBrowser } from "../support/browser.ts";
import { pageSignedInAs, phoneWindow } from "../support/browser-people.ts";
import { createManyClasses } from "../support/class-directory.ts";
import { createAdministrator } from "../support/factories.ts";
import { sidewaysScroll } from "../support/phone-layout.ts";

/*
 * Words typed in a search that match several (a class on the student list, a teacher on the
 * program page, a student in the audit trail) offer them as choices in the page's calm colours,
 * a list named by its note; words that match nothing are the field's problem, in an error's
 * colours. On a phone and a desktop, left to right and right to left, every page accessible.
 */

const screenshots = path.join(os.tmpdir(), "typed-search-matches");
const desktop: BrowserContextOptions = { viewport: { width: 1280, height: 900 } };
const windows = [
  ["phone", phoneWindow],
  ["desktop", desktop],
] as const;

// app.css: --danger, --accent and --ink.
const danger = "rgb(164, 22, 26)";
const accent = "rgb(31, 95, 191)";
const ink = "rgb(29, 36, 51)";

/** How the matches and the field read on screen: their colours, and whether it is invalid. */
async function lookOf(page: Page, fieldId: string) {
  const note = page.locator(`#${fieldId}-matches`);
  const box = page.locator(".typed-matches");

  return {
    noteColour: await note.evaluate((element) => getComputedStyle(element).color),
    edgeColour: await box.evaluate((element) => getComputedStyle(element).borderInlineStartColor),
    background: await box.evaluate((element) => getComputedStyle(element).backgroundColor),
    invalid: await page.locator(`#${fieldId}`).getAttribute("aria-invalid"),
    described: await page.locator(`#${fieldId}`).getAttribute("aria-describedby"),
    alerts: await page.getByRole("alert").count(),
  };
}

const calm = (fieldId: string) => ({
  noteColour: ink,
  edgeColour: accent,
  background: "rgba(0, 0, 0, 0)",
  invalid: null,
  described: expect.stringContaining(`${fieldId}-matches`),
  alerts: 0,
});

describe("the matches of a typed search in a browser", () => {
  const session = useRunningAppAndBrowser();
  let world: DistrictSchools;
  beforeAll(async () => {
    const db = session.running.deps.db;
    world = await seedDistrictSchools(db);
    const inDistrict = { districtId: world.district.id };
    await addTeachers(db, { ...inDistrict, schoolId: world.schools.pine.id, count: 201 });
    await createManyClasses(db, {
      ...inDistrict,
      schoolId: world.schools.elm.id,
      count: classesOfSchoolOnOnePage + 1,
      title: (n) => `Math 8 – Section ${n + 1}`,
      code: (n) => `M8-${n + 1}`,
    });
    await studentsReadBy(db, {
      ...inDistrict,
      reader: world.teachers.ana,
      names: [
        ...Array.from({ length: 200 }, (_, n) => ({ givenName: `Pupil${n}`, familyName: "Crowd" })),
        { givenName: "María", familyName: "García" },
        { givenName: "Mario", familyName: "García Ruiz" },
      ],
    });
    fs.mkdirSync(screenshots, { recursive: true });
  });

  /** The whole page, and the search with what it found, close up. */
  async function shoot(page: Page, name: string, closeUp: string) {
    await page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true });
    await page.locator(closeUp).screenshot({ path: path.join(screenshots, `${name}-close.png`) });
  }

  async function open(next: string, window: BrowserContextOptions, personId?: string) {
    return pageSignedInAs(session, {
      personId: personId ?? world.administrator.id,
      next,
      window,
    });
  }

  it("the student list offers the classes a search finds calmly, in reading order", async () => {
    for (const [name, window] of windows) {
      for (const locale of ["en", "ar"]) {
        const t = translator(locale);
        const school = `/students?school=${world.schools.elm.id}`;
        const page = await open(`${school}&find=section+1&lang=${locale}`, window);

        const list = page.getByRole("list", { name: /section 1/ });
        await expect(list.getByRole("link").count()).resolves.toBe(20);
        await expect(list.getByRole("link").first().textContent()).resolves.toBe(
          "Math 8 – Section 1",
        );
        await expect(lookOf(page, "field-find")).resolves.toEqual(calm("field-find"));
        await expect(sidewaysScroll(page)).resolves.toBeLessThanOrEqual(0);
        await expectAccessible(page);
        await shoot(
          page,
          `students-several-${name}-${locale}`,
          "main section.card:has(#field-find)",
        );

        // Typed in the field, then shown again in the page's language (the form keeps no lang).
        await page.getByLabel(t("plans.students.findClass")).fill("geometry");
        await page.getByLabel(t("plans.students.findClass")).press("Enter");
        await page.waitForURL(/find=geometry/);
        await page.goto(`${page.url()}&lang=${locale}`);
        await expect(page.locator(".typed-matches").count()).resolves.toBe(0);
        await expect(
          page
            .locator("#field-find-problem")
            .evaluate((element) => getComputedStyle(element).color),
        ).resolves.toBe(danger);
        await expect(page.locator("#field-find").getAttribute("aria-invalid")).resolves.toBe(
          "true",
        );
        await expectAccessible(page);
        await shoot(page, `students-none-${name}-${locale}`, "main section.card:has(#field-find)");
        await page.context().close();
      }
    }
  });

  it("the program page offers the teachers a name finds calmly; no match is an error", async () => {
    for (const [name, window] of windows) {
      for (const locale of ["en", "ar"]) {
        const page = await open(`/program?teacherName=garcia&lang=${locale}`, window);

        const list = page.getByRole("list", { name: /garcia/ });
        await expect(list.getByRole("link").count()).resolves.toBe(2);
        await expect(lookOf(page, "filter-teacher")).resolves.toEqual(calm("filter-teacher"));
        await expect(sidewaysScroll(page)).resolves.toBeLessThanOrEqual(0);
        await expectAccessible(page);
        await shoot(page, `program-several-${name}-${locale}`, ".field:has(#filter-teacher)");

        await page.goto(`${session.running.baseUrl}/program?teacherName=arcia&lang=${locale}`);
        await expect(page.locator(".typed-matches").count()).resolves.toBe(0);
        await expect(
          page
            .locator("#filter-teacher-problem")
            .evaluate((element) => getComputedStyle(element).color),
        ).resolves.toBe(danger);
        await expect(page.locator("#filter-teacher").getAttribute("aria-invalid")).resolves.toBe(
          "true",
        );
        await expectAccessible(page);
        await shoot(page, `program-none-${name}-${locale}`, ".field:has(#filter-teacher)");
        await page.context().close();
      }
    }
  });

  it("the audit trail offers the students a name finds, calmly, and shows no alert", async () => {
    const districtAdministrator = await createAdministrator(session.running.deps.db, {
      districtId: world.district.id,
    });
    for (const [name, window] of windows) {
      for (const locale of ["en", "ar"]) {
        const page = await open(
          `/audit?studentName=garc%C3%ADa&lang=${locale}`,
          window,
          districtAdministrator.id,
        );

        const list = page.getByRole("list", { name: /garcía/ });
        await expect(list.getByRole("link").allTextContents()).resolves.toEqual([
          "María García",
          "Mario García Ruiz",
        ]);
        await expect(lookOf(page, "field-student")).resolves.toEqual(calm("field-student"));
        await expect(sidewaysScroll(page)).resolves.toBeLessThanOrEqual(0);
        await expectAccessible(page);
        await shoot(page, `audit-several-${name}-${locale}`, ".field:has(#field-student)");
        await page.context().close();
      }
    }
  });
});
