import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { noCounts } from "../../src/domain/roster/roster-report.ts";
import { fixture } from "../domain/roster/roster-fixtures.ts";
import { createTestApp, type TestApp } from "../support/app.ts";
import { dialects } from "../support/databases.ts";
import { createAdministrator, createDistrict } from "../support/factories.ts";

/*
 * What an import's report says about its warnings: the heading fits whether the export was
 * imported, and a guardian whose student's row has errors is imported without the family link.
 */

const badRows = fixture("bad-rows");

/** bad-rows (s-2 has the role janitor, an error) with a guardian of s-2 and one of s-1. */
function exportWithGuardians() {
  return fs.readdirSync(badRows).map((name) => {
    let text = fs.readFileSync(path.join(badRows, name), "utf8");
    if (name === "users.csv") {
      text +=
        "g-2,,,true,sch-1,parent,gpark,,Grace,Park,,,grace.park@riverside.example,,,s-2,,\n" +
        "g-1,,,true,sch-1,parent,hnguyen,,Hoa,Nguyen,,,hoa.nguyen@riverside.example,,,s-1,,\n";
    }
    return new File([text], `bad-rows/${name}`);
  });
}

function upload(files: File[]) {
  const body = new FormData();
  for (const file of files) body.append("files", file);

  return { method: "POST", body };
}

/**
 * The report page's text, without the break opportunities it offers a phone in long names, the
 * isolates around the values in messages, and the cells' attributes (their names and roles for
 * a phone's cards).
 */
async function reportPage(testApp: TestApp, location: string, cookie: string) {
  return (await (await testApp.request(location, { cookie })).text())
    .replaceAll("<wbr>", "")
    .replace(/<\/?bdi>/g, "")
    .replace(/<td [^>]*>/g, "<td>");
}

/** A report as an older version of the app stored it, straight into the import history. */
async function storeOlderReport(
  app: TestApp,
  districtId: string,
  status: "imported" | "refused",
  report: object,
) {
  const id = randomUUID();
  await app.db
    .insertInto("roster_imports")
    .values({
      id,
      district_id: districtId,
      started_by: null,
      source_name: "older-export",
      status,
      report: JSON.stringify(report),
      created_at: "2025-09-01T12:00:00.000Z",
    })
    .execute();

  return id;
}

describe.each(dialects)("an import's report on %s", (dialect) => {
  let testApp: TestApp | undefined;
  afterEach(async () => {
    await testApp?.close();
    testApp = undefined;
  });

  async function refusedAndThenImported() {
    const app = await createTestApp(dialect);
    testApp = app;
    const district = await createDistrict(app.db, { name: "Riverside" });
    const admin = await createAdministrator(app.db, { districtId: district.id });
    const cookie = await app.cookieFor(admin.id);

    const posted = await app.request("/roster", { cookie, ...upload(exportWithGuardians()) });
    const location = posted.headers.get("location") ?? "";
    const refused = await reportPage(app, location, cookie);
    const valid = await app.request(`${location}/import-valid-rows`, { cookie, method: "POST" });
    expect(valid.status).toBe(303);
    const importedAt = valid.headers.get("location") ?? "";
    const imported = await reportPage(app, importedAt, cookie);

    return { app, district, refused, imported, location, importedAt, cookie };
  }

  it("an export that leaves most people out says at its top what it made inactive", async () => {
    const app = await createTestApp(dialect);
    testApp = app;
    const district = await createDistrict(app.db, { name: "Riverside" });
    const admin = await createAdministrator(app.db, { districtId: district.id });
    const cookie = await app.cookieFor(admin.id);
    const riverside = fixture("small-district-1.1");
    const filesOf = (cut: boolean) =>
      fs.readdirSync(riverside).map((name) => {
        let text = fs.readFileSync(path.join(riverside, name), "utf8");
        // Cut short after the teacher and the first student, as a truncated export would be.
        if (cut && name === "users.csv") text = `${text.split("\n").slice(0, 3).join("\n")}\n`;
        return new File([text], `riverside/${name}`);
      });
    const first = await app.request("/roster", { cookie, ...upload(filesOf(false)) });
    const whole = await reportPage(app, first.headers.get("location") ?? "", cookie);
    expect(whole).not.toContain("no longer lists were made inactive");

    const posted = await app.request("/roster", { cookie, ...upload(filesOf(true)) });
    const page = await reportPage(app, posted.headers.get("location") ?? "", cookie);

    const top = page.slice(page.indexOf('role="status"'), page.indexOf("<h2>"));
    expect(top).toContain("Rows this export no longer lists were made inactive:");
    expect(top).toMatch(/users\.csv: 4 rows that earlier imports brought are not in this bulk/);
    expect(top).toContain("import the complete export");
  });

  it("a refused export's warnings are not said to be imported; an import's are", async () => {
    const { refused, imported } = await refusedAndThenImported();
    const heading = (page: string) => /<h2 id="warnings-heading">([^<]*)<\/h2>/.exec(page)?.[1];

    expect(refused).toContain("Nothing was imported: the export has errors.");
    expect(heading(refused)).toBe(
      "1 warning about this export, which was not imported: worth a look before you import it " +
        "again",
    );

    expect(imported).toContain(
      "The valid rows were imported; the rows with the errors below were left out.",
    );
    expect(heading(imported)).toBe("1 warning: imported, but worth a look");
  });

  it("an import of the valid rows says the rows with errors were left out", async () => {
    const { imported } = await refusedAndThenImported();
    const heading = /<h2 id="errors-heading">([^<]*)<\/h2>/.exec(imported)?.[1] ?? "";

    expect(imported).toContain(
      "The valid rows were imported; the rows with the errors below were left out.",
    );
    expect(imported).not.toContain("The export was imported.");
    expect(heading).toMatch(/^\d+ errors: their rows were left out$/);
  });

  it("a refused report whose valid rows were imported links to that import", async () => {
    const { app, location, importedAt, cookie } = await refusedAndThenImported();

    const again = await reportPage(app, location, cookie);

    expect(again).toContain("The valid rows of this export were imported since:");
    expect(again).toContain(`<a href="${importedAt}">`);
    expect(again).not.toContain("no longer kept");
    expect(again).not.toContain("Import the valid rows");
  });

  it("the export's name and time are set apart, so a right-to-left page keeps their order", async () => {
    const { app, location, cookie } = await refusedAndThenImported();
    const refused = await (await app.request(location, { cookie })).text();

    expect(refused).toMatch(/<p><bdi>bad-rows<\/bdi> · <bdi><time datetime="[^"]+">/);
  });

  it("an English administrator's import reads in Spanish to a Spanish administrator", async () => {
    const { app, district, location } = await refusedAndThenImported();
    const colleague = await createAdministrator(app.db, { districtId: district.id });
    const inSpanish = { cookie: await app.cookieFor(colleague.id) };

    const page = (
      await (
        await app.request(location, { ...inSpanish, headers: { "accept-language": "es" } })
      ).text()
    )
      .replaceAll("<wbr>", "")
      .replace(/<\/?bdi>/g, "")
      .replace(/<td [^>]*>/g, "<td>");

    const inWords = "s-2 está en una fila con errores, así que no se hizo ningún vínculo familiar.";
    expect(page).toMatch(new RegExp(`<td>agentSourcedIds</td>\\s*<td>${inWords}</td>`));
    expect(page).not.toContain("is in a row that has errors");
  });

  it("in Arabic, the ids inside a report's messages keep their own direction", async () => {
    const { app, district, location } = await refusedAndThenImported();
    const colleague = await createAdministrator(app.db, { districtId: district.id });
    const inArabic = {
      cookie: await app.cookieFor(colleague.id),
      headers: { "accept-language": "ar" },
    };

    const page = await (await app.request(location, inArabic)).text();

    expect(page).toContain('<html lang="ar" dir="rtl">');
    expect(page).toMatch(/<td [^>]*><bdi>s-2<\/bdi> [\p{Script=Arabic}]/u);
  });

  it("a report stored before messages were kept by key still shows its words", async () => {
    const { app, district, cookie } = await refusedAndThenImported();
    const importId = await storeOlderReport(app, district.id, "refused", {
      imported: false,
      counts: noCounts(),
      warnings: [],
      errors: [{ file: "users.csv", line: 4, column: "role", message: "“janitor” is not a role." }],
      canImportValidRows: false,
    });

    const page = await reportPage(app, `/roster/imports/${importId}`, cookie);

    expect(page).toMatch(/<td>role<\/td>\s*<td>“janitor” is not a role\.<\/td>/);
  });

  it("counts administrators, and a report stored before they were counted leaves them out", async () => {
    const { app, district, cookie, imported } = await refusedAndThenImported();
    const { administrators: _notCountedThen, ...olderCounts } = { ...noCounts(), teachers: 2 };
    const importId = await storeOlderReport(app, district.id, "imported", {
      imported: true,
      counts: olderCounts,
      warnings: [],
      errors: [],
      canImportValidRows: false,
    });

    const older = await reportPage(app, `/roster/imports/${importId}`, cookie);

    expect(imported).toContain("<li>0 administrators</li>");
    expect(older).toContain("<li>2 teachers</li>");
    expect(older).not.toMatch(/<li>\d+ administrators?<\/li>/);
  });

  it("a guardian whose student's row has errors is imported, only without the link", async () => {
    const { app, district, refused, imported } = await refusedAndThenImported();
    const message = "s-2 is in a row that has errors, so no family link was made.";
    const warning = new RegExp(
      `<td>users.csv</td>\\s*<td>8</td>\\s*<td>agentSourcedIds</td>\\s*<td>${message}</td>`,
    );

    expect(refused).toMatch(warning);
    expect(imported).toMatch(warning);
    for (const page of [refused, imported]) {
      expect(page).not.toMatch(/agentSourcedIds<\/td>\s*<td>[^<]*cannot be imported/);
    }
    expect(imported).toContain("<li>1 family link</li>");

    const guardians = await app.db
      .selectFrom("people")
      .select(["source_id", "role"])
      .where("district_id", "=", district.id)
      .where("source_id", "in", ["g-1", "g-2"])
      .orderBy("source_id")
      .execute();
    expect(guardians).toEqual([
      { source_id: "g-1", role: "guardian" },
      { source_id: "g-2", role: "guardian" },
    ]);
  });
});
