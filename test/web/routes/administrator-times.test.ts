import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { recordImport } from "../../../src/db/roster-store.ts";
import { noCounts } from "../../../src/domain/roster/roster-report.ts";
import { enqueueEmail } from "../../../src/mail/outbox.ts";
import { createTestApp, type TestApp } from "../../support/app.ts";
import { dialects } from "../../support/databases.ts";
import { createAdministrator, createDistrict, createSchool } from "../../support/factories.ts";

/*
 * The roster's imports and Sent mail belong to the whole district, whose schools may sit in
 * several time zones: an administrator reads their times on their own school's clock, each
 * named with its zone, and the page says whose zone it is.
 */

/** 15:04 UTC: 9:04 in Chicago and 7:04 in Los Angeles in November, 10:04 in Chicago in July. */
const importedAt = "2026-11-20T15:04:00.000Z";
const writtenAt = "2026-07-01T15:04:00.000Z";
const sentAt = "2026-07-01T15:05:00.000Z";

async function districtWithImportAndEmail(testApp: TestApp) {
  const district = await createDistrict(testApp.db);
  const importId = randomUUID();
  await recordImport(testApp.db, {
    id: importId,
    district_id: district.id,
    started_by: null,
    source_name: "oneroster.zip",
    status: "imported",
    report: JSON.stringify({
      imported: true,
      counts: noCounts(),
      warnings: [],
      errors: [],
      canImportValidRows: false,
    }),
    created_at: importedAt,
  });
  const emailId = await enqueueEmail(testApp.db, {
    districtId: district.id,
    kind: "plan.shared",
    to: { address: "family@example.org" },
    subject: "A plan to read",
    text: "Hello",
    html: "<p>Hello</p>",
    now: writtenAt,
  });
  await testApp.db
    .updateTable("outbox_emails")
    .set({ status: "sent", sent_at: sentAt })
    .where("id", "=", emailId)
    .execute();

  return { district, importId, emailId };
}

/** A school made at a given instant, so which one is the district's first is not left to chance. */
async function schoolMadeAt(testApp: TestApp, districtId: string, zone: string, at: string) {
  const school = await createSchool(testApp.db, { districtId, timeZone: zone });
  await testApp.db
    .updateTable("schools")
    .set({ created_at: at })
    .where("id", "=", school.id)
    .execute();

  return school;
}

/** The four pages with district-wide times, their text as a reader's eyes take it in. */
async function pagesOf(
  testApp: TestApp,
  cookie: string,
  ids: { importId: string; emailId: string },
) {
  const read = async (path: string) => {
    const response = await testApp.request(path, { cookie });
    expect(response.status, path).toBe(200);
    // ICU may put a narrow no-break space before AM and PM.
    return (await response.text()).replaceAll("\u202f", " ");
  };

  return {
    roster: await read("/roster"),
    report: await read(`/roster/imports/${ids.importId}`),
    outbox: await read("/outbox"),
    email: await read(`/outbox/${ids.emailId}`),
  };
}

describe.each(dialects)("times on the roster and Sent mail pages on %s", (dialect) => {
  let testApp: TestApp | undefined;
  afterEach(async () => {
    await testApp?.close();
    testApp = undefined;
  });

  it("an administrator reads import and mail times on their own school's clock, named", async () => {
    testApp = await createTestApp(dialect);
    const made = await districtWithImportAndEmail(testApp);
    const districtId = made.district.id;
    // The district's first school is another, in another zone: the administrator's own counts.
    await schoolMadeAt(testApp, districtId, "America/Los_Angeles", "2026-01-01T00:00:00.000Z");
    const own = await schoolMadeAt(
      testApp,
      districtId,
      "America/Chicago",
      "2026-02-01T00:00:00.000Z",
    );
    const admin = await createAdministrator(testApp.db, { districtId, schoolId: own.id });

    const pages = await pagesOf(testApp, await testApp.cookieFor(admin.id), made);

    const imported = `<time datetime="${importedAt}">Nov 20, 2026, 9:04 AM CST</time>`;
    expect(pages.roster).toContain(imported);
    expect(pages.report).toContain(imported);
    const written = `<time datetime="${writtenAt}">Jul 1, 2026, 10:04 AM CDT</time>`;
    expect(pages.outbox).toContain(written);
    expect(pages.email).toContain(written);
    expect(pages.email).toContain(`<time datetime="${sentAt}">Jul 1, 2026, 10:05 AM CDT</time>`);
    // Name and zone isolated: a right-to-left page keeps them whole and in their order.
    const note =
      `Times are in the time zone of your school, <bdi>${own.name}</bdi> ` +
      "(<bdi>America/Chicago</bdi>).";
    for (const page of Object.values(pages)) {
      expect(page).toContain(note);
      expect(page).not.toContain(" UTC<");
    }
  });

  it("an administrator of the whole district reads times on its first school's clock, told so", async () => {
    testApp = await createTestApp(dialect);
    const made = await districtWithImportAndEmail(testApp);
    const districtId = made.district.id;
    await schoolMadeAt(testApp, districtId, "America/Chicago", "2026-02-01T00:00:00.000Z");
    const first = await schoolMadeAt(
      testApp,
      districtId,
      "America/Los_Angeles",
      "2026-01-01T00:00:00.000Z",
    );
    const admin = await createAdministrator(testApp.db, { districtId });

    const pages = await pagesOf(testApp, await testApp.cookieFor(admin.id), made);

    expect(pages.roster).toContain(`<time datetime="${importedAt}">Nov 20, 2026, 7:04 AM PST`);
    expect(pages.outbox).toContain(`<time datetime="${writtenAt}">Jul 1, 2026, 8:04 AM PDT`);
    const note =
      `Times are in the time zone of <bdi>${first.name}</bdi> (<bdi>America/Los_Angeles</bdi>), ` +
      "the district’s first school, as you are not listed at a school.";
    for (const page of Object.values(pages)) expect(page).toContain(note);
  });

  it("an administrator of a district with no school yet reads times in UTC, told so", async () => {
    testApp = await createTestApp(dialect);
    const made = await districtWithImportAndEmail(testApp);
    const admin = await createAdministrator(testApp.db, { districtId: made.district.id });

    const pages = await pagesOf(testApp, await testApp.cookieFor(admin.id), made);

    expect(pages.report).toContain(`<time datetime="${importedAt}">Nov 20, 2026, 3:04 PM UTC`);
    expect(pages.email).toContain(`<time datetime="${sentAt}">Jul 1, 2026, 3:05 PM UTC`);
    for (const page of Object.values(pages)) {
      expect(page).toContain("Times are in UTC: the district has no school yet.");
    }
  });
});
