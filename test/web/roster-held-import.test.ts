import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { supportedLocales, translator } from "../../src/i18n/translate.ts";
import { type LargeDistrictEdits, largeDistrict } from "../domain/roster/large-district.ts";
import { removeScratch } from "../domain/roster/roster-fixtures.ts";
import { createTestApp, type TestApp } from "../support/app.ts";
import { dialects } from "../support/databases.ts";
import { createAdministrator, createDistrict } from "../support/factories.ts";

/*
 * An upload whose bulk files would make a large part of the district inactive is held: its
 * report says how much of what, and a button imports the kept upload with the confirmation.
 */

function upload(folder: string) {
  const body = new FormData();
  for (const name of fs.readdirSync(folder)) {
    body.append("files", new File([fs.readFileSync(path.join(folder, name))], `export/${name}`));
  }

  return { method: "POST", body };
}

/** The page's words, without its markup. */
const wordsOf = (page: string) =>
  page
    .replace(/<\/(p|li|div|td|th|h\d|button)>/g, " ")
    .replace(/<[^>]+>/g, "")
    .replace(/\s+/g, " ")
    .trim();

const post = { method: "POST" };

describe.each(dialects)("a held roster upload, on %s", (dialect) => {
  let testApp: TestApp | undefined;
  afterEach(async () => {
    await testApp?.close();
    testApp = undefined;
    removeScratch();
  });

  /** A district of 100 students imported, then an upload of another export of it. */
  async function districtThenUpload(edits: LargeDistrictEdits) {
    const app = await createTestApp(dialect);
    testApp = app;
    const district = await createDistrict(app.db, { name: "Riverside" });
    const admin = await createAdministrator(app.db, { districtId: district.id });
    const cookie = await app.cookieFor(admin.id);

    const first = await app.request("/roster", { cookie, ...upload(largeDistrict(100)) });
    expect(first.status).toBe(303);
    const posted = await app.request("/roster", { cookie, ...upload(largeDistrict(100, edits)) });
    expect(posted.status).toBe(303);
    const location = posted.headers.get("location") ?? "";
    const page = await (await app.request(location, { cookie })).text();

    return { app, cookie, location, page };
  }

  const activeStudents = async (app: TestApp) => {
    const rows = await app.db
      .selectFrom("people")
      .select("id")
      .where("role", "=", "student")
      .where("active", "=", 1)
      .execute();
    return rows.length;
  };

  it("a cut-short export is held, says what it makes inactive, offers to confirm", async () => {
    const { app, cookie, page } = await districtThenUpload({ listed: 30 });
    const words = wordsOf(page);

    expect(words).toContain(
      "Nothing was imported: this export would make a large part of the district inactive. " +
        "users.csv: 70 of the district’s 101 active people from its roster (70 students) " +
        "enrollments.csv: 70 of the district’s 101 active enrollments from its roster " +
        "Its files are marked bulk,",
    );
    expect(words).toContain("usually means a partial export (cut short, or one school’s)");
    expect(words).toContain("Import and make 70 people and 70 enrollments inactive");
    expect(page).toContain('aria-describedby="held-deactivates held-anyway"');
    expect(words).toContain("Import another export");
    expect(await activeStudents(app)).toBe(100);

    const history = wordsOf(await (await app.request("/roster", { cookie })).text());
    expect(history).toContain("Not imported: held to ask before making many rows inactive");
  });

  it("the confirmation imports the kept upload, and the held report then links to it", async () => {
    const { app, cookie, location } = await districtThenUpload({ listed: 30 });

    const confirmed = await app.request(`${location}/import-confirmed`, { cookie, ...post });

    expect(confirmed.status).toBe(303);
    const importedAt = confirmed.headers.get("location") ?? "";
    expect(importedAt).not.toBe(location);
    const report = wordsOf(await (await app.request(importedAt, { cookie })).text());
    expect(report).toContain("The export was imported.");
    expect(report).toContain(
      `users.csv: ${translator("en")("roster.report.unlisted", { count: 70 })}`,
    );
    expect(await activeStudents(app)).toBe(30);

    const held = await (await app.request(location, { cookie })).text();
    expect(wordsOf(held)).toContain("This export was imported since, with your confirmation:");
    expect(held).toContain(`href="${importedAt}"`);
    expect(held).not.toContain("import-confirmed");
    const again = await app.request(`${location}/import-confirmed`, { cookie, ...post });
    expect(again.status).toBe(404);
  });

  it("a held upload's valid rows cannot be asked for instead of its confirmation", async () => {
    const { app, cookie, location } = await districtThenUpload({ listed: 30 });

    const validRows = await app.request(`${location}/import-valid-rows`, { cookie, ...post });

    expect(validRows.status).toBe(404);
    expect(await activeStudents(app)).toBe(100);
    // Still kept for the confirmation the page offers.
    expect(await (await app.request(location, { cookie })).text()).toContain("import-confirmed");
  });

  it("a held upload older than the district's last import is not imported over it", async () => {
    const { app, cookie, location } = await districtThenUpload({ listed: 30 });
    const newer = await app.request("/roster", { cookie, ...upload(largeDistrict(100)) });
    expect(newer.status).toBe(303);

    const confirmed = await app.request(`${location}/import-confirmed`, { cookie, ...post });

    expect(confirmed.status).toBe(409);
    expect(wordsOf(await confirmed.text())).toContain(
      "This export was not imported: the district has imported a newer roster since it was " +
        "checked",
    );
    expect(await activeStudents(app)).toBe(100);
  });

  it("the valid rows' button names what it makes inactive when a hold would", async () => {
    const { app, cookie, location, page } = await districtThenUpload({ listed: 30, invalid: 7 });

    expect(wordsOf(page)).toContain("Nothing was imported: the export has errors.");
    expect(wordsOf(page)).toContain(
      "Import the valid rows and make 70 people and 70 enrollments inactive",
    );

    const imported = await app.request(`${location}/import-valid-rows`, { cookie, ...post });
    const report = wordsOf(
      await (await app.request(imported.headers.get("location") ?? "", { cookie })).text(),
    );
    expect(report).toContain("The valid rows were imported");
    expect(await activeStudents(app)).toBe(30);
  });

  it("a re-import says how many rows it made active again", async () => {
    const { app, cookie, location } = await districtThenUpload({ listed: 30 });
    await app.request(`${location}/import-confirmed`, { cookie, ...post });

    const back = await app.request("/roster", { cookie, ...upload(largeDistrict(100)) });
    const report = wordsOf(
      await (await app.request(back.headers.get("location") ?? "", { cookie })).text(),
    );

    expect(report).toContain(
      "Rows that were inactive and that this export lists again: users.csv: 70 rows that were " +
        "inactive are listed again and were made active again. enrollments.csv: 70 rows",
    );
  });

  it.each(supportedLocales)("the held report and its button read in %s", async (locale) => {
    const { app, cookie, location } = await districtThenUpload({ listed: 30 });
    const t = translator(locale);

    const page = await (await app.request(`${location}?lang=${locale}`, { cookie })).text();
    const words = wordsOf(page);

    expect(words).toContain(t("roster.report.held"));
    expect(words).toContain(t("roster.report.heldWhy"));
    expect(words).toContain(t("roster.report.heldAnyway"));
    expect(words).toContain(t("roster.report.heldEnrollments", { count: 70, active: 101 }));
    const rows = new Intl.ListFormat(locale, { type: "conjunction" }).format([
      t("roster.count.people", { count: 70 }),
      t("roster.count.enrollments", { count: 70 }),
    ]);
    expect(words).toContain(t("roster.report.heldConfirm", { rows }));
    if (locale !== "en") expect(words).not.toContain("Import and make");
  });
});
