import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { fixture } from "../domain/roster/roster-fixtures.ts";
import { expectAccessible, useRunningAppAndBrowser } from "../support/browser.ts";
import { pageSignedInAs } from "../support/browser-people.ts";
import { createAdministrator, createDistrict } from "../support/factories.ts";

const csvFilesOf = (folder: string) =>
  fs.readdirSync(folder).map((name) => path.join(folder, name));

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

  it("an administrator imports the valid rows of a refused export without uploading again", async () => {
    const page = await administratorPage();

    await page.getByLabel(/The export/).setInputFiles(csvFilesOf(fixture("bad-rows")));
    await page.getByRole("button", { name: "Check and import" }).click();
    await page.waitForURL(/\/roster\/imports\//);
    await expect(page.getByRole("alert").textContent()).resolves.toContain("Nothing was imported");
    await expectAccessible(page);

    await page.getByRole("button", { name: "Import the valid rows" }).click();
    await page.waitForURL((url) => !url.pathname.endsWith("/import-valid-rows"));

    await expect(page.getByRole("status").textContent()).resolves.toContain(
      "The export was imported.",
    );
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
