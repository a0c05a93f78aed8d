import { afterEach, describe, expect, it } from "vitest";
import { ensureAuthUser, setPassword } from "../../../src/auth/accounts.ts";
import { createTestApp, type TestApp, testBaseUrl } from "../../support/app.ts";
import { dialects } from "../../support/databases.ts";
import { createAdministrator, createClassroom, createGuardian } from "../../support/factories.ts";

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

const password = "a long and memorable sentence";

async function start(dialect: (typeof dialects)[number]) {
  const testApp = await createTestApp(dialect);
  testApp.app.get("/test-whoami", (c) => c.text(c.get("actor")?.personId ?? "nobody"));
  const room = await createClassroom(testApp.db);
  const whoami = async (cookie: string) =>
    (await testApp.request("/test-whoami", { cookie })).text();

  return { testApp, room, whoami };
}

async function giveEmail(testApp: TestApp, personId: string, email: string) {
  await testApp.db.updateTable("people").set({ email }).where("id", "=", personId).execute();
}

async function givePassword(testApp: TestApp, personId: string) {
  const person = await testApp.db
    .selectFrom("people")
    .selectAll()
    .where("id", "=", personId)
    .executeTakeFirstOrThrow();
  const authUserId = await ensureAuthUser(testApp.deps.auth, testApp.db, person);
  await setPassword(testApp.deps.auth, authUserId, password);
}

async function outbox(testApp: TestApp) {
  return testApp.db.selectFrom("outbox_emails").selectAll().orderBy("created_at").execute();
}

/** The token of the sign-in link in an email's text. */
function tokenIn(text: string) {
  const match = /\/sign-in\/link\?token=([^&\s]+)/.exec(text);
  if (!match?.[1]) throw new Error("no sign-in link in the email");

  return decodeURIComponent(match[1]);
}

describe.each(dialects)("signing in on %s", (dialect) => {
  let testApp: TestApp;
  afterEach(async () => {
    await testApp?.close();
  });

  it("two requests that need a person's sign-in account at once share one", async () => {
    const setup = await start(dialect);
    testApp = setup.testApp;
    const person = await testApp.db
      .selectFrom("people")
      .selectAll()
      .where("id", "=", setup.room.guardian.id)
      .executeTakeFirstOrThrow();

    const ids = await Promise.all(
      Array.from({ length: 3 }, () => ensureAuthUser(testApp.deps.auth, testApp.db, person)),
    );

    expect(new Set(ids).size).toBe(1);
    const stored = await testApp.db
      .selectFrom("people")
      .select("auth_user_id")
      .where("id", "=", person.id)
      .executeTakeFirstOrThrow();
    expect(stored.auth_user_id).toBe(ids[0]);
  });

  it("an administrator signs in with their email and password", async () => {
    const setup = await start(dialect);
    testApp = setup.testApp;
    const { administrator } = setup.room;
    await giveEmail(testApp, administrator.id, "ada@school.example");
    await givePassword(testApp, administrator.id);

    const response = await testApp.request(
      "/sign-in",
      form({ email: " Ada@School.example ", password, next: "/school" }),
    );

    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/school");
    expect(await setup.whoami(cookiesOf(response))).toBe(administrator.id);
  });

  it("a wrong password and an unknown email get the same answer", async () => {
    const setup = await start(dialect);
    testApp = setup.testApp;
    const { administrator } = setup.room;
    await giveEmail(testApp, administrator.id, "ada@school.example");
    await givePassword(testApp, administrator.id);

    const wrong = await testApp.request(
      "/sign-in",
      form({ email: "ada@school.example", password: "not the right one" }),
    );
    const unknown = await testApp.request(
      "/sign-in",
      form({ email: "nobody@school.example", password }),
    );

    const message = "That email and password do not match.";
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    expect(wrong.headers.getSetCookie()).toEqual([]);
    expect(unknown.headers.getSetCookie()).toEqual([]);
    const wrongPage = await wrong.text();
    const unknownPage = await unknown.text();
    expect(wrongPage).toContain(message);
    expect(unknownPage).toContain(message);
    expect(wrongPage.replaceAll("ada@school.example", "")).toBe(
      unknownPage.replaceAll("nobody@school.example", ""),
    );
  });

  it("a deactivated administrator cannot sign in with their old password", async () => {
    const setup = await start(dialect);
    testApp = setup.testApp;
    const { administrator } = setup.room;
    await giveEmail(testApp, administrator.id, "ada@school.example");
    await givePassword(testApp, administrator.id);
    await testApp.db
      .updateTable("people")
      .set({ active: 0 })
      .where("id", "=", administrator.id)
      .execute();

    const response = await testApp.request(
      "/sign-in",
      form({ email: "ada@school.example", password }),
    );

    expect(response.status).toBe(401);
  });

  it("a link request reads the same for any address, and only a known one gets mail", async () => {
    const setup = await start(dialect);
    testApp = setup.testApp;
    const { guardian } = setup.room;
    await giveEmail(testApp, guardian.id, "gloria@family.example");

    const known = await testApp.request(
      "/sign-in/link-request",
      form({ email: "Gloria@family.example" }),
    );
    const unknown = await testApp.request(
      "/sign-in/link-request",
      form({ email: "stranger@family.example" }),
    );

    expect([known.status, unknown.status]).toEqual([303, 303]);
    expect(known.headers.get("location")).toBe("/sign-in/sent");
    expect(unknown.headers.get("location")).toBe("/sign-in/sent");
    const emails = await outbox(testApp);
    expect(emails).toHaveLength(1);
    expect(emails[0]).toMatchObject({
      kind: "sign-in.link",
      to_address: "gloria@family.example",
      district_id: guardian.districtId,
      status: "pending",
    });
    expect(emails[0]?.text_body).toContain(`${testBaseUrl}/sign-in/link?token=`);
    expect(emails[0]?.html_body).toContain(`${testBaseUrl}/sign-in/link?token=`);
    const sent = await testApp.request("/sign-in/sent");
    expect(await sent.text()).toContain("If that address belongs to someone at the school");
  });

  it("a parent who also teaches gets a link for each of their accounts", async () => {
    const setup = await start(dialect);
    testApp = setup.testApp;
    const { teacher } = setup.room;
    const parent = await createGuardian(testApp.db, { districtId: teacher.districtId });
    await giveEmail(testApp, teacher.id, "tamara@home.example");
    await giveEmail(testApp, parent.id, "tamara@home.example");

    await testApp.request("/sign-in/link-request", form({ email: "tamara@home.example" }));

    const emails = await outbox(testApp);
    expect(emails).toHaveLength(2);
    const tokens = emails.map((email) => tokenIn(email.text_body));
    expect(new Set(tokens).size).toBe(2);
  });

  it("someone who types no email is asked for one", async () => {
    const setup = await start(dialect);
    testApp = setup.testApp;

    const response = await testApp.request("/sign-in/link-request", form({ email: "" }));

    expect(response.status).toBe(422);
    expect(await response.text()).toContain("Please fill in “Email”.");
  });

  it("opening an emailed link, even many times, neither signs in nor uses it up", async () => {
    const setup = await start(dialect);
    testApp = setup.testApp;
    const { student } = setup.room;
    await giveEmail(testApp, student.id, "sam@student.example");
    await testApp.request("/sign-in/link-request", form({ email: "sam@student.example" }));
    const [email] = await outbox(testApp);
    const token = tokenIn(email?.text_body ?? "");
    const link = `/sign-in/link?token=${encodeURIComponent(token)}`;

    for (const method of ["GET", "HEAD", "GET", "HEAD", "GET"]) {
      const opened = await testApp.request(link, { method });
      expect(opened.status).toBe(200);
      expect(opened.headers.getSetCookie()).toEqual([]);
      expect(opened.headers.get("cache-control")).toBe("no-store");
      if (method === "GET") {
        const page = await opened.text();
        expect(page).toContain('<form method="post" action="/sign-in/link">');
        expect(page).toContain(`name="token" value="${token}"`);
      }
    }

    const pressed = await testApp.request("/sign-in/link", form({ token, next: "/" }));
    expect(pressed.status).toBe(303);
    expect(await setup.whoami(cookiesOf(pressed))).toBe(student.id);
  });

  it("a link used once shows a clear page offering a fresh one the second time", async () => {
    const setup = await start(dialect);
    testApp = setup.testApp;
    const { student } = setup.room;
    await giveEmail(testApp, student.id, "sam@student.example");
    await testApp.request("/sign-in/link-request", form({ email: "sam@student.example" }));
    const token = tokenIn((await outbox(testApp))[0]?.text_body ?? "");
    await testApp.request("/sign-in/link", form({ token }));

    const again = await testApp.request("/sign-in/link", form({ token }));

    expect(again.status).toBe(401);
    expect(again.headers.getSetCookie()).toEqual([]);
    const page = await again.text();
    expect(page).toContain("This sign-in link does not work any more");
    expect(page).toContain('action="/sign-in/link-request"');
  });

  it("a made-up token signs no one in and offers a fresh link", async () => {
    const setup = await start(dialect);
    testApp = setup.testApp;

    const response = await testApp.request("/sign-in/link", form({ token: "made-up-token" }));

    expect(response.status).toBe(401);
    expect(await response.text()).toContain("A sign-in link works once, within 3 days.");
  });

  it("a family member deactivated after their link was sent cannot use it", async () => {
    const setup = await start(dialect);
    testApp = setup.testApp;
    const { guardian } = setup.room;
    await giveEmail(testApp, guardian.id, "gloria@family.example");
    await testApp.request("/sign-in/link-request", form({ email: "gloria@family.example" }));
    const token = tokenIn((await outbox(testApp))[0]?.text_body ?? "");
    await testApp.db
      .updateTable("people")
      .set({ active: 0 })
      .where("id", "=", guardian.id)
      .execute();

    const response = await testApp.request("/sign-in/link", form({ token }));

    expect(response.status).toBe(401);
    expect(response.headers.getSetCookie()).toEqual([]);
  });

  it("a person lands where they were going after signing in, never on another site", async () => {
    const setup = await start(dialect);
    testApp = setup.testApp;
    const { administrator } = setup.room;
    await giveEmail(testApp, administrator.id, "ada@school.example");
    await givePassword(testApp, administrator.id);
    const signIn = (next: string) =>
      testApp.request("/sign-in", form({ email: "ada@school.example", password, next }));

    const places = [];
    for (const next of [
      "/school?id=1",
      "//evil.example/x",
      "/\\evil.example",
      "https://evil.example/",
    ]) {
      places.push((await signIn(next)).headers.get("location"));
    }

    expect(places).toEqual(["/school?id=1", "/", "/", "/"]);
  });

  it("someone signed in who opens the sign-in page goes straight on", async () => {
    const setup = await start(dialect);
    testApp = setup.testApp;
    const cookie = await testApp.cookieFor(setup.room.teacher.id);

    const response = await testApp.request("/sign-in?next=/students", { cookie });

    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/students");
  });

  it("a teacher who signs out is signed out, and the session is gone", async () => {
    const setup = await start(dialect);
    testApp = setup.testApp;
    const { teacher } = setup.room;
    const cookie = await testApp.cookieFor(teacher.id);
    const sessionOnly = cookie
      .split("; ")
      .filter((pair) => pair.startsWith("maps.session_token="))
      .join("; ");

    const response = await testApp.request("/sign-out", form({}, cookie));

    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/");
    const cleared = response.headers.getSetCookie();
    expect(cleared.some((each) => /^maps\.session_token=;.*Max-Age=0/i.test(each))).toBe(true);
    expect(await setup.whoami(sessionOnly)).toBe("nobody");
  });

  it("an administrator who never set a password cannot sign in with one", async () => {
    const setup = await start(dialect);
    testApp = setup.testApp;
    const other = await createAdministrator(testApp.db, { districtId: setup.room.district.id });
    await giveEmail(testApp, other.id, "other@school.example");

    const response = await testApp.request(
      "/sign-in",
      form({ email: "other@school.example", password }),
    );

    expect(response.status).toBe(401);
  });
});
