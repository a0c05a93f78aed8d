import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../support/app.ts";
import { dialects } from "../../support/databases.ts";
import {
  createClassroom,
  createGuardian,
  createPlan,
  createStudent,
  linkGuardian,
} from "../../support/factories.ts";

describe.each(dialects)("the start page on %s", (dialect) => {
  let testApp: TestApp;
  afterEach(async () => {
    await testApp?.close();
  });

  it("a visitor who is not signed in is welcomed and offered to sign in", async () => {
    testApp = await createTestApp(dialect);
    await createClassroom(testApp.db);

    const response = await testApp.request("/");

    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toContain('<a class="button" href="/sign-in">Sign in</a>');
    expect(page).not.toContain("Explore the demo school");
  });

  it("teachers and administrators go straight to their students", async () => {
    testApp = await createTestApp(dialect);
    const room = await createClassroom(testApp.db);

    for (const person of [room.teacher, room.administrator]) {
      const response = await testApp.request("/", { cookie: await testApp.cookieFor(person.id) });
      expect(response.status).toBe(302);
      expect(response.headers.get("location")).toBe("/students");
    }
  });

  it("a student sees their own plans and no classmate's", async () => {
    testApp = await createTestApp(dialect);
    const room = await createClassroom(testApp.db);
    const classmate = await createStudent(testApp.db, { districtId: room.district.id });
    const own = await createPlan(testApp.db, {
      student: room.student,
      schoolId: room.school.id,
      startedBy: room.teacher,
      stage: "shared",
    });
    const theirs = await createPlan(testApp.db, {
      student: classmate,
      schoolId: room.school.id,
      startedBy: room.teacher,
    });
    const cookie = await testApp.cookieFor(room.student.id);

    const home = await testApp.request("/", { cookie });
    const page = await (await testApp.request("/my-plans", { cookie })).text();

    expect(home.headers.get("location")).toBe("/my-plans");
    expect(page).toContain("Your plans");
    expect(page).toContain(`href="/plans/${own.id}"`);
    expect(page).toContain("Shared with family");
    expect(page).not.toContain(theirs.id);
  });

  it("a student without a plan is told their teacher will start one", async () => {
    testApp = await createTestApp(dialect);
    const room = await createClassroom(testApp.db);

    const page = await (
      await testApp.request("/my-plans", { cookie: await testApp.cookieFor(room.student.id) })
    ).text();

    expect(page).toContain("There is no plan yet. Your teacher will start one with you.");
  });

  it("a family member sees the plans of each linked child, and of no other", async () => {
    testApp = await createTestApp(dialect);
    const room = await createClassroom(testApp.db);
    const sibling = await createStudent(testApp.db, {
      districtId: room.district.id,
      givenName: "Lin",
    });
    const stranger = await createStudent(testApp.db, { districtId: room.district.id });
    await linkGuardian(testApp.db, { guardian: room.guardian, student: sibling });
    const plans = await Promise.all(
      [room.student, sibling, stranger].map((student) =>
        createPlan(testApp.db, { student, schoolId: room.school.id, startedBy: room.teacher }),
      ),
    );

    const page = await (
      await testApp.request("/my-plans", { cookie: await testApp.cookieFor(room.guardian.id) })
    ).text();

    expect(page).toContain("Plans for <bdi>Sam Example</bdi>");
    expect(page).toContain("Plans for <bdi>Lin Example</bdi>");
    expect(page).toContain(`href="/plans/${plans[0]?.id}"`);
    expect(page).toContain(`href="/plans/${plans[1]?.id}"`);
    expect(page).not.toContain(plans[2]?.id);
  });

  it("a family tells apart two plans started the same day by year and starter", async () => {
    testApp = await createTestApp(dialect);
    const room = await createClassroom(testApp.db);
    const inSchool = { student: room.student, schoolId: room.school.id };
    const older = await createPlan(testApp.db, { ...inSchool, startedBy: room.teacher });
    // A student has one open plan at a time: the older one's year closes before the newer starts.
    const closedYear = await closeYearOf(testApp, room, older.id);
    const newer = await createPlan(testApp.db, { ...inSchool, startedBy: room.administrator });
    // 15:00 and 19:00 UTC are both 14 September in New York, the school's zone.
    await startedAt(testApp, older.id, "2026-09-14T15:00:00.000Z");
    await startedAt(testApp, newer.id, "2026-09-14T19:00:00.000Z");

    const page = await (
      await testApp.request("/my-plans", {
        cookie: await testApp.cookieFor(room.guardian.id),
        headers: { "accept-language": "es" },
      })
    ).text();

    expect(page).toContain(`Año escolar <bdi dir="ltr">${closedYear}</bdi>`);
    expect(page).toContain('Año escolar <bdi dir="ltr">2026-2027</bdi>');
    expect(page).toContain("Empezado por <bdi>Tamara Example</bdi>");
    expect(page).toContain("Empezado por <bdi>Ada Example</bdi>");
    const links = [...page.matchAll(/<a href="\/plans\/[^"]+">([^<]+)<\/a>/g)].map(
      (link) => link[1],
    );
    expect(links).toHaveLength(2);
    expect(new Set(links).size).toBe(2);
  });

  it("an Arabic-reading family sees the school year with its years in order", async () => {
    testApp = await createTestApp(dialect);
    const room = await createClassroom(testApp.db);
    await createPlan(testApp.db, {
      student: room.student,
      schoolId: room.school.id,
      startedBy: room.teacher,
    });
    await testApp.db
      .updateTable("people")
      .set({ preferred_locale: "ar" })
      .where("id", "=", room.guardian.id)
      .execute();

    const page = await (
      await testApp.request("/my-plans", { cookie: await testApp.cookieFor(room.guardian.id) })
    ).text();

    expect(page).toContain('<html lang="ar" dir="rtl">');
    // In a right-to-left line the dash takes no side: the years would read 2027-2026.
    expect(page).toMatch(/<bdi dir="ltr">\d{4}-\d{4}<\/bdi>/);
  });

  it("a family member whose link to a child was ended no longer sees that child", async () => {
    testApp = await createTestApp(dialect);
    const room = await createClassroom(testApp.db);
    await testApp.db.updateTable("guardian_links").set({ active: 0 }).execute();

    const page = await (
      await testApp.request("/my-plans", { cookie: await testApp.cookieFor(room.guardian.id) })
    ).text();

    expect(page).toContain("No student is linked to your account yet.");
    expect(page).not.toContain("Sam");
  });

  it("a family member sees a child's name as text even when it holds markup", async () => {
    testApp = await createTestApp(dialect);
    const room = await createClassroom(testApp.db);
    const parent = await createGuardian(testApp.db, { districtId: room.district.id });
    const child = await createStudent(testApp.db, {
      districtId: room.district.id,
      givenName: "<img src=x>",
    });
    await linkGuardian(testApp.db, { guardian: parent, student: child });

    const page = await (
      await testApp.request("/my-plans", { cookie: await testApp.cookieFor(parent.id) })
    ).text();

    expect(page).toContain("Plans for <bdi>&lt;img src=x&gt; Example</bdi>");
    expect(page).not.toContain("<img src=x>");
  });

  it("a teacher has no family plans page", async () => {
    testApp = await createTestApp(dialect);
    const room = await createClassroom(testApp.db);

    const response = await testApp.request("/my-plans", {
      cookie: await testApp.cookieFor(room.teacher.id),
    });

    expect(response.status).toBe(403);
  });
});

/** Archives a plan with a closed school year of its school, as closing the year does. */
async function closeYearOf(
  testApp: TestApp,
  room: Awaited<ReturnType<typeof createClassroom>>,
  planId: string,
) {
  const yearId = randomUUID();
  const label = "2025-2026, cerrado en septiembre";
  await testApp.db
    .insertInto("school_years")
    .values({
      id: yearId,
      district_id: room.district.id,
      school_id: room.school.id,
      label,
      closed_by: room.administrator.id,
      closed_at: "2026-09-14T16:00:00.000Z",
      plans_closed: 1,
      plans_archived: 1,
    })
    .execute();
  await testApp.db
    .updateTable("plans")
    .set({ stage: "closed", archived_at: "2026-09-14T16:00:00.000Z", school_year_id: yearId })
    .where("id", "=", planId)
    .execute();

  return label;
}

async function startedAt(testApp: TestApp, planId: string, instant: string) {
  await testApp.db
    .updateTable("plans")
    .set({ created_at: instant })
    .where("id", "=", planId)
    .execute();
}
