import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../support/app.ts";
import { dialects } from "../support/databases.ts";

async function addPerson(testApp: TestApp, active = 1) {
  const now = new Date().toISOString();
  const districtId = randomUUID();
  const personId = randomUUID();
  await testApp.db
    .insertInto("districts")
    .values({ id: districtId, name: "Test District", source_id: null, created_at: now })
    .execute();
  await testApp.db
    .insertInto("people")
    .values({
      id: personId,
      district_id: districtId,
      source_id: null,
      role: "teacher",
      given_name: "Ada",
      family_name: "Rivera",
      preferred_name: null,
      email: null,
      phone: null,
      grades: null,
      preferred_locale: null,
      active,
      auth_user_id: null,
      created_at: now,
      updated_at: now,
    })
    .execute();

  return personId;
}

describe.each(dialects)("sessions on %s", (dialect) => {
  let testApp: TestApp | undefined;
  afterEach(async () => {
    await testApp?.close();
  });

  it("a teacher who redeemed a sign-in link is known on the next request", async () => {
    testApp = await createTestApp(dialect);
    testApp.app.get("/test-whoami", (c) => c.text(c.get("actor")?.personId ?? "nobody"));
    const personId = await addPerson(testApp);

    const cookie = await testApp.cookieFor(personId);
    const response = await testApp.request("/test-whoami", { cookie });

    expect(await response.text()).toBe(personId);
  });

  it("a deactivated person is treated as signed out even with a valid cookie", async () => {
    testApp = await createTestApp(dialect);
    testApp.app.get("/test-whoami", (c) => c.text(c.get("actor")?.personId ?? "nobody"));
    const personId = await addPerson(testApp);
    const cookie = await testApp.cookieFor(personId);

    await testApp.db.updateTable("people").set({ active: 0 }).where("id", "=", personId).execute();
    const response = await testApp.request("/test-whoami", { cookie });

    expect(await response.text()).toBe("nobody");
  });

  it("a form posted from another site is refused", async () => {
    testApp = await createTestApp(dialect);
    testApp.app.post("/test-form", (c) => c.text("accepted"));

    const response = await testApp.app.request("http://localhost:3999/test-form", {
      method: "POST",
      headers: {
        origin: "https://evil.example",
        "content-type": "application/x-www-form-urlencoded",
      },
      body: "a=1",
    });

    expect(response.status).toBe(403);
  });
});
