import { afterEach, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../support/app.ts";
import { dialects } from "../../support/databases.ts";

const form = (fields: Record<string, string>) => ({
  method: "POST",
  headers: { "content-type": "application/x-www-form-urlencoded" },
  body: new URLSearchParams(fields).toString(),
});

const validSetup = {
  schoolName: "Lincoln Elementary",
  timeZone: "America/Chicago",
  givenName: "Renée",
  familyName: "Okafor",
  email: "renee.okafor@lincoln.example",
  password: "counting on all of us",
  passwordAgain: "counting on all of us",
};

/** The session cookies of a response, as a browser would send them back. */
const cookiesOf = (response: Response) =>
  response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");

describe.each(dialects)("first-run setup on %s", (dialect) => {
  let testApp: TestApp;
  afterEach(async () => {
    await testApp?.close();
  });

  it("a visitor to a fresh install is sent to setup", async () => {
    testApp = await createTestApp(dialect);

    const response = await testApp.request("/");

    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/setup");
    const setup = await testApp.request("/setup");
    expect(setup.status).toBe(200);
    expect(await setup.text()).toContain('<option value="America/New_York" selected>');
  });

  it("an administrator who sets up the school is signed in and asked for a vision", async () => {
    testApp = await createTestApp(dialect);

    const response = await testApp.request("/setup", form(validSetup));

    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/school?welcome=1");
    const district = await testApp.db.selectFrom("districts").selectAll().executeTakeFirstOrThrow();
    expect(district).toMatchObject({ name: "Lincoln Elementary", demo: 0 });
    const school = await testApp.db.selectFrom("schools").selectAll().executeTakeFirstOrThrow();
    expect(school).toMatchObject({
      district_id: district.id,
      name: "Lincoln Elementary",
      time_zone: "America/Chicago",
      check_in_cadence_days: 14,
    });
    const admin = await testApp.db.selectFrom("people").selectAll().executeTakeFirstOrThrow();
    expect(admin).toMatchObject({
      district_id: district.id,
      role: "administrator",
      given_name: "Renée",
      email: "renee.okafor@lincoln.example",
      active: 1,
    });

    const schoolPage = await testApp.request("/school?welcome=1", { cookie: cookiesOf(response) });
    expect(schoolPage.status).toBe(200);
    const page = await schoolPage.text();
    expect(page).toContain("Signed in as <bdi>Renée Okafor</bdi>");
    expect(page).toContain("Start with its Math Vision");
  });

  it("the new administrator can sign in again later with the password they chose", async () => {
    testApp = await createTestApp(dialect);
    await testApp.request("/setup", form(validSetup));

    const response = await testApp.request(
      "/sign-in",
      form({ email: "RENEE.okafor@lincoln.example", password: validSetup.password }),
    );

    expect(response.status).toBe(303);
    expect(cookiesOf(response)).toContain("maps.session_token=");
  });

  it("a second setup is refused once the school exists, and setup is gone", async () => {
    testApp = await createTestApp(dialect);
    await testApp.request("/setup", form(validSetup));

    const second = await testApp.request(
      "/setup",
      form({ ...validSetup, schoolName: "Another School", email: "other@example.org" }),
    );

    expect(second.status).toBe(409);
    expect(await second.text()).toContain("This school is already set up. Please sign in.");
    const districts = await testApp.db.selectFrom("districts").select("id").execute();
    expect(districts).toHaveLength(1);
    const page = await testApp.request("/setup");
    expect(page.status).toBe(302);
    expect(page.headers.get("location")).toBe("/");
  });

  it("two people setting up at the same moment end up with one school between them", async () => {
    testApp = await createTestApp(dialect);

    const answers = await Promise.all(
      ["First", "Second", "Third"].map((name) =>
        testApp.request("/setup", form({ ...validSetup, schoolName: `${name} School` })),
      ),
    );

    expect(answers.map((answer) => answer.status).sort()).toEqual([303, 409, 409]);
    const districts = await testApp.db.selectFrom("districts").select("id").execute();
    const schools = await testApp.db.selectFrom("schools").select("id").execute();
    const people = await testApp.db.selectFrom("people").select("id").execute();
    expect([districts.length, schools.length, people.length]).toEqual([1, 1, 1]);
  });

  it("someone who types two different passwords is told so and keeps what they typed", async () => {
    testApp = await createTestApp(dialect);

    const response = await testApp.request(
      "/setup",
      form({ ...validSetup, passwordAgain: "counting on all of them" }),
    );

    expect(response.status).toBe(422);
    const page = await response.text();
    expect(page).toContain("The two passwords are not the same. Please type them again.");
    expect(page).toContain('value="Lincoln Elementary"');
    expect(page).toContain('<option value="America/Chicago" selected>');
    expect(page).not.toContain(validSetup.password);
    expect(await testApp.db.selectFrom("districts").select("id").execute()).toEqual([]);
  });

  it("someone who chooses a short password is told how long it must be", async () => {
    testApp = await createTestApp(dialect);

    const response = await testApp.request(
      "/setup",
      form({ ...validSetup, password: "short", passwordAgain: "short" }),
    );

    expect(response.status).toBe(422);
    expect(await response.text()).toContain("Password needs at least 10 characters.");
  });

  it("someone who leaves out the school name is asked for it", async () => {
    testApp = await createTestApp(dialect);

    const response = await testApp.request("/setup", form({ ...validSetup, schoolName: "  " }));

    expect(response.status).toBe(422);
    const page = await response.text();
    expect(page).toContain('<a href="#field-schoolName">Please fill in “School name”.</a>');
    expect(page).toContain('aria-invalid="true"');
  });

  it("someone who sends a time zone that does not exist is asked to pick one", async () => {
    testApp = await createTestApp(dialect);

    const response = await testApp.request(
      "/setup",
      form({ ...validSetup, timeZone: "Mars/Olympus" }),
    );

    expect(response.status).toBe(422);
    expect(await response.text()).toContain("Please choose “Time zone” from the list.");
  });

  it("a name with a script tag in it comes back as text, never as markup", async () => {
    testApp = await createTestApp(dialect);

    const response = await testApp.request(
      "/setup",
      form({ ...validSetup, givenName: "<script>alert(1)</script>", password: "short" }),
    );

    const page = await response.text();
    expect(page).not.toContain("<script>alert(1)</script>");
    expect(page).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });
});
