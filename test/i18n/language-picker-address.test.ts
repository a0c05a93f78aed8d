import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp, testBaseUrl } from "../support/app.ts";
import { dialects } from "../support/databases.ts";
import { createDistrict, createTeacher } from "../support/factories.ts";
import { startClassroomPlan } from "../support/plans.ts";

/** The picker's link to a language on a page, as written in the page. */
function pickerLink(page: string, locale: string) {
  const link = new RegExp(`<a href="([^"]*)" lang="${locale}"`).exec(page)?.[1];
  if (link === undefined) throw new Error(`no picker link to ${locale}`);

  return link.replaceAll("&amp;", "&");
}

/** Where a Location header sends a browser that is on our site. */
const landing = (location: string | null) => new URL(location ?? "", testBaseUrl);

describe.each(dialects)("the language picker keeps the page's address, on %s", (dialect) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp(dialect);
  });
  afterAll(async () => {
    await testApp.close();
  });

  it("a visitor sent to sign in keeps where to go afterwards when choosing Español", async () => {
    const page = await (await testApp.request("/sign-in?next=%2Fplans%2Fp-1")).text();
    const link = pickerLink(page, "es");
    expect(link).toBe("?next=%2Fplans%2Fp-1&lang=es");

    const picked = await testApp.request(`/sign-in${link}`);

    expect(picked.status).toBe(303);
    expect(picked.headers.get("location")).toBe("/sign-in?next=%2Fplans%2Fp-1");
    const cookie = picked.headers.get("set-cookie")?.split(";")[0] ?? "";
    const spanish = await (
      await testApp.request(picked.headers.get("location") ?? "", { cookie })
    ).text();
    expect(spanish).toContain('<html lang="es"');
    expect(spanish).toContain('name="next" value="/plans/p-1"');
  });

  it("a teacher choosing Arabic on a filtered program page keeps every filter", async () => {
    const district = await createDistrict(testApp.db);
    const teacher = await createTeacher(testApp.db, { districtId: district.id });
    const cookie = await testApp.cookieFor(teacher.id);

    const shown = await testApp.request("/program?grade=3&school=a%20b", { cookie });
    expect(shown.status).toBe(200);
    const link = pickerLink(await shown.text(), "ar");
    expect(link).toBe("?grade=3&school=a+b&lang=ar");

    const picked = await testApp.request(`/program${link}`, { cookie });

    expect(picked.headers.get("location")).toBe("/program?grade=3&school=a+b");
  });

  it("a page answering a refused form links to the language on the form's own page", async () => {
    const room = await startClassroomPlan({ db: testApp.db, clock: testApp.deps.clock });
    const cookie = await testApp.cookieFor(room.teacher.id);
    const refused = (referer?: string) =>
      testApp.request(`/plans/${room.planId}/comments`, {
        method: "POST",
        body: new URLSearchParams({ body: "x".repeat(5000) }),
        headers: referer ? { referer } : {},
        cookie,
      });

    const fromPlan = await refused(`${testBaseUrl}/plans/${room.planId}?tab=1`);
    expect(fromPlan.status).toBe(422);
    const link = pickerLink(await fromPlan.text(), "es");
    expect(link).toBe(`/plans/${room.planId}?tab=1&lang=es`);
    const picked = await testApp.request(link, { cookie });
    expect(picked.headers.get("location")).toBe(`/plans/${room.planId}?tab=1`);

    for (const referer of [
      undefined,
      "https://evil.example/plans",
      `${testBaseUrl}//evil.example`,
    ]) {
      expect(pickerLink(await (await refused(referer)).text(), "es")).toBe("/?lang=es");
    }
  });

  it("a page without a query links to the language alone", async () => {
    const page = await (await testApp.request("/sign-in")).text();

    expect(pickerLink(page, "vi")).toBe("?lang=vi");
  });

  it.each([
    ["//evil.example/?lang=es"],
    ["/\\evil.example/?lang=es"],
    ["/\\\\evil.example/?lang=es"],
    ["/%2F%2Fevil.example/?lang=es"],
    ["/%2f/evil.example/?lang=es"],
    ["/%5Cevil.example/?lang=es"],
    ["/%5C%5Cevil.example/?lang=es"],
    ["/%09/evil.example/?lang=es"],
    ["/\t/evil.example/?lang=es"],
    ["/.//evil.example/?lang=es"],
    ["/sign-in?next=https%3A%2F%2Fevil.example&lang=es"],
    ["/sign-in?next=%2F%2Fevil.example&lang=es"],
  ])("a language link to %j cannot send a visitor to another site", async (address) => {
    const picked = await testApp.app.request(`${testBaseUrl}${address}`);

    expect(picked.status).toBe(303);
    const location = picked.headers.get("location") ?? "";
    expect(location).toMatch(/^\/(?![/\\])/);
    expect(landing(location).origin).toBe(testBaseUrl);
  });

  it("a language link given as a whole address elsewhere lands on this site", async () => {
    const picked = await testApp.app.request("https://evil.example/sign-in?next=%2F&lang=es");

    expect(picked.headers.get("location")).toBe("/sign-in?next=%2F");
  });

  it("a sign-in after a language link naming another site still lands on this one", async () => {
    const picked = await testApp.request("/sign-in?next=https%3A%2F%2Fevil.example&lang=es");
    const page = await (await testApp.request(picked.headers.get("location") ?? "")).text();

    // The address is kept as it was; the sign-in page itself only ever goes to a path here.
    expect(page).toContain('name="next" value="/"');
  });
});
