import fs from "node:fs";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { translator } from "../../src/i18n/translate.ts";
import {
  type ProgramSchool,
  seedIdentity,
  seedProgramSchool,
} from "../domain/program/program-school.ts";
import { expectAccessible, useRunningAppAndBrowser } from "../support/browser.ts";
import { pageSignedInAs } from "../support/browser-people.ts";
import { brokenWords, sidewaysScroll, tableRoles } from "../support/phone-layout.ts";

/*
 * The program page's tables of figures on a phone: seven columns once squeezed their headings
 * ("Checking in", "Stayed the same") until words broke inside. There each row reads as a card,
 * like the student list; on a wide screen they stay tables.
 */

const phone = { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true };
const screenshots = "/tmp/program-phone";

/**
 * The elements of main drawn past its edges, or whose content is wider than their box (cut off
 * or scrolled). What is visually hidden (clipped away, for screen readers) does not count.
 */
const cutOff = (page: Page) =>
  page.evaluate(() => {
    const main = document.querySelector("main")?.getBoundingClientRect();
    if (!main) return ["no main"];
    const clipped = (element: Element | null): boolean =>
      element !== null &&
      (getComputedStyle(element).clipPath !== "none" || clipped(element.parentElement));
    const found: string[] = [];
    for (const element of Array.from(document.querySelectorAll("main *"))) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || clipped(element)) continue;
      const name = `${element.tagName.toLowerCase()}: ${element.textContent?.trim().slice(0, 40)}`;
      if (box.left < main.left - 0.5 || box.right > main.right + 0.5) found.push(`outside ${name}`);
      const inline = getComputedStyle(element).display === "inline";
      if (!inline && element.scrollWidth > element.clientWidth + 1) found.push(`wider ${name}`);
    }

    return found;
  });

/** Each chart's width beside the width of the card it stands in (of the layouts displayed). */
const chartWidths = (page: Page) =>
  page
    .locator("main svg.chart")
    .evaluateAll((charts) =>
      charts
        .filter((chart) => getComputedStyle(chart).display !== "none")
        .map((chart) => [
          chart.getBoundingClientRect().width,
          chart.parentElement?.clientWidth ?? 0,
        ]),
    );

/** The size each displayed chart's words come out at, in CSS pixels, once scaled to the page. */
const chartFontSizes = (page: Page) =>
  page.locator("main svg.chart").evaluateAll((charts) =>
    (charts as SVGSVGElement[])
      .filter((chart) => getComputedStyle(chart).display !== "none")
      .map((chart) => {
        const scale = chart.getBoundingClientRect().width / chart.viewBox.baseVal.width;
        return Number(chart.getAttribute("font-size")) * scale;
      }),
  );

const tableDisplays = (page: Page) =>
  page
    .locator("main table")
    .evaluateAll((tables) => tables.map((table) => getComputedStyle(table).display));

describe("the program page on a phone", () => {
  const session = useRunningAppAndBrowser();
  let school: ProgramSchool;
  beforeAll(async () => {
    school = await seedProgramSchool(session.running.deps.db);
    await seedIdentity(session.running.deps.db, school);
    fs.mkdirSync(screenshots, { recursive: true });
  });

  it("on a phone, an administrator reads every table of figures, every word whole", async () => {
    const page = await pageSignedInAs(session, {
      personId: school.administrator.id,
      next: "/program",
      window: phone,
    });

    for (const locale of ["en", "es", "vi", "zh", "ar"]) {
      await page.goto(`${session.running.baseUrl}/program?lang=${locale}`);
      const t = translator(locale);

      await expect(page.locator("main table").count()).resolves.toBe(6);
      await expect(
        brokenWords(page.locator("main :is(h1, h2, h3, p, li, dt, dd, label, th, td)")),
      ).resolves.toEqual([]);
      await expect(cutOff(page)).resolves.toEqual([]);
      await expect(sidewaysScroll(page)).resolves.toBeLessThanOrEqual(0);
      for (const [chart, card] of await chartWidths(page)) {
        expect(chart).toBeGreaterThan(0);
        expect(chart).toBeLessThanOrEqual(card ?? 0);
      }
      // Every chart drawn for a phone: its words no smaller than the page's small print.
      const fontSizes = await chartFontSizes(page);
      expect(fontSizes).toHaveLength(3);
      for (const size of fontSizes) expect(size).toBeGreaterThanOrEqual(11);
      const roles = await tableRoles(page);
      expect(roles).toContain("rowheader: Ana Alvarez");
      expect(roles).toContain(`columnheader: ${t("plans.stage.checking_in")}`);
      expect(roles).toContain(`columnheader: ${t("program.identity.same")}`);
      expect(roles).toContain("cell: 2");
      await expectAccessible(page);
      await page.screenshot({ path: `${screenshots}/program-${locale}.png`, fullPage: true });
    }
  });

  it("on a wide screen, the same figures stay tables", async () => {
    const page = await pageSignedInAs(session, {
      personId: school.administrator.id,
      next: "/program",
      window: { viewport: { width: 1280, height: 900 } },
    });

    await expect(tableDisplays(page)).resolves.toEqual(Array(6).fill("table"));
    const roles = await tableRoles(page);
    expect(roles).toContain("rowheader: Ana Alvarez");
    expect(roles).toContain("columnheader: Checking in");
    await expect(sidewaysScroll(page)).resolves.toBeLessThanOrEqual(0);
    await expectAccessible(page);
    await page.screenshot({ path: `${screenshots}/program-wide.png`, fullPage: true });
  });
});
