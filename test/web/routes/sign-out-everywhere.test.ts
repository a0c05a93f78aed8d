import { afterEach, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../support/app.ts";
import { dialects } from "../../support/databases.ts";
import { createClassroom } from "../../support/factories.ts";

/** Only the session token: a browser whose five-minute session cache has run out. */
const withoutCache = (cookie: string) =>
  cookie
    .split("; ")
    .filter((part) => !part.includes("session_data"))
    .join("; ");

describe.each(dialects)("signing out on every device on %s", (dialect) => {
  let testApp: TestApp;
  afterEach(async () => {
    await testApp?.close();
  });

  it("ends the person's sessions on every device and no one else's", async () => {
    testApp = await createTestApp(dialect);
    const room = await createClassroom(testApp.db);
    const phone = await testApp.cookieFor(room.guardian.id);
    const library = await testApp.cookieFor(room.guardian.id);
    const teacher = await testApp.cookieFor(room.teacher.id);

    const account = await testApp.request("/account", { cookie: phone });
    expect(account.status).toBe(200);
    expect(await account.text()).toContain("Sign out on every device");

    const response = await testApp.request("/sign-out/everywhere", {
      method: "POST",
      cookie: phone,
    });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/?signedOut=everywhere");
    expect(response.headers.getSetCookie().join("\n")).toMatch(/session_token=;/);

    const fromLibrary = await testApp.request("/my-plans", { cookie: withoutCache(library) });
    expect(fromLibrary.status).not.toBe(200);
    const teacherStill = await testApp.request("/students", { cookie: withoutCache(teacher) });
    expect(teacherStill.status).toBe(200);
    const notice = await (await testApp.request("/?signedOut=everywhere")).text();
    expect(notice).toContain("You are signed out on every device.");
  });

  it("a visitor is asked to sign in", async () => {
    testApp = await createTestApp(dialect);

    const response = await testApp.request("/sign-out/everywhere", { method: "POST" });

    expect([302, 303, 401]).toContain(response.status);
  });
});
