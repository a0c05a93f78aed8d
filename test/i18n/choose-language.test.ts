import { afterEach, describe, expect, it } from "vitest";
import { createTestApp, type TestApp, testBaseUrl } from "../support/app.ts";
import { dialects } from "../support/databases.ts";
import { createDistrict, createGuardian } from "../support/factories.ts";

async function guardianWhoReadsArabic(testApp: TestApp) {
  const district = await createDistrict(testApp.db);
  const guardian = await createGuardian(testApp.db, { districtId: district.id });
  await testApp.db
    .updateTable("people")
    .set({ preferred_locale: "ar" })
    .where("id", "=", guardian.id)
    .execute();

  return { guardian, cookie: await testApp.cookieFor(guardian.id) };
}

async function preferredLocaleOf(testApp: TestApp, personId: string) {
  const person = await testApp.db
    .selectFrom("people")
    .select("preferred_locale")
    .where("id", "=", personId)
    .executeTakeFirstOrThrow();

  return person.preferred_locale;
}

/** The page shell's language picker, pressed: the language and the page to come back to. */
function choose(testApp: TestApp, form: { language: string; next: string }, cookie?: string) {
  return testApp.request("/language", {
    method: "POST",
    body: new URLSearchParams(form),
    ...(cookie ? { cookie } : {}),
  });
}

describe.each(dialects)("choosing a language on %s", (dialect) => {
  let testApp: TestApp | undefined;
  afterEach(async () => {
    await testApp?.close();
  });

  it("a visitor who picks Español reads Spanish on this page and on the next visit", async () => {
    testApp = await createTestApp(dialect);

    const picked = await choose(testApp, { language: "es", next: "/sign-in?next=%2Fmy-plans" });
    expect(picked.status).toBe(303);
    expect(picked.headers.get("location")).toBe("/sign-in?next=%2Fmy-plans");
    const cookie = picked.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^maps_locale=es;/);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Max-Age=31536000/);

    const page = await (
      await testApp.request("/sign-in", { cookie: cookie.split(";")[0] ?? "" })
    ).text();
    expect(page).toContain('<html lang="es" dir="ltr">');
    expect(page).toContain("Enviarme un enlace para entrar");
  });

  it("a visitor whose browser asks for Arabic first gets it, right to left", async () => {
    testApp = await createTestApp(dialect);

    const response = await testApp.request("/sign-in", {
      headers: { "accept-language": "fr-FR, ar-EG;q=0.9, en;q=0.5" },
    });

    expect(await response.text()).toContain('<html lang="ar" dir="rtl">');
  });

  it("a visitor whose browser speaks no language of the app reads English", async () => {
    testApp = await createTestApp(dialect);

    const response = await testApp.request("/sign-in", { headers: { "accept-language": "de" } });

    expect(await response.text()).toContain('<html lang="en" dir="ltr">');
  });

  it("a guardian who prefers Arabic gets their pages right to left", async () => {
    testApp = await createTestApp(dialect);
    const { cookie } = await guardianWhoReadsArabic(testApp);

    const response = await testApp.request("/my-plans", {
      cookie,
      headers: { "accept-language": "en" },
    });

    const page = await response.text();
    expect(page).toContain('<html lang="ar" dir="rtl">');
    expect(page).toContain("خططي");
  });

  it("a signed-in guardian who picks another language keeps it as their own", async () => {
    testApp = await createTestApp(dialect);
    const { guardian, cookie } = await guardianWhoReadsArabic(testApp);

    const elsewhere = await testApp.app.request(`${testBaseUrl}/language`, {
      method: "POST",
      headers: {
        origin: "https://evil.example",
        cookie,
        "content-type": "application/x-www-form-urlencoded",
      },
      body: new URLSearchParams({ language: "vi", next: "/my-plans" }).toString(),
    });
    const picked = await choose(testApp, { language: "es", next: "/my-plans" }, cookie);

    // A form on another site cannot choose for them (the origin check refuses it).
    expect(elsewhere.status).toBe(403);
    expect(elsewhere.headers.get("set-cookie")).toBeNull();
    expect(picked.status).toBe(303);
    expect(picked.headers.get("location")).toBe("/my-plans");
    expect(await preferredLocaleOf(testApp, guardian.id)).toBe("es");
    const page = await (await testApp.request("/my-plans", { cookie })).text();
    expect(page).toContain('<html lang="es" dir="ltr">');
  });

  it("a ?lang= link shows that one page in its language; the guardian's own stays", async () => {
    testApp = await createTestApp(dialect);
    const { guardian, cookie } = await guardianWhoReadsArabic(testApp);

    const followed = await testApp.request("/my-plans?lang=vi", { cookie });

    expect(followed.status).toBe(200);
    expect(followed.headers.get("set-cookie")).toBeNull();
    expect(await followed.text()).toContain('<html lang="vi" dir="ltr">');
    expect(await preferredLocaleOf(testApp, guardian.id)).toBe("ar");
    const next = await (await testApp.request("/my-plans", { cookie })).text();
    expect(next).toContain('<html lang="ar" dir="rtl">');
  });

  it("a visitor's ?lang= is for that page only", async () => {
    testApp = await createTestApp(dialect);

    const shown = await testApp.request("/sign-in?lang=es", {
      headers: { "accept-language": "en" },
    });

    expect(shown.status).toBe(200);
    expect(shown.headers.get("set-cookie")).toBeNull();
    expect(await shown.text()).toContain('<html lang="es" dir="ltr">');
  });

  it("a language the app does not speak is refused and changes nothing", async () => {
    testApp = await createTestApp(dialect);
    const { guardian, cookie } = await guardianWhoReadsArabic(testApp);

    const picked = await choose(testApp, { language: "fr", next: "/my-plans" }, cookie);

    expect(picked.status).toBe(422);
    expect(picked.headers.get("set-cookie")).toBeNull();
    expect(await preferredLocaleOf(testApp, guardian.id)).toBe("ar");
  });

  it("a family member who chose Español before signing in keeps it for their emails", async () => {
    testApp = await createTestApp(dialect);
    const district = await createDistrict(testApp.db);
    const guardian = await createGuardian(testApp.db, { districtId: district.id });
    const cookie = `${await testApp.cookieFor(guardian.id)}; maps_locale=es`;

    const page = await (await testApp.request("/my-plans", { cookie })).text();

    expect(page).toContain('<html lang="es" dir="ltr">');
    expect(await preferredLocaleOf(testApp, guardian.id)).toBe("es");
  });

  it("a language choice cannot send a visitor to another site", async () => {
    testApp = await createTestApp(dialect);

    const picked = await choose(testApp, { language: "es", next: "//elsewhere.example/" });

    expect(picked.headers.get("location")).toBe("/");
  });

  it("a Spanish-speaking visitor who opens a missing page is told so in Spanish", async () => {
    testApp = await createTestApp(dialect);

    const response = await testApp.request("/no-such-page", { cookie: "maps_locale=es" });

    expect(response.status).toBe(404);
    expect(await response.text()).toContain("No encontramos esa página.");
  });

  it("every page offers each language, named in itself", async () => {
    testApp = await createTestApp(dialect);

    const page = await (await testApp.request("/sign-in")).text();

    expect(page).toContain('<nav class="language-picker" aria-label="Language">');
    expect(page).toContain('<form method="post" action="/language">');
    expect(page).toMatch(
      /<button type="submit" name="language" value="ar"[^>]*lang="ar"[^>]*>العربية</,
    );
    expect(page).toMatch(
      /<button type="submit" name="language" value="es"[^>]*lang="es"[^>]*>Español</,
    );
  });
});
