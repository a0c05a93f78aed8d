import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterEach, describe, expect, it } from "vitest";
import { largeDistrict } from "../domain/roster/large-district.ts";
import { removeScratch } from "../domain/roster/roster-fixtures.ts";
import { expectAccessible, useRunningAppAndBrowser } from "../support/browser.ts";
import { pageSignedInAs } from "../support/browser-people.ts";
import { createAdministrator, createDistrict } from "../support/factories.ts";

const unlisted70 =
  "70 rows that earlier imports brought are not in this bulk file and were deactivated.";

const csvFilesOf = (folder: string) =>
  fs.readdirSync(folder).map((name) => path.join(folder, name));

async function upload(page: Page, folder: string) {
  await page.goto(new URL("/roster", page.url()).toString());
  await page.getByLabel(/The export/).setInputFiles(csvFilesOf(folder));
  await page.getByRole("button", { name: "Check and import" }).click();
  await page.waitForURL(/\/roster\/imports\/[0-9a-f-]{36}$/);
}

describe("a roster upload held before it makes much of the district inactive, in a browser", () => {
  const session = useRunningAppAndBrowser();
  afterEach(() => removeScratch());

  it("an administrator reads what a cut-short export leaves out, then confirms it", async () => {
    const district = await createDistrict(session.running.deps.db);
    const admin = await createAdministrator(session.running.deps.db, { districtId: district.id });
    const page = await pageSignedInAs(session, { personId: admin.id, next: "/roster" });
    await upload(page, largeDistrict(100));

    await upload(page, largeDistrict(100, { listed: 30 }));

    const held = page.getByRole("alert");
    await expect(held.locator("strong").textContent()).resolves.toBe(
      "Nothing was imported: this export would make a large part of the district inactive.",
    );
    await expect(held.getByRole("listitem").allTextContents()).resolves.toEqual([
      "users.csv: 70 of the district’s 101 active people from its roster (70 students)",
      "enrollments.csv: 70 of the district’s 101 active enrollments from its roster",
    ]);
    const confirm = page.getByRole("button", {
      name: "Import and make 70 people and 70 enrollments inactive",
    });
    await expect(confirm.isVisible()).resolves.toBe(true);
    await expect(page.getByRole("link", { name: "Import another export" }).count()).resolves.toBe(
      1,
    );
    await expectAccessible(page);
    await page.screenshot({ path: "test-results/roster-held-import.png", fullPage: true });

    await confirm.click();
    await page.waitForURL(/\/roster\/imports\/[0-9a-f-]{36}$/);
    await expect(page.locator(".notice").textContent()).resolves.toBe("The export was imported.");
    const madeInactive = page.locator(".problem", { hasText: "no longer lists" });
    await expect(madeInactive.getByRole("listitem").allTextContents()).resolves.toEqual([
      `users.csv: ${unlisted70}`,
      `enrollments.csv: ${unlisted70}`,
    ]);
    await expectAccessible(page);

    await page.goto(new URL("/roster", page.url()).toString());
    const history = page.locator("table.imports tbody tr");
    await expect(history.nth(1).textContent()).resolves.toContain(
      "Not imported: held to ask before making many rows inactive",
    );
    await expectAccessible(page);
  });
});
