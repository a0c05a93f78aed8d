import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { run } from "../../src/cli/import-command.ts";
import { migrateToLatest, openDatabase } from "../../src/db/connection.ts";
import { recordImport } from "../../src/db/roster-store.ts";
import {
  noCounts,
  type Problem,
  type RosterReport,
} from "../../src/domain/roster/roster-report.ts";
import { fixture, sharedExport } from "../domain/roster/roster-fixtures.ts";
import { entriesOf, zipBytes } from "../domain/roster/write-zip.ts";
import { createTestApp, type TestApp } from "../support/app.ts";
import { dialects } from "../support/databases.ts";
import { createAdministrator, createDistrict, createTeacher } from "../support/factories.ts";

/*
 * The upload page: an administrator uploads an export (a .zip, or a folder's CSV files), is
 * sent to the import's report, and may import the valid rows of a refused export without
 * uploading it again.
 */

const riverside = fixture("small-district-1.1");
const badRows = fixture("bad-rows");

const zipFile = (folder: string, name: string) =>
  new File([new Uint8Array(zipBytes(entriesOf(folder)))], name, { type: "application/zip" });

const csvFiles = (folder: string) =>
  fs
    .readdirSync(folder)
    .map(
      (name) =>
        new File([fs.readFileSync(path.join(folder, name))], `${path.basename(folder)}/${name}`),
    );

function upload(files: File[]) {
  const body = new FormData();
  for (const file of files) body.append("files", file);

  return { method: "POST", body };
}

async function adminOf(testApp: TestApp) {
  const district = await createDistrict(testApp.db, { name: "Riverside" });
  const admin = await createAdministrator(testApp.db, { districtId: district.id });

  return { district, admin, cookie: await testApp.cookieFor(admin.id) };
}

async function storedReport(testApp: TestApp, importId: string): Promise<RosterReport> {
  const row = await testApp.db
    .selectFrom("roster_imports")
    .select("report")
    .where("id", "=", importId)
    .executeTakeFirstOrThrow();

  return JSON.parse(row.report);
}

const importIdOf = (response: Response) =>
  (response.headers.get("location") ?? "").replace("/roster/imports/", "");

/**
 * Runs `maps import --json` on a fresh SQLite data folder, as an operator would once the
 * district exists: the same district and administrator as adminOf makes for the upload page.
 */
async function cliReport(source: string) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "maps-cli-web-"));
  const handle = openDatabase({ dataDir });
  await migrateToLatest(handle);
  const district = await createDistrict(handle.db, { name: "Riverside" });
  await createAdministrator(handle.db, { districtId: district.id });
  await handle.close();
  const saved = { DATA_DIR: process.env.DATA_DIR, DATABASE_URL: process.env.DATABASE_URL };
  process.env.DATA_DIR = dataDir;
  delete process.env.DATABASE_URL;
  let stdout = "";
  const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  try {
    await run([source, "--json"]);
    return JSON.parse(stdout);
  } finally {
    spy.mockRestore();
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

describe.each(dialects)("the roster pages on %s", (dialect) => {
  let testApp: TestApp | undefined;
  afterEach(async () => {
    await testApp?.close();
    testApp = undefined;
  });

  it("an administrator uploads a zip and reads what was imported, with every warning", async () => {
    testApp = await createTestApp(dialect);
    const { cookie } = await adminOf(testApp);

    const form = await testApp.request("/roster", { cookie });
    const formPage = await form.text();
    expect(form.status).toBe(200);
    expect(formPage).toContain('enctype="multipart/form-data"');
    expect(formPage).toContain("data-upload-progress");
    expect(formPage).toMatch(/<progress [^>]*hidden/);
    expect(formPage).not.toMatch(/<script>|onclick=/);

    const posted = await testApp.request("/roster", {
      cookie,
      ...upload([zipFile(riverside, "riverside.zip")]),
    });
    expect(posted.status).toBe(303);
    expect(posted.headers.get("location")).toMatch(/^\/roster\/imports\/[0-9a-f-]{36}$/);

    const report = await testApp.request(posted.headers.get("location") ?? "", { cookie });
    const page = await report.text();
    expect(report.status).toBe(200);
    expect(page).toContain("The export was imported.");
    expect(page).toContain("<li>3 students</li>");
    expect(page).toContain("<li>2 family links</li>");
    expect(page).toContain("This file holds passwords.");

    const history = await (await testApp.request("/roster", { cookie })).text();
    expect(history).toContain(`href="/roster/imports/${importIdOf(posted)}">riverside.zip</a>`);
    expect(history).toContain("Imported");
  });

  it("the upload page and the command line give the same report for the same export", async () => {
    testApp = await createTestApp(dialect);
    const { cookie } = await adminOf(testApp);
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "maps-same-"));

    try {
      for (const folder of [
        sharedExport("catalyst-moodle-enrol_oneroster/v1p2_full_dataset"),
        badRows,
      ]) {
        const zipPath = path.join(scratch, `${path.basename(folder)}.zip`);
        fs.writeFileSync(zipPath, zipBytes(entriesOf(folder)));
        const fromCli = await cliReport(zipPath);

        const posted = await testApp.request("/roster", {
          cookie,
          ...upload([new File([fs.readFileSync(zipPath)], path.basename(zipPath))]),
        });
        const fromPage = await storedReport(testApp, importIdOf(posted));

        // The stored report also keeps each message's catalog key, to say it in any language.
        const asPrinted = (problems: Problem[]) =>
          problems.map(({ file, line, column, message }) => ({ file, line, column, message }));
        expect({
          imported: fromPage.imported,
          canImportValidRows: fromPage.canImportValidRows,
          ...fromPage.counts,
          warnings: asPrinted(fromPage.warnings),
          errors: asPrinted(fromPage.errors),
        }).toEqual(fromCli);
        // Without the <wbr> that lets a phone break long names, nor the cells' attributes.
        const page = (
          await (await testApp.request(`/roster/imports/${importIdOf(posted)}`, { cookie })).text()
        )
          .replaceAll("<wbr>", "")
          .replace(/<\/?bdi>/g, "")
          .replace(/<td [^>]*>/g, "<td>");
        for (const problem of [...fromPage.warnings, ...fromPage.errors].slice(0, 5)) {
          expect(page).toContain(`<td>${problem.file}</td>`);
        }
      }
    } finally {
      fs.rmSync(scratch, { recursive: true, force: true });
    }
  });

  it("a refused export shows every error, and its valid rows import without another upload", async () => {
    testApp = await createTestApp(dialect);
    const { cookie, district } = await adminOf(testApp);

    const posted = await testApp.request("/roster", { cookie, ...upload(csvFiles(badRows)) });
    const refusedId = importIdOf(posted);
    const refused = (
      await (await testApp.request(`/roster/imports/${refusedId}`, { cookie })).text()
    )
      .replaceAll("<wbr>", "")
      .replace(/<\/?bdi>/g, "")
      .replace(/<td [^>]*>/g, "<td>");

    expect(refused).toContain("Nothing was imported: the export has errors.");
    expect(refused).toContain("10 errors");
    expect(refused).toMatch(
      /<td>users\.csv<\/td>\s*<td>4<\/td>\s*<td>sourcedId<\/td>\s*<td>This value is required but empty\.<\/td>/,
    );
    expect(refused).toContain(`action="/roster/imports/${refusedId}/import-valid-rows"`);
    const stagedFolder = path.join(testApp.deps.config.dataDir, "staged-imports", refusedId);
    expect(fs.existsSync(stagedFolder)).toBe(true);
    expect(
      await testApp.db
        .selectFrom("people")
        .select("id")
        .where("district_id", "=", district.id)
        .execute(),
    ).toHaveLength(1);

    const valid = await testApp.request(`/roster/imports/${refusedId}/import-valid-rows`, {
      cookie,
      method: "POST",
    });
    expect(valid.status).toBe(303);
    const imported = await (
      await testApp.request(valid.headers.get("location") ?? "", { cookie })
    ).text();
    expect(imported).toContain(
      "The valid rows were imported; the rows with the errors below were left out.",
    );
    expect(imported).toContain("<li>1 student</li>");
    expect(fs.existsSync(stagedFolder)).toBe(false);
    // The history tells this import from one of a whole export.
    const history = await (await testApp.request("/roster", { cookie })).text();
    expect(history).toContain("Imported without the rows with errors<br>");
    expect(history).toMatch(/1 teacher, 1 student, and 2 enrollments/);
    const sources = await testApp.db
      .selectFrom("people")
      .select("source_id")
      .where("district_id", "=", district.id)
      .where("source_id", "is not", null)
      .orderBy("source_id")
      .execute();
    expect(sources).toEqual([{ source_id: "s-1" }, { source_id: "t-1" }]);

    const again = await testApp.request(`/roster/imports/${refusedId}/import-valid-rows`, {
      cookie,
      method: "POST",
    });
    expect(again.status).toBe(404);
    // The report answers: its valid rows are in, and where.
    expect(await again.text()).toContain("The valid rows of this export were imported since:");
  });

  it("the import history goes back page by page to the district's first import", async () => {
    const app = await createTestApp(dialect);
    testApp = app;
    const { cookie, district } = await adminOf(app);
    for (let day = 1; day <= 12; day += 1) {
      await recordImport(app.db, {
        id: randomUUID(),
        district_id: district.id,
        started_by: null,
        source_name: `export-${day}.zip`,
        status: day % 3 === 0 ? "refused" : "imported",
        report: JSON.stringify({ imported: true, counts: noCounts(), warnings: [], errors: [] }),
        created_at: `2026-11-${String(day).padStart(2, "0")}T15:04:00.000Z`,
      });
    }
    const page = async (query: string) => (await app.request(`/roster${query}`, { cookie })).text();
    const names = (html: string) => [...html.matchAll(/>(export-\d+\.zip)</g)].map((m) => m[1]);

    const first = await page("");
    const second = await page("?page=2");

    expect(names(first)).toHaveLength(10);
    expect(names(first)[0]).toBe("export-12.zip");
    expect(first).toContain('<a href="/roster?page=2" rel="next">Older imports</a>');
    expect(first).not.toContain("Newer imports");
    expect(names(second)).toEqual(["export-2.zip", "export-1.zip"]);
    expect(second).toContain('<a href="/roster?page=1" rel="prev">Newer imports</a>');
    expect(second).not.toContain("Older imports");
    // An address's page that is no page reads as the first.
    expect(names(await page("?page=banana"))).toEqual(names(first));
    expect(names(await page("?page=-3"))).toEqual(names(first));
    const past = await app.request("/roster?page=99", { cookie });
    expect([past.status, past.headers.get("location")]).toEqual([303, "/roster"]);
  });

  it("an old report's valid rows are refused once the district has a newer import", async () => {
    const app = await createTestApp(dialect);
    testApp = app;
    const { cookie, district } = await adminOf(app);
    const people = () =>
      app.db
        .selectFrom("people")
        .select(["source_id", "given_name", "active"])
        .where("district_id", "=", district.id)
        .orderBy("source_id")
        .execute();
    const records = () =>
      app.db
        .selectFrom("roster_imports")
        .select(["id", "status"])
        .where("district_id", "=", district.id)
        .orderBy("id")
        .execute();

    await testApp.request("/roster", { cookie, ...upload([zipFile(riverside, "older.zip")]) });
    const old = importIdOf(
      await testApp.request("/roster", { cookie, ...upload(csvFiles(badRows)) }),
    );
    await testApp.request("/roster", { cookie, ...upload([zipFile(riverside, "newer.zip")]) });
    const before = { people: await people(), records: await records() };

    const response = await testApp.request(`/roster/imports/${old}/import-valid-rows`, {
      cookie,
      method: "POST",
    });

    expect(response.status).toBe(409);
    const refusedPage = await response.text();
    expect(refusedPage).toContain("has imported a newer roster");
    // The refusal is the report's own page, with the way back to the roster.
    expect(refusedPage).toContain('<a href="/roster">');
    expect({ people: await people(), records: await records() }).toEqual(before);
    // Its report says so, rather than offering what would be refused.
    const report = await (await testApp.request(`/roster/imports/${old}`, { cookie })).text();
    expect(report).toContain("has imported a newer roster");
    expect(report).not.toContain(`action="/roster/imports/${old}/import-valid-rows"`);

    // An import older than the refused upload does not stand in its way.
    const recent = importIdOf(
      await testApp.request("/roster", { cookie, ...upload(csvFiles(badRows)) }),
    );
    const valid = await testApp.request(`/roster/imports/${recent}/import-valid-rows`, {
      cookie,
      method: "POST",
    });
    expect(valid.status).toBe(303);
    expect(await storedReport(testApp, importIdOf(valid))).toMatchObject({ imported: true });
  });

  it("a double-click on “Import the valid rows” imports them once", async () => {
    testApp = await createTestApp(dialect);
    const { cookie, district } = await adminOf(testApp);
    const posted = await testApp.request("/roster", { cookie, ...upload(csvFiles(badRows)) });
    const action = `/roster/imports/${importIdOf(posted)}/import-valid-rows`;

    const responses = await Promise.all([
      testApp.request(action, { cookie, method: "POST" }),
      testApp.request(action, { cookie, method: "POST" }),
    ]);

    expect(responses.map((response) => response.status).sort()).toEqual([303, 404]);
    const refused = responses.find((response) => response.status === 404);
    // The second answers with the report: its files taken by the first, or its rows in by then.
    expect(await refused?.text()).toMatch(/no longer kept|valid rows of this export were imported/);
    const imported = await testApp.db
      .selectFrom("roster_imports")
      .select("id")
      .where("district_id", "=", district.id)
      .where("status", "=", "imported")
      .execute();
    expect(imported).toHaveLength(1);
  });

  it("an upload that is not a zip, or not an export, gets a clear message and stores nothing", async () => {
    testApp = await createTestApp(dialect);
    const { cookie, district } = await adminOf(testApp);

    const fake = await testApp.request("/roster", {
      cookie,
      ...upload([new File(["just some text"], "roster.zip")]),
    });
    const fakePage = await (
      await testApp.request(fake.headers.get("location") ?? "", { cookie })
    ).text();
    // The file's name is set apart from the sentence, as every value in a report's message.
    expect(fakePage).toContain("<bdi>roster.zip</bdi> is not a zip archive");

    const climbing = new File(
      [
        new Uint8Array(
          zipBytes([...entriesOf(riverside), { name: "../evil.csv", data: Buffer.from("x") }]),
        ),
      ],
      "climbing.zip",
    );
    const climbed = await testApp.request("/roster", { cookie, ...upload([climbing]) });
    const climbedPage = await (
      await testApp.request(climbed.headers.get("location") ?? "", { cookie })
    ).text();
    expect(climbedPage).toContain(
      "holds an entry named “<bdi>../evil.csv</bdi>”, which points outside the export",
    );

    const noUsers = csvFiles(riverside).filter((file) => !file.name.endsWith("users.csv"));
    const missing = await testApp.request("/roster", { cookie, ...upload(noUsers) });
    const missingPage = await (
      await testApp.request(missing.headers.get("location") ?? "", { cookie })
    ).text();
    expect(missingPage).toContain(
      "The manifest lists this file as <bdi>bulk</bdi>, but the export does not have it.",
    );

    const picture = await testApp.request("/roster", {
      cookie,
      ...upload([new File(["x"], "photo.png")]),
    });
    expect(picture.status).toBe(422);
    expect(await picture.text()).toContain("photo.png is neither a .zip nor a .csv file.");

    const people = await testApp.db
      .selectFrom("people")
      .select("id")
      .where("district_id", "=", district.id)
      .execute();
    expect(people).toHaveLength(1);
  });

  it("an upload over 50 MB is refused with a clear message", async () => {
    testApp = await createTestApp(dialect);
    const { cookie } = await adminOf(testApp);

    const huge = new File([new Uint8Array(51 * 1024 * 1024)], "huge.zip");
    const response = await testApp.request("/roster", { cookie, ...upload([huge]) });

    expect(response.status).toBe(413);
    expect(await response.text()).toContain(
      "The upload is larger than 50 MB, the most the app takes.",
    );
    expect(fs.existsSync(path.join(testApp.deps.config.dataDir, "staged-imports"))).toBe(false);
  });

  it("a teacher cannot open the roster, and someone signed out is sent to sign in", async () => {
    testApp = await createTestApp(dialect);
    const { district } = await adminOf(testApp);
    const teacher = await createTeacher(testApp.db, { districtId: district.id });
    const cookie = await testApp.cookieFor(teacher.id);

    expect((await testApp.request("/roster", { cookie })).status).toBe(403);
    const posted = await testApp.request("/roster", {
      cookie,
      ...upload([zipFile(riverside, "r.zip")]),
    });
    expect(posted.status).toBe(403);
    const signedOut = await testApp.request("/roster");
    expect(signedOut.status).toBe(303);
    expect(signedOut.headers.get("location")).toBe("/sign-in?next=%2Froster");
  });

  it("an administrator of another district cannot read an import's report", async () => {
    testApp = await createTestApp(dialect);
    const first = await adminOf(testApp);
    const posted = await testApp.request("/roster", {
      cookie: first.cookie,
      ...upload([zipFile(riverside, "riverside.zip")]),
    });
    const other = await adminOf(testApp);

    const response = await testApp.request(`/roster/imports/${importIdOf(posted)}`, {
      cookie: other.cookie,
    });

    expect(response.status).toBe(404);
  });
});
