import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp, testBaseUrl } from "../support/app.ts";
import { dialects } from "../support/databases.ts";
import { createDistrict, createTeacher } from "../support/factories.ts";
import { startClassroomPlan } from "../support/plans.ts";

/** Where the picker's form on a page comes back to, as written in the page. */
function pickerReturn(page: string) {
  const form =
    /<form method="post" action="\/language">\s*<input type="hidden" name="next" value="([^"]*)">/;
  const next = form.exec(page)?.[1];
  if (next === undefined) throw new Error("no language picker on the page");

  return next.replaceAll("&amp;", "&");
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

  const choose = (language: string, next: string, cookie?: string) =>
    testApp.request("/language", {
      method: "POST",
      body: new URLSearchParams({ language, next }),
      ...(cookie ? { cookie } : {}),
    });

  it("a visitor sent to sign in keeps where to go afterwards when choosing Español", async () => {
    const page = await (await testApp.request("/sign-in?next=%2Fplans%2Fp-1")).text();
    const next = pickerReturn(page);
    expect(next).toBe("/sign-in?next=%2Fplans%2Fp-1");

    const picked = await choose("es", next);

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

    const shown = await testApp.request("/program?grade=3&school=a%20b&lang=es", { cookie });
    expect(shown.status).toBe(200);
    // The page's own ?lang= is left out: it would outweigh the language chosen. The filters
    // come back as the page reads them, in one order (web/plain-page-address.ts).
    const next = pickerReturn(await shown.text());
    expect(next).toBe("/program?school=a+b&grade=3");

    const picked = await choose("ar", next, cookie);

    expect(picked.headers.get("location")).toBe("/program?school=a+b&grade=3");
  });

  it("a page answering a refused form comes back to the form's own page", async () => {
    const room = await startClassroomPlan({ db: testApp.db, clock: testApp.deps.clock });
    const cookie = await testApp.cookieFor(room.teacher.id);
    const refused = (referer?: string) =>
      testApp.request(`/plans/${room.planId}/comments`, {
        method: "POST",
        body: new URLSearchParams({ body: "x".repeat(5000) }),
        headers: referer ? { referer } : {},
        cookie,
      });

    const fromPlan = await refused(`${testBaseUrl}/plans/${room.planId}?tab=1&lang=vi`);
    expect(fromPlan.status).toBe(422);
    const next = pickerReturn(await fromPlan.text());
    expect(next).toBe(`/plans/${room.planId}?tab=1`);
    const picked = await choose("es", next, cookie);
    expect(picked.headers.get("location")).toBe(`/plans/${room.planId}?tab=1`);

    for (const referer of [undefined, "https://evil.example/plans"]) {
      expect(pickerReturn(await (await refused(referer)).text())).toBe("/");
    }
    const doubled = pickerReturn(await (await refused(`${testBaseUrl}//evil.example`)).text());
    expect(landing(doubled).origin).toBe(testBaseUrl);
  });

  it("a page without a query comes back to its path alone", async () => {
    const page = await (await testApp.request("/sign-in")).text();

    expect(pickerReturn(page)).toBe("/sign-in");
  });

  it.each([
    ["//evil.example/"],
    ["/\\evil.example/"],
    ["/\\\\evil.example/"],
    ["/%2F%2Fevil.example/"],
    ["/%2f/evil.example/"],
    ["/%5Cevil.example/"],
    ["/%5C%5Cevil.example/"],
    ["/%09/evil.example/"],
    ["/\t/evil.example/"],
    ["/.//evil.example/"],
    ["https://evil.example/sign-in?next=%2F"],
    ["/sign-in?next=https%3A%2F%2Fevil.example"],
    ["/sign-in?next=%2F%2Fevil.example"],
  ])(
    "a language chosen to come back to %j cannot send a visitor to another site",
    async (address) => {
      const picked = await choose("es", address);

      expect(picked.status).toBe(303);
      const location = picked.headers.get("location") ?? "";
      expect(location).toMatch(/^\/(?![/\\])/);
      expect(landing(location).origin).toBe(testBaseUrl);
      if (!address.startsWith("/")) return;
      // The page at such an address offers to come back to a path of this site only.
      const shown = await testApp.app.request(`${testBaseUrl}${address}`);
      expect(pickerReturn(await shown.text())).toMatch(/^\/(?![/\\])/);
    },
  );

  it("a sign-in after a language choice naming another site still lands on this one", async () => {
    const picked = await choose("es", "/sign-in?next=https%3A%2F%2Fevil.example");
    const page = await (await testApp.request(picked.headers.get("location") ?? "")).text();

    // The address is kept as it was; the sign-in page itself only ever goes to a path here.
    expect(page).toContain('name="next" value="/"');
  });
});
