import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { ensureAuthUser, setPassword } from "../../../src/auth/accounts.ts";
import { createTestApp, type TestApp, testBaseUrl } from "../../support/app.ts";
import { dialects } from "../../support/databases.ts";
import { createClassroom } from "../../support/factories.ts";

const oldPassword = "counting on all of us";
const newPassword = "patterns we can explain";
const address = "ada@school.example";

const form = (fields: Record<string, string>, cookie?: string) => ({
  method: "POST",
  headers: { "content-type": "application/x-www-form-urlencoded" },
  body: new URLSearchParams(fields).toString(),
  ...(cookie ? { cookie } : {}),
});

const cookiesOf = (response: Response) =>
  response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");

/** Only the session token: a browser whose five-minute session cache has run out. */
const withoutCache = (cookie: string) =>
  cookie
    .split("; ")
    .filter((part) => !part.includes("session_data"))
    .join("; ");

const change = (fields: Partial<Record<string, string>> = {}) => ({
  currentPassword: oldPassword,
  newPassword,
  newPasswordAgain: newPassword,
  ...fields,
});

async function start(dialect: (typeof dialects)[number]) {
  const testApp = await createTestApp(dialect);
  const room = await createClassroom(testApp.db);
  const { administrator } = room;
  await testApp.db
    .updateTable("people")
    .set({ email: address })
    .where("id", "=", administrator.id)
    .execute();
  const person = await testApp.db
    .selectFrom("people")
    .selectAll()
    .where("id", "=", administrator.id)
    .executeTakeFirstOrThrow();
  await setPassword(
    testApp.deps.auth,
    await ensureAuthUser(testApp.deps.auth, testApp.db, person),
    oldPassword,
  );

  return { testApp, room };
}

async function signInWith(testApp: TestApp, password: string) {
  return testApp.request("/sign-in", form({ email: address, password }));
}

async function passwordSession(testApp: TestApp) {
  const response = await signInWith(testApp, oldPassword);
  expect(response.status).toBe(303);

  return cookiesOf(response);
}

/** Asks for a sign-in link on the sign-in page and presses the button of the emailed link. */
async function linkSession(testApp: TestApp) {
  await testApp.request("/sign-in/link-request", form({ email: address }));
  const email = await testApp.db
    .selectFrom("outbox_emails")
    .select("text_body")
    .orderBy("created_at", "desc")
    .executeTakeFirstOrThrow();
  const token = decodeURIComponent(
    /\/sign-in\/link\?token=([^&\s]+)/.exec(email.text_body)?.[1] ?? "",
  );
  const response = await testApp.request("/sign-in/link", form({ token }));
  expect(response.status).toBe(303);

  return cookiesOf(response);
}

async function accountPage(testApp: TestApp, cookie: string) {
  const response = await testApp.request("/account", { cookie });
  expect(response.status).toBe(200);

  return response.text();
}

describe.each(dialects)("changing a password on %s", (dialect) => {
  let testApp: TestApp;
  afterEach(async () => {
    await testApp?.close();
  });

  it("an administrator changes their password, and their other sessions end", async () => {
    ({ testApp } = await start(dialect));
    const office = await passwordSession(testApp);
    const phone = await passwordSession(testApp);
    const page = await accountPage(testApp, office);
    expect(page).toContain("Change your password");
    expect(page).not.toContain("Set a new password");

    const response = await testApp.request("/account/password", form(change(), office));

    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/account?password=changed");
    const changed = await testApp.request("/account?password=changed", { cookie: office });
    expect(changed.status).toBe(200);
    expect(await changed.text()).toContain("Your password is changed.");
    for (const cookie of [phone, withoutCache(phone)]) {
      const refused = await testApp.request("/account", { cookie, redirect: "manual" });
      expect(refused.status).toBe(303);
      expect(refused.headers.get("location")).toMatch(/^\/sign-in\?/);
    }
    expect((await testApp.request("/account", { cookie: withoutCache(office) })).status).toBe(200);
    expect((await signInWith(testApp, oldPassword)).status).toBe(401);
    expect((await signInWith(testApp, newPassword)).status).toBe(303);
  });

  it("a wrong current password is named, changes nothing and counts as a sign-in", async () => {
    ({ testApp } = await start(dialect));
    const office = await passwordSession(testApp);

    const wrong = await testApp.request(
      "/account/password",
      form(change({ currentPassword: "not my password" }), office),
    );

    expect(wrong.status).toBe(422);
    const page = await wrong.text();
    expect(page).toContain("That is not your current password.");
    expect(page).toMatch(/id="change-currentPassword"[^>]*aria-invalid="true"/);
    expect(page).not.toContain("not my password");
    expect((await signInWith(testApp, newPassword)).status).toBe(401);

    // One wrong here and one on the sign-in page above: eight more reach the limit of ten.
    for (let tries = 0; tries < 8; tries += 1) {
      const again = form(change({ currentPassword: "still not it" }), office);
      expect((await testApp.request("/account/password", again)).status).toBe(422);
    }
    const right = await testApp.request("/account/password", form(change(), office));
    expect(right.status).toBe(429);
    expect(await right.text()).toContain("Too many wrong passwords.");
    expect((await signInWith(testApp, oldPassword)).status).toBe(429);
  });

  it("a new password too short, too long or typed twice differently is named", async () => {
    ({ testApp } = await start(dialect));
    const office = await passwordSession(testApp);
    const tooLong = "x".repeat(129);
    const cases = [
      [{ newPassword: "short", newPasswordAgain: "short" }, "New password needs at least 10"],
      [{ newPassword: tooLong, newPasswordAgain: tooLong }, "New password can be at most 128"],
      [{ newPasswordAgain: "patterns we can explai" }, "The two new passwords are not the same."],
      [{ currentPassword: "" }, "Please fill in “Current password”."],
    ] as const;

    for (const [fields, message] of cases) {
      const response = await testApp.request("/account/password", form(change(fields), office));
      expect(response.status).toBe(422);
      expect(await response.text()).toContain(message);
    }
    expect((await signInWith(testApp, oldPassword)).status).toBe(303);
  });

  it("the page and its messages come in the person's language", async () => {
    const setup = await start(dialect);
    testApp = setup.testApp;
    await testApp.db
      .updateTable("people")
      .set({ preferred_locale: "es" })
      .where("id", "=", setup.room.administrator.id)
      .execute();
    const office = await passwordSession(testApp);

    expect(await accountPage(testApp, office)).toContain("Cambiar tu contraseña");
    const wrong = await testApp.request(
      "/account/password",
      form(change({ currentPassword: "not my password" }), office),
    );
    expect(await wrong.text()).toContain("Esa no es tu contraseña actual.");
  });

  it("someone without a password is offered no form and cannot post one", async () => {
    const setup = await start(dialect);
    testApp = setup.testApp;
    const teacher = await testApp.cookieFor(setup.room.teacher.id);

    expect(await accountPage(testApp, teacher)).not.toContain("Change your password");
    for (const path of ["/account/password", "/account/password/reset"]) {
      const response = await testApp.request(path, form(change(), teacher));
      expect(response.status).toBe(403);
      expect(await response.text()).toContain("You have no password to change");
    }
  });

  it("a visitor is sent to sign in; a form from another site changes nothing", async () => {
    ({ testApp } = await start(dialect));
    const office = await passwordSession(testApp);

    const visitor = await testApp.request("/account/password", {
      ...form(change()),
      redirect: "manual",
    });
    expect([302, 303, 401]).toContain(visitor.status);
    for (const path of ["/account/password", "/account/password/reset"]) {
      const crossSite = await testApp.app.request(`${testBaseUrl}${path}`, {
        method: "POST",
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          origin: "https://elsewhere.example",
          cookie: office,
        },
        body: new URLSearchParams(change()).toString(),
      });
      expect(crossSite.status).toBe(403);
    }
    expect((await signInWith(testApp, oldPassword)).status).toBe(303);
  });
});

describe.each(dialects)("setting a forgotten password on %s", (dialect) => {
  let testApp: TestApp;
  afterEach(async () => {
    await testApp?.close();
  });

  const resetFields = { newPassword, newPasswordAgain: newPassword };

  it("after an emailed link, an administrator sets a new password once, no old one", async () => {
    ({ testApp } = await start(dialect));
    const office = await passwordSession(testApp);
    const fromLink = await linkSession(testApp);
    const page = await accountPage(testApp, fromLink);
    expect(page).toContain("Set a new password");
    expect(page).toContain("within 15 minutes");

    const response = await testApp.request("/account/password/reset", form(resetFields, fromLink));

    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/account?password=changed");
    expect((await signInWith(testApp, oldPassword)).status).toBe(401);
    expect((await signInWith(testApp, newPassword)).status).toBe(303);
    const officeNow = await testApp.request("/account", { cookie: office, redirect: "manual" });
    expect(officeNow.status).toBe(303);
    const after = await accountPage(testApp, withoutCache(fromLink));
    expect(after).not.toContain("Set a new password");

    const twice = { newPassword: "a third try at it", newPasswordAgain: "a third try at it" };
    const again = await testApp.request("/account/password/reset", form(twice, fromLink));
    expect(again.status).toBe(403);
    expect(await again.text()).toContain("only once, within 15 minutes");
    expect((await signInWith(testApp, newPassword)).status).toBe(303);
  });

  it("a session a password or a card started cannot skip the old password", async () => {
    const setup = await start(dialect);
    testApp = setup.testApp;
    // A card, a demo role and the new administrator are signed in this way, not by an email.
    const started = await testApp.cookieFor(setup.room.administrator.id);
    const office = await passwordSession(testApp);

    for (const cookie of [started, office]) {
      expect(await accountPage(testApp, cookie)).not.toContain("Set a new password");
      const response = await testApp.request("/account/password/reset", form(resetFields, cookie));
      expect(response.status).toBe(403);
    }
    expect((await signInWith(testApp, oldPassword)).status).toBe(303);
  });

  it("the permission ends a quarter of an hour after the link signed the person in", async () => {
    ({ testApp } = await start(dialect));
    const fromLink = await linkSession(testApp);
    const past = new Date(Date.now() - 1000).toISOString();
    const moved = await sql`update auth_verification set "expiresAt" = ${past}
      where identifier like 'password-reset-session:%'`.execute(testApp.db);
    expect(Number(moved.numAffectedRows)).toBe(1);

    expect(await accountPage(testApp, fromLink)).not.toContain("Set a new password");
    const response = await testApp.request("/account/password/reset", form(resetFields, fromLink));
    expect(response.status).toBe(403);
    expect((await signInWith(testApp, oldPassword)).status).toBe(303);
  });

  it("a session ended by another server process cannot change a password", async () => {
    ({ testApp } = await start(dialect));
    const office = await passwordSession(testApp);
    const fromLink = await linkSession(testApp);
    // What "sign out on every device" in another process leaves this one: no session in the
    // database, and a signed session cookie it may still trust for five minutes.
    await sql`delete from auth_session`.execute(testApp.db);

    const changed = await testApp.request("/account/password", form(change(), office));
    const reset = await testApp.request("/account/password/reset", form(resetFields, fromLink));

    expect([changed.status, reset.status]).toEqual([401, 401]);
    expect((await signInWith(testApp, oldPassword)).status).toBe(303);
  });

  it("a new password typed differently is named and leaves the permission unused", async () => {
    ({ testApp } = await start(dialect));
    const fromLink = await linkSession(testApp);

    const differ = { newPassword, newPasswordAgain: "something else entirely" };
    const refused = await testApp.request("/account/password/reset", form(differ, fromLink));
    expect(refused.status).toBe(422);
    const page = await refused.text();
    expect(page).toContain("The two new passwords are not the same.");
    expect(page).toContain("Set a new password");

    const response = await testApp.request("/account/password/reset", form(resetFields, fromLink));
    expect(response.status).toBe(303);
    expect((await signInWith(testApp, newPassword)).status).toBe(303);
  });
});
