import { afterEach, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../support/app.ts";
import { dialects } from "../../support/databases.ts";
import { createClassroom } from "../../support/factories.ts";

const englishBrowser = { "accept-language": "en-US,en;q=0.9" };

const post = (fields: Record<string, string>, cookie?: string) => ({
  method: "POST",
  headers: { "content-type": "application/x-www-form-urlencoded", ...englishBrowser },
  body: new URLSearchParams(fields).toString(),
  ...(cookie ? { cookie } : {}),
});

const cookiesOf = (response: Response) =>
  response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");

const languageOf = async (response: Response) =>
  /<html lang="([^"]+)" dir="([^"]+)">/.exec(await response.text())?.slice(1);

/** A classroom whose family member reads Arabic and has an email address. */
async function arabicFamily(dialect: (typeof dialects)[number]) {
  const testApp = await createTestApp(dialect);
  const room = await createClassroom(testApp.db);
  await testApp.db
    .updateTable("people")
    .set({ preferred_locale: "ar", email: "denise@family.example" })
    .where("id", "=", room.guardian.id)
    .execute();

  return { testApp, room };
}

async function cardToken(testApp: TestApp, teacherId: string, personId: string) {
  const cookie = await testApp.cookieFor(teacherId);
  const made = await testApp.request(`/people/${personId}/card`, post({}, cookie));
  const token = /\/card\/([A-Za-z0-9_-]{43})/.exec(await made.text())?.[1];
  if (!token) throw new Error("no card link on the page");

  return token;
}

async function emailedLink(testApp: TestApp) {
  await testApp.request("/sign-in/link-request", post({ email: "denise@family.example" }));
  const email = await testApp.db
    .selectFrom("outbox_emails")
    .select("text_body")
    .where("kind", "=", "sign-in.link")
    .executeTakeFirstOrThrow();
  const link = /(\/sign-in\/link\?\S+)/.exec(email.text_body)?.[1];
  if (!link) throw new Error("no sign-in link in the email");

  return link;
}

describe.each(dialects)("a known person's own language when signing in, on %s", (dialect) => {
  let testApp: TestApp | undefined;
  afterEach(async () => {
    await testApp?.close();
  });

  it("an Arabic family member's card opened in an English browser greets them in Arabic", async () => {
    const family = await arabicFamily(dialect);
    testApp = family.testApp;
    const { teacher, guardian } = family.room;
    const token = await cardToken(testApp, teacher.id, guardian.id);

    const opened = await testApp.request(`/card/${token}`, { headers: englishBrowser });
    expect(await languageOf(opened)).toEqual(["ar", "rtl"]);

    const pressed = await testApp.request(`/card/${token}`, post({}));
    const home = await testApp.request("/my-plans", {
      cookie: cookiesOf(pressed),
      headers: englishBrowser,
    });
    expect(await languageOf(home)).toEqual(["ar", "rtl"]);
  });

  it("a family member who chose English on their card's page keeps it after signing in", async () => {
    const family = await arabicFamily(dialect);
    testApp = family.testApp;
    const { teacher, guardian } = family.room;
    const token = await cardToken(testApp, teacher.id, guardian.id);
    const picked = await testApp.request(
      "/language",
      post({ language: "en", next: `/card/${token}` }),
    );
    expect(picked.headers.get("location")).toBe(`/card/${token}`);
    const chosen = cookiesOf(picked);

    const opened = await testApp.request(`/card/${token}`, { cookie: chosen });
    expect(await languageOf(opened)).toEqual(["en", "ltr"]);

    const pressed = await testApp.request(`/card/${token}`, post({}, chosen));
    const home = await testApp.request("/my-plans", {
      cookie: `${chosen}; ${cookiesOf(pressed)}`,
    });
    expect(await languageOf(home)).toEqual(["en", "ltr"]);
  });

  it("an Arabic family member's emailed link opens its page in Arabic in any browser", async () => {
    const family = await arabicFamily(dialect);
    testApp = family.testApp;

    const link = await emailedLink(testApp);
    const opened = await testApp.request(link, { headers: englishBrowser });
    const chosenSpanish = await testApp.request(link, { cookie: "maps_locale=es" });

    expect(link).toContain("locale=ar");
    expect(await languageOf(opened)).toEqual(["ar", "rtl"]);
    expect(await languageOf(chosenSpanish)).toEqual(["es", "ltr"]);
  });
});
