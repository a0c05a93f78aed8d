import { afterEach, describe, expect, it } from "vitest";
import { ensureAuthUser, setPassword } from "../../../src/auth/accounts.ts";
import { createLogger } from "../../../src/logger.ts";
import { buildApp } from "../../../src/web/build-app.ts";
import { createTestApp, type TestApp, testBaseUrl } from "../../support/app.ts";
import { dialects } from "../../support/databases.ts";
import { createClassroom } from "../../support/factories.ts";

const password = "a long and memorable sentence";
const minutes = (count: number) => count * 60 * 1000;

const form = (fields: Record<string, string>) => ({
  method: "POST",
  headers: { "content-type": "application/x-www-form-urlencoded" },
  body: new URLSearchParams(fields).toString(),
});

/** A clock the test moves forward by hand. */
function movableClock() {
  let now = new Date("2026-03-02T09:00:00Z");
  return {
    clock: () => now,
    wait(ms: number) {
      now = new Date(now.getTime() + ms);
    },
  };
}

async function start(dialect: (typeof dialects)[number]) {
  const time = movableClock();
  const testApp = await createTestApp(dialect, { clock: time.clock });
  const room = await createClassroom(testApp.db);

  return { testApp, room, time };
}

async function giveEmailAndPassword(testApp: TestApp, personId: string, email: string) {
  await testApp.db.updateTable("people").set({ email }).where("id", "=", personId).execute();
  const person = await testApp.db
    .selectFrom("people")
    .selectAll()
    .where("id", "=", personId)
    .executeTakeFirstOrThrow();
  const authUserId = await ensureAuthUser(testApp.deps.auth, testApp.db, person);
  await setPassword(testApp.deps.auth, authUserId, password);
}

async function outboxCount(testApp: TestApp) {
  const rows = await testApp.db.selectFrom("outbox_emails").select("id").execute();
  return rows.length;
}

const alertOf = (page: string) => /<p role="alert">([^<]*)<\/p>/.exec(page)?.[1];

describe.each(dialects)("rate limits on signing in on %s", (dialect) => {
  let testApp: TestApp;
  afterEach(async () => {
    await testApp?.close();
  });

  it("after ten wrong passwords even the right one waits until the window passes", async () => {
    const setup = await start(dialect);
    testApp = setup.testApp;
    await giveEmailAndPassword(testApp, setup.room.administrator.id, "ada@school.example");

    for (let i = 0; i < 10; i += 1) {
      const wrong = await testApp.request(
        "/sign-in",
        form({ email: "ada@school.example", password: "not it" }),
      );
      expect(wrong.status).toBe(401);
    }
    const right = form({ email: "Ada@School.example", password });
    const refused = await testApp.request("/sign-in", right);
    expect(refused.status).toBe(429);
    expect(alertOf(await refused.text())).toContain("Too many tries to sign in");

    setup.time.wait(minutes(15));
    const later = await testApp.request("/sign-in", right);
    expect(later.status).toBe(303);
  });

  it("the refusal is in the reader's language", async () => {
    const setup = await start(dialect);
    testApp = setup.testApp;
    const wrong = form({ email: "ada@school.example", password: "not it" });
    for (let i = 0; i < 10; i += 1) await testApp.request("/sign-in", wrong);

    const refused = await testApp.request("/sign-in", {
      ...wrong,
      headers: { ...wrong.headers, "accept-language": "es" },
    });

    expect(refused.status).toBe(429);
    expect(alertOf(await refused.text())).toContain("Demasiados intentos");
  });

  it("one address's wrong passwords do not lock out another administrator", async () => {
    const setup = await start(dialect);
    testApp = setup.testApp;
    await giveEmailAndPassword(testApp, setup.room.administrator.id, "ada@school.example");
    const wrong = form({ email: "guess@school.example", password: "not it" });
    for (let i = 0; i < 11; i += 1) await testApp.request("/sign-in", wrong);

    const response = await testApp.request(
      "/sign-in",
      form({ email: "ada@school.example", password }),
    );

    expect(response.status).toBe(303);
  });

  it("a sixth link request in an hour is refused and sends nothing, known address or not", async () => {
    const setup = await start(dialect);
    testApp = setup.testApp;
    await testApp.db
      .updateTable("people")
      .set({ email: "tamara@home.example" })
      .where("id", "=", setup.room.guardian.id)
      .execute();

    const answers = async (email: string) => {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i += 1) {
        const response = await testApp.request("/sign-in/link-request", form({ email }));
        statuses.push(response.status);
      }
      const sixth = await testApp.request("/sign-in/link-request", form({ email }));
      return { statuses, status: sixth.status, alert: alertOf(await sixth.text()) };
    };
    const known = await answers("tamara@home.example");
    expect(await outboxCount(testApp)).toBe(5);
    const unknown = await answers("nobody@home.example");

    expect(known.statuses).toEqual([303, 303, 303, 303, 303]);
    expect(known.status).toBe(429);
    expect(known.alert).toContain("Too many sign-in links");
    expect(unknown).toEqual(known);
    expect(await outboxCount(testApp)).toBe(5);

    setup.time.wait(minutes(60));
    const later = await testApp.request(
      "/sign-in/link-request",
      form({ email: "tamara@home.example" }),
    );
    expect(later.status).toBe(303);
    expect(await outboxCount(testApp)).toBe(6);
  });

  it("one client asking for links for many addresses is refused after twenty", async () => {
    const setup = await start(dialect);
    testApp = setup.testApp;

    for (let i = 0; i < 20; i += 1) {
      const response = await testApp.request(
        "/sign-in/link-request",
        form({ email: `someone${i}@home.example` }),
      );
      expect(response.status).toBe(303);
    }
    const refused = await testApp.request(
      "/sign-in/link-request",
      form({ email: "someone-else@home.example" }),
    );

    expect(refused.status).toBe(429);
  });

  it("a client guessing link and card tokens is refused after twenty failures", async () => {
    const setup = await start(dialect);
    testApp = setup.testApp;

    for (let i = 0; i < 10; i += 1) {
      const link = await testApp.request("/sign-in/link", form({ token: `bogus-${i}` }));
      expect(link.status).toBe(401);
      const card = await testApp.request(`/card/bogus-${i}`, { method: "POST" });
      expect(card.status).toBe(401);
    }

    const link = await testApp.request("/sign-in/link", form({ token: "one-more" }));
    expect(link.status).toBe(429);
    const card = await testApp.request("/card/one-more", { method: "POST" });
    expect(card.status).toBe(429);
  });

  it("two app processes on one database share their counts", async () => {
    const setup = await start(dialect);
    testApp = setup.testApp;
    await giveEmailAndPassword(testApp, setup.room.administrator.id, "ada@school.example");
    const other = await buildApp({
      handle: testApp.database,
      config: testApp.deps.config,
      log: createLogger("silent"),
      clock: setup.time.clock,
    });
    const requestOther = (path: string, init: RequestInit) =>
      other.app.request(`${testBaseUrl}${path}`, {
        ...init,
        headers: { ...(init.headers as Record<string, string>), origin: testBaseUrl },
      });

    const wrong = form({ email: "ada@school.example", password: "not it" });
    for (let i = 0; i < 5; i += 1) {
      expect((await testApp.request("/sign-in", wrong)).status).toBe(401);
      expect((await requestOther("/sign-in", wrong)).status).toBe(401);
    }
    const right = form({ email: "ada@school.example", password });

    expect((await testApp.request("/sign-in", right)).status).toBe(429);
    expect((await requestOther("/sign-in", right)).status).toBe(429);
  });
});
