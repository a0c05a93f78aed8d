import { afterEach, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../support/app.ts";
import { dialects } from "../../support/databases.ts";
import {
  createAdministrator,
  createClassroom,
  createDistrict,
  createPlan,
  createSchool,
} from "../../support/factories.ts";

const form = (fields: Record<string, string>, cookie: string) => ({
  method: "POST",
  headers: { "content-type": "application/x-www-form-urlencoded" },
  body: new URLSearchParams(fields).toString(),
  cookie,
});

async function schoolRow(testApp: TestApp, schoolId: string) {
  return testApp.db
    .selectFrom("schools")
    .selectAll()
    .where("id", "=", schoolId)
    .executeTakeFirstOrThrow();
}

describe.each(dialects)("school settings on %s", (dialect) => {
  let testApp: TestApp;
  afterEach(async () => {
    await testApp?.close();
  });

  async function start() {
    testApp = await createTestApp(dialect);
    const room = await createClassroom(testApp.db);
    const cookie = await testApp.cookieFor(room.administrator.id);
    const settings = (changes: Record<string, string> = {}) => ({
      schoolId: room.school.id,
      name: "Oak Hill School",
      mathVision: "Every student reasons, explains and belongs.",
      timeZone: "America/Denver",
      checkInCadenceDays: "21",
      ...changes,
    });

    return { room, cookie, settings };
  }

  it("an administrator saves the name, Math Vision, time zone and check-in cadence", async () => {
    const { room, cookie, settings } = await start();

    const response = await testApp.request("/school", form(settings(), cookie));

    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`/school?id=${room.school.id}&saved=1`);
    expect(await schoolRow(testApp, room.school.id)).toMatchObject({
      name: "Oak Hill School",
      math_vision: "Every student reasons, explains and belongs.",
      time_zone: "America/Denver",
      check_in_cadence_days: 21,
    });
    const page = await (
      await testApp.request(response.headers.get("location") ?? "", { cookie })
    ).text();
    expect(page).toContain("The school settings are saved.");
    expect(page).toContain('<option value="America/Denver" selected>');
  });

  it("a family reads the vision in its language, marked as such, and others' words marked", async () => {
    const { room, cookie, settings } = await start();
    const saved = await testApp.request(
      "/school",
      form(settings({ "vision-es": "Cada estudiante razona, explica y pertenece." }), cookie),
    );
    expect(saved.status).toBe(303);
    const plan = await createPlan(testApp.db, {
      student: room.student,
      schoolId: room.school.id,
      startedBy: room.teacher,
    });
    await testApp.db
      .updateTable("people")
      .set({ preferred_locale: "es" })
      .where("id", "=", room.guardian.id)
      .execute();
    await testApp.db
      .insertInto("statements")
      .values({
        id: "statement-in-english",
        district_id: room.district.id,
        plan_id: plan.id,
        section: "strength",
        body: "Sam explains patterns in tables",
        voice: "teacher",
        language: "en",
        author_id: room.teacher.id,
        progress: null,
        retired_at: null,
        created_at: "2025-03-01T10:00:00.000Z",
        updated_at: "2025-03-01T10:00:00.000Z",
      })
      .execute();

    const familyCookie = await testApp.cookieFor(room.guardian.id);
    const page = await (
      await testApp.request(`/plans/${plan.id}`, { cookie: familyCookie })
    ).text();

    expect(page).toContain('lang="es"');
    expect(page).toMatch(
      /<p class="vision vision-text" dir="auto" lang="es"\s*>\s*Cada estudiante razona/,
    );
    expect(page).toMatch(/<p class="statement-body"[^>]*lang="en">Sam explains patterns/);
    expect(page).toContain("Escrito en inglés");
    const settingsPage = await (
      await testApp.request(`/school?id=${room.school.id}`, { cookie })
    ).text();
    expect(settingsPage).toMatch(/name="vision-es"[^>]*lang="es"[^>]*>Cada estudiante/s);
  });

  it("the Math Vision keeps its line breaks and shows markup as plain text", async () => {
    const { room, cookie, settings } = await start();
    const vision = "We notice patterns.\r\n<script>alert('x')</script>\r\nWe explain why.";

    await testApp.request("/school", form(settings({ mathVision: vision }), cookie));

    const saved = await schoolRow(testApp, room.school.id);
    expect(saved.math_vision).toBe(
      "We notice patterns.\n<script>alert('x')</script>\nWe explain why.",
    );
    const page = await (await testApp.request("/school", { cookie })).text();
    expect(page).not.toContain("<script>alert('x')</script>");
    expect(page).toContain(
      '<div class="vision vision-text" dir="auto">We notice patterns.\n' +
        "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;\nWe explain why.</div>",
    );
  });

  it("line breaks a browser sends as two characters count as one towards the 2,000", async () => {
    const { room, cookie, settings } = await start();
    const vision = "ab\r\n".repeat(666);

    const accepted = await testApp.request(
      "/school",
      form(settings({ mathVision: vision }), cookie),
    );
    const refused = await testApp.request(
      "/school",
      form(settings({ mathVision: "x".repeat(2001) }), cookie),
    );

    expect(accepted.status).toBe(303);
    expect((await schoolRow(testApp, room.school.id)).math_vision).toHaveLength(1997);
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain("Math Vision can be at most 2,000 characters.");
  });

  it("a check-in cadence outside 1 to 90 days is refused, keeping what was typed", async () => {
    const { room, cookie, settings } = await start();

    for (const days of ["0", "91", "1.5", "soon"]) {
      const response = await testApp.request(
        "/school",
        form(settings({ checkInCadenceDays: days, name: "Typed Name" }), cookie),
      );
      expect(response.status).toBe(422);
      const page = await response.text();
      expect(page).toContain("Days between check-ins must be a whole number from 1 to 90.");
      expect(page).toContain('value="Typed Name"');
    }
    expect((await schoolRow(testApp, room.school.id)).check_in_cadence_days).toBe(14);
  });

  it("an empty school name is refused", async () => {
    const { cookie, settings } = await start();

    const response = await testApp.request("/school", form(settings({ name: "" }), cookie));

    expect(response.status).toBe(422);
    expect(await response.text()).toContain("Please fill in “School name”.");
  });

  it("a teacher can neither open nor change the school settings", async () => {
    const { room, settings } = await start();
    const cookie = await testApp.cookieFor(room.teacher.id);

    const opened = await testApp.request("/school", { cookie });
    const changed = await testApp.request("/school", form(settings({ name: "Mine now" }), cookie));

    expect([opened.status, changed.status]).toEqual([403, 403]);
    expect((await schoolRow(testApp, room.school.id)).name).not.toBe("Mine now");
  });

  it("an administrator of another district cannot change this school", async () => {
    const { room, settings } = await start();
    const elsewhere = await createDistrict(testApp.db);
    await createSchool(testApp.db, { districtId: elsewhere.id });
    const outsider = await createAdministrator(testApp.db, { districtId: elsewhere.id });
    const cookie = await testApp.cookieFor(outsider.id);

    const response = await testApp.request("/school", form(settings({ name: "Taken" }), cookie));

    expect(response.status).toBe(404);
    expect((await schoolRow(testApp, room.school.id)).name).not.toBe("Taken");
  });

  it("an administrator of two schools can pick which one to set up", async () => {
    const { room, cookie } = await start();
    const second = await createSchool(testApp.db, {
      districtId: room.district.id,
      name: "Zinnia Middle",
    });

    const page = await (await testApp.request(`/school?id=${second.id}`, { cookie })).text();

    expect(page).toContain('value="Zinnia Middle"');
    expect(page).toContain(`<a href="/school?id=${room.school.id}">`);
    expect(page).toContain('<strong aria-current="page">Zinnia Middle</strong>');
  });
});
