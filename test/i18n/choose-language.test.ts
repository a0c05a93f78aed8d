import { afterEach, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../support/app.ts";
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

describe.each(dialects)("choosing a language on %s", (dialect) => {
  let testApp: TestApp | undefined;
  afterEach(async () => {
    await testApp?.close();
  });

  it("a visitor who picks Español sees the page in Spanish, and again on the next visit", async () => {
    testApp = await createTestApp(dialect);

    const picked = await testApp.request("/sign-in?next=%2Fmy-plans&lang=es");
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

  it("a signed-in guardian who picks another language keeps it as their preferred one", async () => {
    testApp = await createTestApp(dialect);
    const { guardian, cookie } = await guardianWhoReadsArabic(testApp);

    const picked = await testApp.request("/my-plans?lang=es", { cookie });

    expect(picked.status).toBe(303);
    expect(await preferredLocaleOf(testApp, guardian.id)).toBe("es");
    const page = await (await testApp.request("/my-plans", { cookie })).text();
    expect(page).toContain('<html lang="es" dir="ltr">');
  });

  it("a language link followed from another site does not change the language of emails", async () => {
    testApp = await createTestApp(dialect);
    const { guardian, cookie } = await guardianWhoReadsArabic(testApp);

    const followed = await testApp.request("/my-plans?lang=vi", {
      cookie,
      headers: { "sec-fetch-site": "cross-site" },
    });

    expect(followed.status).toBe(303);
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

  it("a language link cannot send a visitor to another site", async () => {
    testApp = await createTestApp(dialect);

    const picked = await testApp.request("//elsewhere.example/?lang=es");

    expect(picked.headers.get("location")).toBe("/elsewhere.example/");
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
    expect(page).toMatch(/<a href="\?lang=ar" lang="ar"[^>]*>العربية<\/a>/);
    expect(page).toMatch(/<a href="\?lang=es" lang="es"[^>]*>Español<\/a>/);
  });
});
