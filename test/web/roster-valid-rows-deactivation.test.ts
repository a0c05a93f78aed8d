import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { RosterReport } from "../../src/domain/roster/roster-report.ts";
import { supportedLocales, translator } from "../../src/i18n/translate.ts";
import { exportWith, fixture, removeScratch } from "../domain/roster/roster-fixtures.ts";
import { createTestApp, type TestApp } from "../support/app.ts";
import { dialects } from "../support/databases.ts";
import { createAdministrator, createDistrict } from "../support/factories.ts";

/*
 * Before an administrator imports the valid rows of a refused bulk export, the report says how
 * many people, classes and enrollments that would deactivate, and warns when it is most of them.
 */

const riverside = fixture("small-district-1.1");

function filesOf(folder: string) {
  return fs
    .readdirSync(folder)
    .map((name) => new File([fs.readFileSync(path.join(folder, name))], `riverside/${name}`));
}

function upload(folder: string) {
  const body = new FormData();
  for (const file of filesOf(folder)) body.append("files", file);

  return { method: "POST", body };
}

/** The page's words, without its markup. */
const wordsOf = (page: string) =>
  page
    .replace(/<\/(p|li|div|td|th|h\d)>/g, " ")
    .replace(/<[^>]+>/g, "")
    .replace(/\s+/g, " ")
    .trim();

const janitor = (text: string) =>
  text.replace("s-2,,,true,sch-1,student,", "s-2,,,true,sch-1,janitor,");

/** Without s-3, g-2, c-2 and c-2's enrollments; s-2's row (and so e-3) has errors. */
const withoutSome = {
  "users.csv": (text: string) => janitor(text.replace(/^s-3,.*\n/m, "").replace(/^g-2,.*\n/m, "")),
  "classes.csv": (text: string) => text.replace(/^c-2,.*\n/m, ""),
  "enrollments.csv": (text: string) => text.replace(/^e-[45],.*\n/gm, ""),
};

/** Only t-1 and s-2 (with errors) of the people, e-1 and e-3 of the enrollments. */
const withoutMost = {
  "users.csv": (text: string) => janitor(text.replace(/^[sg]-[13],.*\n|^g-2,.*\n/gm, "")),
  "enrollments.csv": (text: string) => text.replace(/^e-[245],.*\n/gm, ""),
};

describe.each(dialects)("what importing the valid rows would deactivate, on %s", (dialect) => {
  let testApp: TestApp | undefined;
  afterEach(async () => {
    await testApp?.close();
    testApp = undefined;
    removeScratch();
  });

  async function riversideThenRefused(edits: Parameters<typeof exportWith>[1]) {
    const app = await createTestApp(dialect);
    testApp = app;
    const district = await createDistrict(app.db, { name: "Riverside" });
    const admin = await createAdministrator(app.db, { districtId: district.id });
    const cookie = await app.cookieFor(admin.id);

    const first = await app.request("/roster", { cookie, ...upload(riverside) });
    expect(first.status).toBe(303);
    const posted = await app.request("/roster", {
      cookie,
      ...upload(exportWith(riverside, edits)),
    });
    const location = posted.headers.get("location") ?? "";
    const page = await (await app.request(location, { cookie })).text();

    return { app, cookie, location, page };
  }

  it("a refused bulk export says how many people, classes and enrollments it would deactivate", async () => {
    const { app, cookie, location, page } = await riversideThenRefused(withoutSome);
    const words = wordsOf(page);

    expect(words).toContain("Nothing was imported: the export has errors.");
    expect(words).toContain(
      "These files are marked bulk, so each is read as the whole district’s list: importing " +
        "their valid rows also deactivates what earlier imports brought that they leave out. " +
        "Nobody is deleted, and an export that lists them again brings them back. It would " +
        "deactivate: 2 people: 1 student and 1 family member (users.csv) 1 class (classes.csv) " +
        "2 enrollments (enrollments.csv) Import the valid rows",
    );
    expect(words).not.toContain("Look before you import");
    expect(page).toMatch(/<button type="submit" aria-describedby="[^"]*import-valid-deactivates"/);

    const imported = await app.request(`${location}/import-valid-rows`, {
      cookie,
      method: "POST",
    });
    const report = wordsOf(
      await (await app.request(imported.headers.get("location") ?? "", { cookie })).text(),
    );
    const unlisted = (file: string, count: number) =>
      `${file} — — ${translator("en")("roster.report.unlisted", { count })}`;
    expect(report).toContain(unlisted("users.csv", 2));
    expect(report).toContain(unlisted("classes.csv", 1));
    expect(report).toContain(unlisted("enrollments.csv", 2));
  });

  it("an export that would deactivate most of the district warns before its valid rows import", async () => {
    const { page } = await riversideThenRefused(withoutMost);
    const words = wordsOf(page);

    expect(words).toContain(
      "It would deactivate: 4 people: 2 students and 2 family members (users.csv) " +
        "3 enrollments (enrollments.csv)",
    );
    expect(words).toContain(
      "Look before you import: that is more than half of the people the district has active " +
        "from its roster (4 of 6). Look before you import: that is more than half of the " +
        "enrollments the district has active from its roster (3 of 5). If this export is for " +
        "one school, mark its files delta in manifest.csv and upload it again.",
    );
  });

  it("a refused export that would deactivate nothing says nothing of it", async () => {
    const { page } = await riversideThenRefused({ "users.csv": janitor });

    expect(wordsOf(page)).toContain("Import the valid rows");
    expect(page).not.toContain("import-valid-deactivates");
    expect(wordsOf(page)).not.toContain("It would deactivate");
  });

  it.each(supportedLocales)("the counts and the warning read in %s", async (locale) => {
    const { app, cookie, location } = await riversideThenRefused(withoutMost);
    const t = translator(locale);

    const words = wordsOf(
      await (await app.request(`${location}?lang=${locale}`, { cookie })).text(),
    );

    expect(words).toContain(t("roster.report.wouldDeactivate"));
    expect(words).toContain(t("roster.count.enrollments", { count: 3 }));
    expect(words).toContain(t("roster.count.guardians", { count: 2 }));
    expect(words).toContain(
      t("roster.report.deactivatesMost", { kind: "users", count: 4, active: 6 }),
    );
    expect(words).toContain(t("roster.report.oneSchool"));
    if (locale !== "en") expect(words).not.toContain("It would deactivate");
  });

  it("a report stored before these counts were kept still shows its button alone", async () => {
    const { app, cookie, location } = await riversideThenRefused(withoutSome);
    const importId = location.split("/").pop() ?? "";
    const stored = await app.db
      .selectFrom("roster_imports")
      .select("report")
      .where("id", "=", importId)
      .executeTakeFirstOrThrow();
    const { wouldDeactivate, ...older } = JSON.parse(stored.report) as RosterReport;
    expect(wouldDeactivate).toHaveLength(3);
    await app.db
      .updateTable("roster_imports")
      .set({ report: JSON.stringify(older) })
      .where("id", "=", importId)
      .execute();

    const page = await (await app.request(location, { cookie })).text();

    expect(wordsOf(page)).toContain("Import the valid rows");
    expect(wordsOf(page)).not.toContain("It would deactivate");
  });
});
