import { sql } from "kysely";
import { afterEach, describe, expect, it, vi } from "vitest";
import { openDatabase } from "../../src/db/connection.ts";
import { PageStore, pageMaxAgeMs } from "../../src/web/page-cache.ts";
import { createTestApp, type TestApp } from "../support/app.ts";
import { dialects } from "../support/databases.ts";
import { eventually } from "../support/eventually.ts";
import { createClassroom, createTeacher } from "../support/factories.ts";
import { startClassroomPlan } from "../support/plans.ts";

const form = (fields: Record<string, string>) => new URLSearchParams(fields);

const formToken = /<input type="hidden" name="formToken" value="([^"]+)">/g;

/** The one-time tokens of a page's "add" forms: each answer has its own (web/form-tokens.ts). */
const formTokensOf = (page: string) => [...page.matchAll(formToken)].map((match) => match[1]);

/** A page as kept: the same bytes but for its forms' one-time tokens. */
const withoutFormTokens = (page: string) => page.replace(formToken, "<input name=formToken>");

/** A page that counts its renders, so a test can tell a kept page from a fresh one. */
function countRenders(testApp: TestApp) {
  const renders = { count: 0 };
  testApp.app.get("/test-counted", (c) => {
    renders.count += 1;
    return c.html(`<p>render ${renders.count} for ${c.get("actor")?.personId ?? "nobody"}</p>`);
  });

  return renders;
}

async function auditRows(testApp: TestApp, districtId: string) {
  const row = await testApp.db
    .selectFrom("audit_entries")
    .select(sql<number>`count(*)`.as("rows"))
    .where("district_id", "=", districtId)
    .executeTakeFirstOrThrow();

  return Number(row.rows);
}

describe.each(dialects)("the rendered-page cache on %s", (dialect) => {
  let testApp: TestApp;
  afterEach(async () => {
    await testApp?.close();
  });

  it("a teacher's second look at a page is the same bytes, rendered once", async () => {
    testApp = await createTestApp(dialect);
    const renders = countRenders(testApp);
    const room = await startClassroomPlan({ db: testApp.db, clock: testApp.deps.clock });
    const cookie = await testApp.cookieFor(room.teacher.id);

    const first = await testApp.request("/test-counted", { cookie });
    const second = await testApp.request("/test-counted", { cookie });
    expect(await second.text()).toBe(await first.text());
    expect(renders.count).toBe(1);
    expect(second.headers.get("cache-control")).toBe("private, no-store");
    expect(second.headers.get("content-security-policy")).toContain("default-src 'self'");

    for (const path of ["/students", `/plans/${room.planId}`]) {
      const fresh = await (await testApp.request(path, { cookie })).text();
      const kept = await (await testApp.request(path, { cookie })).text();
      expect(withoutFormTokens(kept)).toBe(withoutFormTokens(fresh));
    }
  });

  it("a plan page kept for a teacher gives its forms new one-time tokens each time", async () => {
    testApp = await createTestApp(dialect);
    const room = await startClassroomPlan({ db: testApp.db, clock: testApp.deps.clock });
    const cookie = await testApp.cookieFor(room.teacher.id);
    const plan = `/plans/${room.planId}`;

    const fresh = formTokensOf(await (await testApp.request(plan, { cookie })).text());
    const kept = formTokensOf(await (await testApp.request(plan, { cookie })).text());

    expect(fresh.length).toBeGreaterThan(3);
    expect(kept).toHaveLength(fresh.length);
    expect(new Set([...fresh, ...kept]).size).toBe(fresh.length * 2);
  });

  it("a statement added through the app shows on the teacher's next look at the plan", async () => {
    testApp = await createTestApp(dialect);
    const room = await startClassroomPlan({ db: testApp.db, clock: testApp.deps.clock });
    const cookie = await testApp.cookieFor(room.teacher.id);
    const plan = `/plans/${room.planId}`;
    await testApp.request(plan, { cookie });
    await testApp.request(plan, { cookie });

    const added = await testApp.request(`${plan}/statements`, {
      method: "POST",
      cookie,
      body: form({ section: "strength", body: "Sam explains fractions with drawings" }),
    });
    expect(added.status).toBe(303);

    expect(await (await testApp.request(plan, { cookie })).text()).toContain(
      "Sam explains fractions with drawings",
    );
  });

  it("a change made through another connection shows on the next look", async () => {
    testApp = await createTestApp(dialect);
    const room = await createClassroom(testApp.db);
    const cookie = await testApp.cookieFor(room.teacher.id);
    const before = await (await testApp.request("/students", { cookie })).text();
    expect(before).toContain("Sam");
    await testApp.request("/students", { cookie });

    const other = openDatabase({
      dataDir: testApp.database.dataDir,
      databaseUrl: testApp.database.databaseUrl,
    });
    try {
      await sql`update people set preferred_name = 'Samwise' where id = ${room.student.id}`.execute(
        other.db,
      );
    } finally {
      await other.close();
    }

    await eventually(async () => {
      const page = await (await testApp.request("/students", { cookie })).text();
      return page.includes("Samwise");
    });
    if (dialect === "sqlite") {
      expect(await (await testApp.request("/students", { cookie })).text()).toContain("Samwise");
    }
  });

  it("a plan served from the cache is still written to the audit trail", async () => {
    testApp = await createTestApp(dialect);
    const room = await startClassroomPlan({ db: testApp.db, clock: testApp.deps.clock });
    const cookie = await testApp.cookieFor(room.teacher.id);
    const plan = `/plans/${room.planId}`;

    const fresh = await testApp.request(plan, { cookie });
    const kept = await testApp.request(plan, { cookie });

    expect(withoutFormTokens(await kept.text())).toBe(withoutFormTokens(await fresh.text()));
    expect(await auditRows(testApp, room.district.id)).toBe(2);
  });

  it("another teacher, or another session, never gets someone else's kept page", async () => {
    testApp = await createTestApp(dialect);
    const renders = countRenders(testApp);
    const room = await createClassroom(testApp.db);
    const other = await createTeacher(testApp.db, {
      districtId: room.district.id,
      schoolId: room.school.id,
      givenName: "Olu",
    });
    const mine = await testApp.cookieFor(room.teacher.id);
    const theirs = await testApp.cookieFor(other.id);
    const myOtherDevice = await testApp.cookieFor(room.teacher.id);

    await testApp.request("/test-counted", { cookie: mine });
    const theirPage = await (await testApp.request("/test-counted", { cookie: theirs })).text();
    await testApp.request("/test-counted", { cookie: myOtherDevice });

    expect(theirPage).toContain(other.id);
    expect(renders.count).toBe(3);
    expect(await (await testApp.request("/students", { cookie: theirs })).text()).not.toContain(
      "Sam Example",
    );
  });

  it("signing out on every device ends a kept page's session at once", async () => {
    testApp = await createTestApp(dialect);
    const room = await createClassroom(testApp.db);
    const laptop = await testApp.cookieFor(room.teacher.id);
    const phone = await testApp.cookieFor(room.teacher.id);
    for (const cookie of [laptop, phone, laptop, phone]) {
      expect((await testApp.request("/students", { cookie })).status).toBe(200);
    }

    const ended = await testApp.request("/sign-out/everywhere", { method: "POST", cookie: laptop });
    expect(ended.status).toBe(303);

    for (const cookie of [laptop, phone]) {
      const response = await testApp.request("/students", { cookie });
      expect(response.status).toBe(303);
      expect(response.headers.get("location")).toMatch(/^\/sign-in/);
    }
  });

  it("signing out ends that session's kept pages at once", async () => {
    testApp = await createTestApp(dialect);
    const room = await createClassroom(testApp.db);
    const cookie = await testApp.cookieFor(room.teacher.id);
    await testApp.request("/students", { cookie });
    await testApp.request("/students", { cookie });

    await testApp.request("/sign-out", { method: "POST", cookie });

    expect((await testApp.request("/students", { cookie })).status).toBe(303);
  });

  it("a family member's and a student's pages are always rendered afresh", async () => {
    testApp = await createTestApp(dialect);
    const renders = countRenders(testApp);
    const room = await createClassroom(testApp.db);
    for (const person of [room.guardian, room.student]) {
      const cookie = await testApp.cookieFor(person.id);
      await testApp.request("/test-counted", { cookie });
      await testApp.request("/test-counted", { cookie });
    }

    expect(renders.count).toBe(4);
  });

  it("a kept page is rendered again once it is half a minute old", async () => {
    let now = new Date("2025-03-10T15:00:00Z");
    testApp = await createTestApp(dialect, { clock: () => now });
    const renders = countRenders(testApp);
    const room = await createClassroom(testApp.db);
    const cookie = await testApp.cookieFor(room.teacher.id);

    await testApp.request("/test-counted", { cookie });
    now = new Date(now.getTime() + pageMaxAgeMs - 1000);
    await testApp.request("/test-counted", { cookie });
    now = new Date(now.getTime() + 2000);
    await testApp.request("/test-counted", { cookie });

    expect(renders.count).toBe(2);
  });
});

/** Where a page's language picker comes back to, as written in the page. */
const pickerReturn = (page: string) =>
  /name="next" value="([^"]*)"/.exec(page)?.[1]?.replaceAll("&amp;", "&");

describe.each(dialects)("pages kept by the address they read, on %s", (dialect) => {
  let testApp: TestApp;
  afterEach(async () => {
    vi.restoreAllMocks();
    await testApp?.close();
  });

  /** Counts the pages made and kept: a page served from the store is not kept again. */
  const countKept = () => vi.spyOn(PageStore.prototype, "keep");

  async function pagesOf(cookie: string, paths: string[]) {
    const pages: string[] = [];
    for (const path of paths) {
      const response = await testApp.request(path, { cookie });
      expect(response.status).toBe(200);
      pages.push(withoutFormTokens(await response.text()));
    }

    return pages;
  }

  it("a program page asked with a made-up parameter or another spelling is made once", async () => {
    testApp = await createTestApp(dialect);
    const room = await createClassroom(testApp.db);
    const cookie = await testApp.cookieFor(room.administrator.id);
    const kept = countKept();
    const school = room.school.id;

    const pages = await pagesOf(cookie, [
      `/program?school=${school}`,
      `/program?school=${school}&utm_source=newsletter`,
      `/program?fbclid=x1&school=%20${school}%20&page=1`,
      `/program?page=abc&school=${school}&school=another`,
    ]);

    expect(kept).toHaveBeenCalledTimes(1);
    expect(new Set(pages).size).toBe(1);
  });

  it("each filter the program page reads still makes a page of its own", async () => {
    testApp = await createTestApp(dialect);
    const room = await createClassroom(testApp.db);
    const cookie = await testApp.cookieFor(room.administrator.id);
    const kept = countKept();

    await pagesOf(cookie, [
      "/program?grade=04",
      "/program?grade=05",
      `/program?class=${room.klass.id}`,
      `/program?teacher=${room.teacher.id}`,
      "/program?teacherName=Tamara",
      "/program?page=2",
      "/program?year=2025-2026",
    ]);

    expect(kept).toHaveBeenCalledTimes(7);
  });

  it("a student list asked with a made-up parameter is made once", async () => {
    testApp = await createTestApp(dialect);
    const room = await createClassroom(testApp.db);
    const kept = countKept();
    const teacher = await testApp.cookieFor(room.teacher.id);
    const administrator = await testApp.cookieFor(room.administrator.id);
    const klass = room.klass.id;

    const lists = await pagesOf(teacher, ["/students", "/students?ref=mail", "/students?school="]);
    await pagesOf(administrator, [
      `/students?class=${klass}`,
      `/students?ref=mail&class=${klass}`,
      `/students?class=${klass}&find=`,
      `/students?school=${room.school.id}`,
      `/students?school=${room.school.id}&find=math`,
    ]);

    expect(new Set(lists).size).toBe(1);
    expect(lists[0]).toContain("Sam");
    expect(kept).toHaveBeenCalledTimes(5);
  });

  it("a page asked with a made-up parameter is kept for its viewer alone", async () => {
    testApp = await createTestApp(dialect);
    const room = await createClassroom(testApp.db);
    const kept = countKept();
    const teacher = await testApp.cookieFor(room.teacher.id);
    const administrator = await testApp.cookieFor(room.administrator.id);

    const [mine] = await pagesOf(teacher, [`/program?school=${room.school.id}&utm=1`]);
    const [theirs] = await pagesOf(administrator, [`/program?school=${room.school.id}`]);

    expect(kept).toHaveBeenCalledTimes(2);
    expect(mine).toContain("You see the students of your own classes.");
    expect(theirs).not.toContain("You see the students of your own classes.");
  });

  it("a page asked with a made-up parameter comes back to its plain address", async () => {
    testApp = await createTestApp(dialect);
    const room = await createClassroom(testApp.db);
    const cookie = await testApp.cookieFor(room.administrator.id);
    const school = room.school.id;

    const [spanish] = await pagesOf(cookie, [`/program?utm=1&grade=04&lang=es&school=${school}`]);
    const [plain] = await pagesOf(cookie, [`/program?school=${school}&grade=04`]);

    expect(pickerReturn(spanish ?? "")).toBe(`/program?school=${school}&grade=04`);
    expect(pickerReturn(plain ?? "")).toBe(`/program?school=${school}&grade=04`);
    expect(spanish).toContain('<html lang="es"');
  });

  it("a page not known to read its address is kept by the whole address, as before", async () => {
    testApp = await createTestApp(dialect);
    const room = await startClassroomPlan({ db: testApp.db, clock: testApp.deps.clock });
    const cookie = await testApp.cookieFor(room.teacher.id);
    const kept = countKept();

    await pagesOf(cookie, [`/plans/${room.planId}`, `/plans/${room.planId}?ref=mail`]);

    expect(kept).toHaveBeenCalledTimes(2);
  });
});

describe("the page store", () => {
  it("never holds more bytes than its budget", () => {
    const store = new PageStore(64 * 1024);
    const body = new Uint8Array(3000);
    for (let index = 0; index < 1000; index += 1) {
      store.keep(`/page/${index}`, {
        generation: 1,
        renderedAt: 0,
        status: 200,
        headers: [],
        body,
      });
    }

    expect(store.usedBytes).toBeLessThanOrEqual(64 * 1024);
    expect(store.size).toBeGreaterThan(10);
    expect(store.read("/page/999", 1, 1)).toBeDefined();
    expect(store.read("/page/0", 1, 1)).toBeUndefined();
  });

  it("forgets a page kept under an older generation", () => {
    const store = new PageStore();
    const body = new Uint8Array(10);
    store.keep("/students", { generation: 1, renderedAt: 0, status: 200, headers: [], body });

    expect(store.read("/students", 2, 1)).toBeUndefined();
    expect(store.size).toBe(0);
    expect(store.usedBytes).toBe(0);
  });
});
