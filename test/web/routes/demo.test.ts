import { afterEach, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../support/app.ts";
import { dialects } from "../../support/databases.ts";

const post = (fields: Record<string, string> = {}) => ({
  method: "POST",
  headers: { "content-type": "application/x-www-form-urlencoded" },
  body: new URLSearchParams(fields).toString(),
});

const cookiesOf = (response: Response) =>
  response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");

async function start(dialect: (typeof dialects)[number]) {
  const testApp = await createTestApp(dialect);
  testApp.app.get("/test-whoami", (c) => c.text(c.get("actor")?.personId ?? "nobody"));

  return testApp;
}

async function personWithSource(testApp: TestApp, sourceId: string) {
  return testApp.db
    .selectFrom("people")
    .selectAll()
    .where("source_id", "=", sourceId)
    .executeTakeFirstOrThrow();
}

describe.each(dialects)("the demo school on %s", (dialect) => {
  let testApp: TestApp;
  afterEach(async () => {
    await testApp?.close();
  });

  it("a visitor loads a demo school with people, classes, a vision and a plan", async () => {
    testApp = await start(dialect);

    const response = await testApp.request("/setup/demo", post());

    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/demo");
    const district = await testApp.db.selectFrom("districts").selectAll().executeTakeFirstOrThrow();
    expect(district.demo).toBe(1);
    const school = await testApp.db.selectFrom("schools").selectAll().executeTakeFirstOrThrow();
    expect(school.math_vision).toContain("every student is a mathematician.\nWe notice");
    const people = await testApp.db.selectFrom("people").select(["role", "given_name"]).execute();
    const count = (role: string) => people.filter((person) => person.role === role).length;
    expect([count("administrator"), count("teacher"), count("student"), count("guardian")]).toEqual(
      [1, 1, 6, 6],
    );
    expect(people.map((person) => person.given_name)).toEqual(
      expect.arrayContaining(["Lucía", "Minh Anh", "小明", "ليلى"]),
    );
    expect(await testApp.db.selectFrom("classes").select("id").execute()).toHaveLength(2);
    expect(await testApp.db.selectFrom("guardian_links").select("id").execute()).toHaveLength(6);

    const plan = await testApp.db.selectFrom("plans").selectAll().executeTakeFirstOrThrow();
    expect(plan.stage).toBe("shared");
    const statements = await testApp.db
      .selectFrom("statements")
      .select(["section", "voice"])
      .where("plan_id", "=", plan.id)
      .execute();
    expect(new Set(statements.map((each) => each.voice))).toEqual(
      new Set(["teacher", "student", "family"]),
    );
    expect(new Set(statements.map((each) => each.section))).toEqual(
      new Set(["strength", "area", "student_action", "teacher_action", "family_action"]),
    );
    expect(await testApp.db.selectFrom("area_strengths").select("area_id").execute()).toHaveLength(
      2,
    );
  });

  it("the explore page offers a button for each part, and each signs in as that part", async () => {
    testApp = await start(dialect);
    await testApp.request("/setup/demo", post());
    const page = await (await testApp.request("/demo")).text();
    const parts = {
      administrator: "demo-admin",
      teacher: "demo-teacher",
      student: "demo-student-lucia",
      guardian: "demo-guardian-maria",
    };

    for (const [role, sourceId] of Object.entries(parts)) {
      expect(page).toContain(`<input type="hidden" name="role" value="${role}">`);
      const response = await testApp.request("/demo/explore", post({ role }));
      expect(response.status).toBe(303);
      const person = await personWithSource(testApp, sourceId);
      expect(person.role).toBe(role);
      const who = await testApp.request("/test-whoami", { cookie: cookiesOf(response) });
      expect(await who.text()).toBe(person.id);
    }
    expect(page).toContain("Sign in as <bdi>Lucía Hernández</bdi>");
  });

  it("the demo student's start page opens their plan", async () => {
    testApp = await start(dialect);
    await testApp.request("/setup/demo", post());
    const explored = await testApp.request("/demo/explore", post({ role: "student" }));
    const plan = await testApp.db.selectFrom("plans").select("id").executeTakeFirstOrThrow();

    const page = await (await testApp.request("/my-plans", { cookie: cookiesOf(explored) })).text();

    expect(page).toContain(`href="/plans/${plan.id}"`);
  });

  it("a signed-out visitor of a demo install is pointed to the explore page", async () => {
    testApp = await start(dialect);
    await testApp.request("/setup/demo", post());

    const page = await (await testApp.request("/")).text();

    expect(page).toContain('<a href="/demo">Explore the demo school</a>');
  });

  it("a real school offers no explore buttons and signs no one in without a password", async () => {
    testApp = await start(dialect);
    await testApp.request(
      "/setup",
      post({
        schoolName: "Real School",
        timeZone: "America/New_York",
        givenName: "Pat",
        familyName: "Lee",
        email: "pat@real.example",
        password: "a real password here",
        passwordAgain: "a real password here",
      }),
    );

    const page = await testApp.request("/demo");
    const explored = await testApp.request("/demo/explore", post({ role: "administrator" }));

    expect(page.status).toBe(404);
    expect(explored.status).toBe(404);
    expect(explored.headers.getSetCookie()).toEqual([]);
  });

  it("a demo cannot be loaded over a school that is already set up", async () => {
    testApp = await start(dialect);
    await testApp.request("/setup/demo", post());

    const again = await testApp.request("/setup/demo", post());

    expect(again.status).toBe(409);
    expect(await testApp.db.selectFrom("districts").select("id").execute()).toHaveLength(1);
  });

  it("a made-up part to explore as signs no one in", async () => {
    testApp = await start(dialect);
    await testApp.request("/setup/demo", post());

    const response = await testApp.request("/demo/explore", post({ role: "superuser" }));

    expect(response.status).toBe(404);
    expect(response.headers.getSetCookie()).toEqual([]);
  });
});
