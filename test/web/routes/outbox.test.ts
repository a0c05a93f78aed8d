import { afterEach, describe, expect, it } from "vitest";
import { createLogger } from "../../../src/logger.ts";
import { enqueueEmail } from "../../../src/mail/outbox.ts";
import { sendDueEmails } from "../../../src/mail/send-outbox.ts";
import { addSchoolWithPlan } from "../../mail/school-fixture.ts";
import { createTestApp, type TestApp, testBaseUrl } from "../../support/app.ts";
import { dialects } from "../../support/databases.ts";
import { createAdministrator, createDistrict } from "../../support/factories.ts";

const link = `${testBaseUrl}/sign-in/link?token=kept-token-123&next=%2Fplans%2Fp-1`;

async function keptEmail(testApp: TestApp, districtId: string, html = "<p>Hello</p>") {
  const emailId = await enqueueEmail(testApp.db, {
    districtId,
    kind: "plan.shared",
    to: { address: "hoa.nguyen@family.example", name: "Nguyễn, Thị Hoa" },
    subject: "Linh’s Math Action Plan",
    text: `Open Linh’s plan:\n${link}\n`,
    html,
  });
  const { config, clock } = testApp.deps;
  await sendDueEmails({ db: testApp.db, config, log: createLogger("silent"), clock });

  return emailId;
}

describe.each(dialects)("Sent mail on %s", (dialect) => {
  let testApp: TestApp | undefined;
  afterEach(async () => {
    await testApp?.close();
    testApp = undefined;
  });

  it("an administrator reads an email kept for want of a mail server, link and all", async () => {
    testApp = await createTestApp(dialect);
    const school = await addSchoolWithPlan(testApp.db);
    const emailId = await keptEmail(testApp, school.districtId);
    const cookie = await testApp.cookieFor(school.administratorId);

    const list = await testApp.request("/outbox", { cookie });
    const listPage = await list.text();
    expect(list.status).toBe(200);
    expect(listPage).toContain("Nguyễn, Thị Hoa");
    expect(listPage).toContain(`href="/outbox/${emailId}"`);
    expect(listPage).toContain("Kept here");
    expect(listPage).toContain("No mail server is set up");

    const one = await testApp.request(`/outbox/${emailId}`, { cookie });
    expect(one.status).toBe(200);
    expect(one.headers.get("cache-control")).toBe("no-store");
    expect(await one.text()).toContain(link.replace("&", "&amp;"));
  });

  it("an email in another script keeps its own direction on the administrator's page", async () => {
    testApp = await createTestApp(dialect);
    const school = await addSchoolWithPlan(testApp.db);
    const emailId = await keptEmail(testApp, school.districtId);
    const cookie = await testApp.cookieFor(school.administratorId);

    const listPage = await (await testApp.request("/outbox", { cookie })).text();
    expect(listPage).toContain(`href="/outbox/${emailId}" dir="auto"`);
    const page = await (await testApp.request(`/outbox/${emailId}`, { cookie })).text();
    expect(page).toMatch(/<h1 dir="auto">/);
    expect(page).toContain('<pre class="card email-text" dir="auto">');
  });

  it("a teacher cannot read the district's mail", async () => {
    testApp = await createTestApp(dialect);
    const school = await addSchoolWithPlan(testApp.db);
    const emailId = await keptEmail(testApp, school.districtId);
    const cookie = await testApp.cookieFor(school.teacherId);

    const list = await testApp.request("/outbox", { cookie });
    const one = await testApp.request(`/outbox/${emailId}`, { cookie });

    expect(list.status).toBe(403);
    expect(one.status).toBe(403);
    expect(await one.text()).not.toContain("kept-token-123");
  });

  it("an administrator of another district finds no trace of this district's mail", async () => {
    testApp = await createTestApp(dialect);
    const school = await addSchoolWithPlan(testApp.db);
    const emailId = await keptEmail(testApp, school.districtId);
    const other = await createDistrict(testApp.db);
    const otherAdministrator = await createAdministrator(testApp.db, { districtId: other.id });
    const cookie = await testApp.cookieFor(otherAdministrator.id);

    const list = await testApp.request("/outbox", { cookie });
    const one = await testApp.request(`/outbox/${emailId}`, { cookie });

    expect(list.status).toBe(200);
    expect(await list.text()).not.toContain(emailId);
    expect(one.status).toBe(404);
  });

  it("a script in an email never runs on the page where an administrator reads it", async () => {
    testApp = await createTestApp(dialect);
    const school = await addSchoolWithPlan(testApp.db);
    const hostile = `<p>Hi</p><script>alert("x")</script><img src=x onerror="alert(1)">`;
    const emailId = await keptEmail(testApp, school.districtId, hostile);
    const cookie = await testApp.cookieFor(school.administratorId);

    const page = await (await testApp.request(`/outbox/${emailId}`, { cookie })).text();

    expect(page).toContain('sandbox=""');
    expect(page).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(page).not.toContain("<script>alert");
    expect(page).not.toContain("<img src=x");
  });

  it("someone signed out is sent to sign in before reading mail", async () => {
    testApp = await createTestApp(dialect);

    const response = await testApp.request("/outbox");

    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/sign-in?next=%2Foutbox");
  });
});
