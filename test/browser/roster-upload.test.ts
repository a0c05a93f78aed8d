import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { recordImport } from "../../src/db/roster-store.ts";
import { noCounts, type RosterReport } from "../../src/domain/roster/roster-report.ts";
import { fixture } from "../domain/roster/roster-fixtures.ts";
import { expectAccessible, useRunningAppAndBrowser } from "../support/browser.ts";
import { pageSignedInAs, phoneWindow } from "../support/browser-people.ts";
import { createAdministrator, createDistrict, createSchool } from "../support/factories.ts";
import { brokenWords, sidewaysScroll, tableRoles } from "../support/phone-layout.ts";

const csvFilesOf = (folder: string) =>
  fs.readdirSync(folder).map((name) => path.join(folder, name));

/** An export whose warnings are on line 1074 of users.csv and in enrollments.csv. */
const longExtraName =
  "Riverbend_Unified_School_District_2026_2027_supplementary_demographics_extract_for_the_team";

function longExport() {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "maps-long-export-"));
  for (const name of ["manifest.csv", "orgs.csv"]) {
    fs.copyFileSync(path.join(fixture("bad-rows"), name), path.join(folder, name));
  }
  const header = (file: string) =>
    fs.readFileSync(path.join(fixture("bad-rows"), file), "utf8").split("\n")[0];
  const students = Array.from({ length: 1072 }, (_, index) => {
    const n = index + 1;
    // An id of 190 characters with no break in it, as some systems make theirs.
    const agent = n === 1072 ? `g-${"4".repeat(188)}` : "";
    return `s-${n},,,true,sch-1,student,student${n},,Sam,Student${n},,,,,,${agent},07,`;
  });
  const files = {
    "users.csv": [header("users.csv"), "t-1,,,true,sch-1,teacher,tokafor,,Tamara,Okafor,,,,,,,,"]
      .concat(students)
      .join("\n"),
    "classes.csv": `${header("classes.csv")}\nc-1,,,Math 7A,07,crs-1,M7A,scheduled,,sch-1,,,,`,
    "enrollments.csv": `${header("enrollments.csv")}\ne-1,,,c-1,sch-1,t-1,student,false,,`,
  };
  for (const [name, text] of Object.entries(files)) {
    fs.writeFileSync(path.join(folder, name), `${text}\n`);
  }
  // A file the import does not read, named as district exports name their extras.
  fs.writeFileSync(path.join(folder, `${longExtraName}.csv`), "id,value\n1,2\n");
  return folder;
}

/** How many lines a cell's text takes, and how many of its words are split across two. */
function layoutOf(cell: Locator) {
  return cell.evaluate((element) => {
    const lineTops = (node: Node) => {
      const range = document.createRange();
      range.selectNodeContents(node);
      const rects = Array.from(range.getClientRects()).filter((rect) => rect.width > 0);
      return new Set(rects.map((rect) => Math.round(rect.top))).size;
    };
    const words = Array.from(element.childNodes).filter((node) => node.nodeType === Node.TEXT_NODE);

    return {
      lines: lineTops(element),
      splitWords: words.filter((word) => lineTops(word) > 1).length,
    };
  });
}

/**
 * The lines a cell's text takes, and the words the browser broke across two of them: measured on
 * the text alone, as the boxes of elements around it may sit a pixel or two off its lines.
 */
function textLayoutOf(cell: Locator) {
  return cell.evaluate((element) => {
    const linesOf = (range: Range) => {
      const rects = Array.from(range.getClientRects()).filter((rect) => rect.width > 0);
      return rects.map((rect) => Math.round(rect.top));
    };
    const lines = new Set<number>();
    const brokenWords: string[] = [];
    const texts = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let text = texts.nextNode(); text; text = texts.nextNode()) {
      for (const word of (text.textContent ?? "").matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(text, word.index ?? 0);
        range.setEnd(text, (word.index ?? 0) + word[0].length);
        const tops = linesOf(range);
        for (const top of tops) lines.add(top);
        if (new Set(tops).size > 1) brokenWords.push(word[0]);
      }
    }

    return { lines: lines.size, brokenWords };
  });
}

/** What the upload form's live region says now; nothing when it has no live region. */
const uploadStatus = (page: Page) =>
  page.evaluate(
    () => document.querySelector("form[data-upload-progress] [role=status]")?.textContent ?? "",
  );

describe("importing a roster in a browser", () => {
  const session = useRunningAppAndBrowser();

  async function administratorPage(): Promise<Page> {
    const district = await createDistrict(session.running.deps.db);
    const admin = await createAdministrator(session.running.deps.db, { districtId: district.id });

    return pageSignedInAs(session, { personId: admin.id, next: "/roster" });
  }

  it("an administrator uploads a folder's CSV files, watches the upload and reads the report", async () => {
    const page = await administratorPage();
    await expectAccessible(page);

    await page.getByLabel(/The export/).setInputFiles(csvFilesOf(fixture("small-district-1.1")));
    const uploading = page.waitForRequest((request) => request.method() === "POST");
    await page.getByRole("button", { name: "Check and import" }).click();
    // public/app.js sends the form itself, to show the upload's progress.
    expect((await uploading).resourceType()).toBe("xhr");
    await page.waitForURL(/\/roster\/imports\/[0-9a-f-]{36}$/);

    await expect(page.getByRole("status").textContent()).resolves.toContain(
      "The export was imported.",
    );
    await expect(page.getByRole("listitem").allTextContents()).resolves.toContain("3 students");
    await expectAccessible(page);
  });

  it("an administrator is told the export is being checked and cannot send it twice", async () => {
    const page = await administratorPage();
    // The server's answer is held back, as a large district's check and import would hold it:
    // paused once it comes, after every byte was sent (page.route would hold the bytes too).
    const devtools = await page.context().newCDPSession(page);
    await devtools.send("Fetch.enable", {
      patterns: [{ urlPattern: "*/roster", requestStage: "Response" }],
    });
    const answered = new Promise<string>((resolve) => {
      devtools.on("Fetch.requestPaused", (paused) => resolve(paused.requestId));
    });
    const sendOn = async () => {
      await devtools.send("Fetch.continueRequest", { requestId: await answered });
    };

    await page.getByLabel(/The export/).setInputFiles(csvFilesOf(fixture("small-district-1.1")));
    // The live region is on the page before it says anything, so screen readers follow it.
    await expect(page.locator("form[data-upload-progress] [role=status]").count()).resolves.toBe(1);
    const button = page.getByRole("button", { name: "Check and import" });
    await button.click();

    await expect
      .poll(() => uploadStatus(page), { timeout: 10_000 })
      .toContain("The export is uploaded and is being checked and imported.");
    await expect(uploadStatus(page)).resolves.toContain("can take a minute");
    await expect(button.isDisabled()).resolves.toBe(true);
    const working = page.getByRole("progressbar", { name: "Checking and importing" });
    await expect(working.isVisible()).resolves.toBe(true);
    await expectAccessible(page);

    await sendOn();
    await page.waitForURL(/\/roster\/imports\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("status").textContent()).resolves.toContain(
      "The export was imported.",
    );
  });

  it("an upload cut off on its way can be sent again", async () => {
    const page = await administratorPage();
    await page.route("**/roster", (route) =>
      route.request().method() === "POST" ? route.abort("connectionreset") : route.continue(),
    );

    await page.getByLabel(/The export/).setInputFiles(csvFilesOf(fixture("small-district-1.1")));
    const button = page.getByRole("button", { name: "Check and import" });
    await button.click();

    await expect
      .poll(() => uploadStatus(page), { timeout: 10_000 })
      .toContain("The upload did not go through.");
    await expect(button.isEnabled()).resolves.toBe(true);
    await expect(page.locator("form progress").isHidden()).resolves.toBe(true);
    await expectAccessible(page);

    await page.unroute("**/roster");
    await button.click();
    await page.waitForURL(/\/roster\/imports\/[0-9a-f-]{36}$/);
  });

  it("an administrator imports the valid rows of a refused export without uploading again", async () => {
    const page = await administratorPage();

    await page.getByLabel(/The export/).setInputFiles(csvFilesOf(fixture("bad-rows")));
    await page.getByRole("button", { name: "Check and import" }).click();
    await page.waitForURL(/\/roster\/imports\//);
    await expect(page.getByRole("alert").textContent()).resolves.toContain("Nothing was imported");
    await expectAccessible(page);
    // The report is kept by message key: a reader in Spanish reads its errors in Spanish.
    const report = page.url();
    await page.goto(`${report}?lang=es`);
    await expect(page.locator("#errors-heading + div").textContent()).resolves.toContain(
      "«janitor» no es ninguno de estos",
    );
    await expectAccessible(page);
    await page.goto(`${report}?lang=en`);

    await page.getByRole("button", { name: "Import the valid rows" }).click();
    await page.waitForURL((url) => !url.pathname.endsWith("/import-valid-rows"));

    await expect(page.getByRole("status").textContent()).resolves.toContain(
      "The valid rows were imported; the rows with the errors below were left out.",
    );
  });

  it("a report keeps line numbers and file names whole on a desktop and fits a phone", async () => {
    const district = await createDistrict(session.running.deps.db);
    const admin = await createAdministrator(session.running.deps.db, { districtId: district.id });
    const desktop = { viewport: { width: 1280, height: 900 } };
    const page = await pageSignedInAs(session, {
      personId: admin.id,
      next: "/roster",
      window: desktop,
    });
    const folder = longExport();
    try {
      await page.getByLabel(/The export/).setInputFiles(csvFilesOf(folder));
      await page.getByRole("button", { name: "Check and import" }).click();
      await page.waitForURL(/\/roster\/imports\/[0-9a-f-]{36}$/);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
    // By text: <wbr> changes how Chromium and Playwright name a cell, each in its own way.
    const cells = (on: Page) => ({
      line: on.locator("td").filter({ hasText: /^1074$/ }),
      file: on.locator("td").filter({ hasText: /^enrollments\.csv$/ }),
      column: on.locator("td").filter({ hasText: /^agentSourcedIds$/ }),
    });

    for (const cell of Object.values(cells(page))) {
      await expect(layoutOf(cell)).resolves.toEqual({ lines: 1, splitWords: 0 });
    }
    // The long extra file's name wraps at its underscores and leaves the message room to read.
    const extraRow = page.locator("tr").filter({ hasText: "supplementary" });
    const messageWidth = await extraRow
      .locator("td")
      .last()
      .evaluate((cell) => cell.clientWidth);
    expect(messageWidth).toBeGreaterThan(250);
    // The long id in its message wraps: nothing pushes the desktop's report sideways.
    const sideways = await page.evaluate(() =>
      Array.from(document.querySelectorAll("table"), (table) => {
        const region = table.parentElement as HTMLElement;
        return region.scrollWidth - region.clientWidth;
      }),
    );
    expect(sideways.every((pixels) => pixels <= 0)).toBe(true);

    const phone = await pageSignedInAs(session, {
      personId: admin.id,
      next: new URL(page.url()).pathname,
      window: phoneWindow,
    });
    await expect(layoutOf(cells(phone).line)).resolves.toEqual({ lines: 1, splitWords: 0 });
    for (const cell of [cells(phone).file, cells(phone).column]) {
      await expect(layoutOf(cell)).resolves.toMatchObject({ splitWords: 0 });
    }
    const overflow = await phone.evaluate(() => [
      document.documentElement.scrollWidth - document.documentElement.clientWidth,
      ...Array.from(document.querySelectorAll("table")).map((table) => {
        const region = table.parentElement as HTMLElement;
        return region.scrollWidth - region.clientWidth;
      }),
    ]);
    expect(overflow.every((pixels) => pixels <= 0)).toBe(true);
    await expectAccessible(phone);
  });

  it("on a phone, each problem of a report is a card and userSourcedId reads whole", async () => {
    const district = await createDistrict(session.running.deps.db);
    const admin = await createAdministrator(session.running.deps.db, { districtId: district.id });
    const page = await pageSignedInAs(session, {
      personId: admin.id,
      next: "/roster",
      window: { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true },
    });
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "maps-bad-rows-"));
    try {
      fs.cpSync(fixture("bad-rows"), folder, { recursive: true });
      fs.writeFileSync(path.join(folder, `${longExtraName}.csv`), "id,value\n1,2\n");
      await page.getByLabel(/The export/).setInputFiles(csvFilesOf(folder));
      await page.getByRole("button", { name: "Check and import" }).click();
      await page.waitForURL(/\/roster\/imports\/[0-9a-f-]{36}$/);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }

    // File and column names keep one line beside their column's name; only the long one wraps.
    const names = page.locator("table.problems td:is(:nth-child(1), :nth-child(3))");
    const columns = await names.filter({ hasText: /SourcedId$/ }).allTextContents();
    expect(columns).toEqual(expect.arrayContaining(["userSourcedId", "classSourcedId"]));
    for (const cell of await names.all()) {
      const long = await cell.evaluate((element) => element.classList.contains("long-name"));
      const { lines } = await textLayoutOf(cell);
      if (long) expect(lines).toBeGreaterThan(1);
      else expect(lines, (await cell.textContent()) ?? "").toBe(1);
    }
    await expect(brokenWords(page.locator("table.problems :is(th, td)"))).resolves.toEqual([]);
    await expect(sidewaysScroll(page)).resolves.toBeLessThanOrEqual(0);
    const roles = await tableRoles(page);
    expect(roles).toContain("columnheader: Column");
    expect(roles).toContain("cell: This value is required but empty.");
    await expectAccessible(page);
  });

  it("on a phone, the list of imports keeps its When heading and dates whole beside a long name", async () => {
    const { db } = session.running.deps;
    const district = await createDistrict(db);
    const school = await createSchool(db, { districtId: district.id, timeZone: "America/Chicago" });
    const admin = await createAdministrator(db, { districtId: district.id, schoolId: school.id });
    const report: RosterReport = {
      imported: true,
      counts: {
        ...noCounts(),
        classes: 312,
        teachers: 95,
        students: 4210,
        administrators: 3,
        enrollments: 16840,
      },
      warnings: [],
      errors: [],
      canImportValidRows: false,
    };
    for (const day of [16, 17, 18, 19]) {
      await recordImport(db, {
        id: randomUUID(),
        district_id: district.id,
        started_by: admin.id,
        source_name: day % 2 === 0 ? `${longExtraName}.zip` : "oneroster.zip",
        status: "imported",
        report: JSON.stringify(report),
        created_at: `2026-11-${day}T15:04:00.000Z`,
      });
    }

    const page = await pageSignedInAs(session, {
      personId: admin.id,
      next: "/roster",
      window: { viewport: { width: 360, height: 800 }, isMobile: true },
    });
    const whenColumn = page.locator("table.imports tr > :first-child");
    await expect(whenColumn.count()).resolves.toBe(5);
    for (const cell of await whenColumn.all()) {
      await expect(textLayoutOf(cell)).resolves.toMatchObject({ brokenWords: [] });
    }
    // The date may wrap between its words, once: "Nov 19, 2026," above "9:04 AM CST".
    const dates = page.locator("table.imports td:first-child");
    await expect(dates.first().textContent()).resolves.toBe("Nov 19, 2026, 9:04 AM CST");
    for (const date of await dates.all()) {
      const { lines } = await textLayoutOf(date);
      expect(lines).toBeLessThanOrEqual(2);
    }
    // The export's long name wraps instead, and nothing pushes the page sideways.
    const longName = page.locator("table.imports td").filter({ hasText: "supplementary" }).first();
    const { lines: nameLines } = await textLayoutOf(longName);
    expect(nameLines).toBeGreaterThan(2);
    const overflow = await page.evaluate(() => {
      const region = document.querySelector("table.imports")?.parentElement as HTMLElement;
      return [
        document.documentElement.scrollWidth - document.documentElement.clientWidth,
        region.scrollWidth - region.clientWidth,
      ];
    });
    expect(overflow.every((pixels) => pixels <= 0)).toBe(true);
    await expectAccessible(page);
  });

  it("an upload refused before its check shows the reason on the same page", async () => {
    const page = await administratorPage();

    await page.getByLabel(/The export/).setInputFiles({
      name: "photo.png",
      mimeType: "image/png",
      buffer: Buffer.from("not an export"),
    });
    await page.getByRole("button", { name: "Check and import" }).click();

    await expect(page.getByRole("alert").textContent()).resolves.toContain(
      "photo.png is neither a .zip nor a .csv file.",
    );
    await expectAccessible(page);
  });
});
