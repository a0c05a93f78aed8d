import { afterEach, describe, it } from "vitest";
import { importRoster } from "../../src/domain/roster/import-roster.ts";
import { createTestApp, type TestApp } from "../support/app.ts";
import { createAdministrator, createDistrict } from "../support/factories.ts";
import { exportWith, fixture, removeScratch, replaceLine } from "../domain/roster/roster-fixtures.ts";

describe.each(["sqlite"] as const)("repro %s", (dialect) => {
  let testApp: TestApp;
  afterEach(async () => { await testApp?.close(); removeScratch(); });
  it("renders", async () => {
    testApp = await createTestApp(dialect);
    const districtId = (await createDistrict(testApp.db)).id;
    const admin = await createAdministrator(testApp.db, { districtId });
    const source = exportWith(fixture("small-district-1.2"), {
      "classes.csv": replaceLine(2,
        'k-1,active,2024-08-01T00:00:00.000Z,@<script>alert(1)</script> Period 2,04,crs-4,G4M,homeroom,,sch-9,term-9,,,'),
    });
    const report = await importRoster(testApp.db, { districtId, source, skipInvalid: false, actorId: null,
      clock: () => new Date("2025-09-01T12:00:00Z") });
    console.log(JSON.stringify(report, null, 1));
    console.log(await testApp.db.selectFrom("classes").selectAll().execute());
    const cookie = await testApp.cookieFor(admin.id);
    const res = await testApp.request("/students", { cookie });
    const page = await res.text();
    console.log(res.status, page.slice(page.indexOf("<main"), page.indexOf("</main>")+7));
  });
});
