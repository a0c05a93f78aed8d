import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterEach, describe, expect, it } from "vitest";
import { exportWith, fixture, removeScratch } from "../domain/roster/roster-fixtures.ts";
import { expectAccessible, useRunningAppAndBrowser } from "../support/browser.ts";
import { pageSignedInAs } from "../support/browser-people.ts";
import { createAdministrator, createDistrict } from "../support/factories.ts";

const riverside = fixture("small-district-1.1");

const csvFilesOf = (folder: string) =>
  fs.readdirSync(folder).map((name) => path.join(folder, name));

/** One school's part of Riverside, its files still marked bulk, with an error in s-2's row. */
const oneSchoolsPart = () =>
  exportWith(riverside, {
    "users.csv": (text) =>
      text
        .replace(/^[sg]-[13],.*\n|^g-2,.*\n/gm, "")
        .replace("s-2,,,true,sch-1,student,", "s-2,,,true,sch-1,janitor,"),
    "enrollments.csv": (text) => text.replace(/^e-[245],.*\n/gm, ""),
  });

async function upload(page: Page, folder: string) {
  await page.goto(new URL("/roster", page.url()).toString());
  await page.getByLabel(/The export/).setInputFiles(csvFilesOf(folder));
  await page.getByRole("button", { name: "Check and import" }).click();
  await page.waitForURL(/\/roster\/imports\/[0-9a-f-]{36}$/);
}

describe("importing the valid rows of a refused bulk export in a browser", () => {
  const session = useRunningAppAndBrowser();
  afterEach(() => removeScratch());

  it("an administrator reads how many people and enrollments it would deactivate before clicking", async () => {
    const district = await createDistrict(session.running.deps.db);
    const admin = await createAdministrator(session.running.deps.db, { districtId: district.id });
    const page = await pageSignedInAs(session, { personId: admin.id, next: "/roster" });
    await upload(page, riverside);

    await upload(page, oneSchoolsPart());

    const form = page.locator("form", { has: page.getByRole("button", { name: /valid rows/ }) });
    await expect(form.getByRole("listitem").allTextContents()).resolves.toEqual([
      "4 people: 2 students and 2 family members (users.csv)",
      "3 enrollments (enrollments.csv)",
    ]);
    await expect(form.locator(".problem").textContent()).resolves.toContain(
      "that is more than half of the people the district has active from its roster (4 of 6)",
    );
    await expectAccessible(page);

    await form.getByRole("button", { name: /valid rows/ }).click();
    await page.waitForURL(/\/roster\/imports\/[0-9a-f-]{36}$/);
    const madeInactive = page.locator(".problem", { hasText: "no longer lists" });
    await expect(madeInactive.getByRole("listitem").allTextContents()).resolves.toEqual([
      "users.csv: 4 rows that earlier imports brought are not in this bulk file and were deactivated.",
      "enrollments.csv: 3 rows that earlier imports brought are not in this bulk file and were deactivated.",
    ]);
    await expectAccessible(page);
    await page.screenshot({ path: "test-results/roster-made-inactive.png", fullPage: true });
  });
});
