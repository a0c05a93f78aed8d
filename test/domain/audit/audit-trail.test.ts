import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../support/app.ts";
import { dialects } from "../../support/databases.ts";
import { createClassroom, createPlan } from "../../support/factories.ts";

async function classroomWithPlan(testApp: TestApp) {
  const room = await createClassroom(testApp.db);
  const plan = await createPlan(testApp.db, {
    student: room.student,
    schoolId: room.school.id,
    startedBy: room.teacher,
  });

  return { ...room, planId: plan.id };
}

async function entriesOf(testApp: TestApp, districtId: string) {
  return testApp.db
    .selectFrom("audit_entries")
    .selectAll()
    .where("district_id", "=", districtId)
    .orderBy("id")
    .execute();
}

describe.each(dialects)("the audit trail, on %s", (dialect) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp(dialect);
  });
  afterAll(async () => {
    await testApp?.close();
  });

  it("records who viewed and who changed a plan, from where, with ids and no names", async () => {
    const room = await classroomWithPlan(testApp);
    const guardian = await testApp.cookieFor(room.guardian.id);
    const teacher = await testApp.cookieFor(room.teacher.id);

    const view = await testApp.request(`/plans/${room.planId}`, { cookie: guardian });
    expect(view.status).toBe(200);
    const print = await testApp.request(`/plans/${room.planId}/print`, { cookie: teacher });
    expect(print.status).toBe(200);
    const change = await testApp.request(`/plans/${room.planId}/comments`, {
      method: "POST",
      cookie: teacher,
      redirect: "manual",
      body: new URLSearchParams({ body: "Great reasoning today" }),
    });
    expect(change.status).toBe(303);

    const entries = await entriesOf(testApp, room.district.id);
    expect(
      entries.map((entry) => [entry.actor_id, entry.actor_role, entry.action, entry.route]),
    ).toEqual([
      [room.guardian.id, "guardian", "view", "GET /plans/:planId"],
      [room.teacher.id, "teacher", "view", "GET /plans/:planId/print"],
      [room.teacher.id, "teacher", "change", "POST /plans/:planId/comments"],
    ]);
    for (const entry of entries) {
      expect(entry.plan_id).toBe(room.planId);
      expect(entry.student_id).toBe(room.student.id);
      expect(entry.client_address).toBeTruthy();
      expect(JSON.stringify(entry)).not.toContain(room.student.givenName);
    }
  });

  it("a PDF download and a family's export of their child's records are in the trail", async () => {
    const room = await classroomWithPlan(testApp);
    const guardian = await testApp.cookieFor(room.guardian.id);

    for (const path of [
      `/plans/${room.planId}/plan.pdf`,
      `/students/${room.student.id}/records.json`,
      `/students/${room.student.id}/records.pdf`,
    ]) {
      expect((await testApp.request(path, { cookie: guardian })).status, path).toBe(200);
    }

    const entries = await entriesOf(testApp, room.district.id);
    expect(entries.map((entry) => [entry.route, entry.plan_id, entry.student_id])).toEqual([
      ["GET /plans/:planId/plan.pdf", room.planId, room.student.id],
      ["GET /students/:studentId/records.json", null, room.student.id],
      ["GET /students/:studentId/records.pdf", null, room.student.id],
    ]);
  });

  it("writes nothing for a refused request or a form that needs another look", async () => {
    const room = await classroomWithPlan(testApp);
    const outsider = await createClassroom(testApp.db);
    const stranger = await testApp.cookieFor(outsider.guardian.id);
    const teacher = await testApp.cookieFor(room.teacher.id);

    const refused = await testApp.request(`/plans/${room.planId}`, { cookie: stranger });
    expect(refused.status).toBe(404);
    const bad = await testApp.request(`/plans/${room.planId}/comments`, {
      method: "POST",
      cookie: teacher,
      body: new URLSearchParams({ body: "" }),
    });
    expect(bad.status).toBe(422);

    expect(await entriesOf(testApp, room.district.id)).toEqual([]);
  });

  it("takes the client address from X-Forwarded-For only behind a trusted proxy", async () => {
    const room = await classroomWithPlan(testApp);
    const guardian = await testApp.cookieFor(room.guardian.id);
    const config = testApp.deps.config as { trustProxy: boolean };
    const headers = { "x-forwarded-for": "203.0.113.7, 10.0.0.1" };

    await testApp.request(`/plans/${room.planId}`, { cookie: guardian, headers });
    config.trustProxy = true;
    try {
      await testApp.request(`/plans/${room.planId}`, { cookie: guardian, headers });
    } finally {
      config.trustProxy = false;
    }

    const addresses = (await entriesOf(testApp, room.district.id)).map(
      (entry) => entry.client_address,
    );
    expect(addresses[0]).not.toBe("203.0.113.7");
    expect(addresses[1]).toBe("203.0.113.7");
  });

  it("the database refuses to change or delete an entry", async () => {
    const room = await classroomWithPlan(testApp);
    const guardian = await testApp.cookieFor(room.guardian.id);
    await testApp.request(`/plans/${room.planId}`, { cookie: guardian });
    const [entry] = await entriesOf(testApp, room.district.id);
    if (!entry) throw new Error("no entry");

    await expect(
      testApp.db
        .updateTable("audit_entries")
        .set({ actor_id: room.teacher.id })
        .where("id", "=", entry.id)
        .execute(),
    ).rejects.toThrow(/cannot be changed/);
    await expect(
      testApp.db
        .updateTable("audit_entries")
        .set({ created_at: "2000-01-01T00:00:00.000Z" })
        .where("id", "=", entry.id)
        .execute(),
    ).rejects.toThrow(/cannot be changed/);
    await expect(
      testApp.db.deleteFrom("audit_entries").where("id", "=", entry.id).execute(),
    ).rejects.toThrow(/cannot be deleted/);
    await expect(sql`DELETE FROM audit_entries`.execute(testApp.db)).rejects.toThrow();

    expect(await entriesOf(testApp, room.district.id)).toEqual([entry]);
  });

  it("an administrator filters by student, person and days, a page at a time", async () => {
    const room = await classroomWithPlan(testApp);
    const other = await testApp.db
      .selectFrom("people")
      .select("id")
      .where("id", "=", room.student.id)
      .executeTakeFirstOrThrow();
    const guardian = await testApp.cookieFor(room.guardian.id);
    const teacher = await testApp.cookieFor(room.teacher.id);
    for (let visit = 0; visit < 52; visit += 1) {
      await testApp.request(`/plans/${room.planId}`, { cookie: guardian });
    }
    await testApp.request(`/plans/${room.planId}`, { cookie: teacher });
    const admin = await testApp.cookieFor(room.administrator.id);

    const first = await (await testApp.request("/audit", { cookie: admin })).text();
    expect(first).toContain("53 entries");
    expect(first).toContain("Page 1 of 2");
    const byTeacher = await (
      await testApp.request(`/audit?person=${room.teacher.id}`, { cookie: admin })
    ).text();
    expect(byTeacher).toContain("1 entry");
    const byStudent = await (
      await testApp.request(`/audit?student=${other.id}&page=2`, { cookie: admin })
    ).text();
    expect(byStudent).toContain("Page 2 of 2");
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    const future = await (
      await testApp.request(`/audit?from=${tomorrow}`, { cookie: admin })
    ).text();
    expect(future).toContain("No entries match.");

    const badDay = await testApp.request("/audit?from=2025-02-31", { cookie: admin });
    expect(badDay.status).toBe(422);
    const badText = await badDay.text();
    expect(badText).toContain("From day must be a real date");
    expect(badText).toContain('value="2025-02-31"');
    // Days the wrong way round match nothing: the page says so, rather than "No entries".
    const backwards = await testApp.request("/audit?from=2025-03-10&to=2025-03-01", {
      cookie: admin,
    });
    expect(backwards.status).toBe(422);
    expect(await backwards.text()).toContain(
      "To day is before the From day, so no entry could match: choose a later day.",
    );
  });

  it("an administrator exports the filtered trail as CSV with formulas neutralised", async () => {
    const room = await classroomWithPlan(testApp);
    await testApp.db
      .updateTable("people")
      .set({ given_name: "=cmd|' /C calc'!A0" })
      .where("id", "=", room.teacher.id)
      .execute();
    const teacher = await testApp.cookieFor(room.teacher.id);
    await testApp.request(`/plans/${room.planId}`, { cookie: teacher });
    const admin = await testApp.cookieFor(room.administrator.id);

    const response = await testApp.request(`/audit.csv?person=${room.teacher.id}`, {
      cookie: admin,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/csv");
    // Decoded keeping the byte order mark, which response.text() would drop.
    const bytes = await response.arrayBuffer();
    const lines = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes).split("\r\n");
    expect(lines[0]).toBe(
      "\uFEFFtime_utc,person_id,person_name,role,action,route,plan_id,student_id,student_name," +
        "client_address,details",
    );
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(",'=cmd|' /C calc'!A0 Example,teacher,view,");
    expect(lines[1]).toContain(room.planId);
  });

  it("an administrator reading in Spanish or Arabic sees each role in that language", async () => {
    const room = await classroomWithPlan(testApp);
    const guardian = await testApp.cookieFor(room.guardian.id);
    await testApp.request(`/plans/${room.planId}`, { cookie: guardian });
    const roles = async (locale: string, person: string) => {
      await testApp.db
        .updateTable("people")
        .set({ preferred_locale: locale })
        .where("id", "=", room.administrator.id)
        .execute();
      const admin = await testApp.cookieFor(room.administrator.id);
      const page = await testApp.request(`/audit?person=${person}`, { cookie: admin });
      return [...(await page.text()).matchAll(/<span class="hint">([^<]*)<\/span>/g)].map(
        (match) => match[1],
      );
    };

    expect(await roles("es", room.guardian.id)).toEqual(["familiar"]);
    expect(await roles("ar", room.guardian.id)).toEqual(["فرد من الأسرة"]);
    await testApp.request(`/plans/${room.planId}`, {
      cookie: await testApp.cookieFor(room.administrator.id),
    });
    expect(await roles("es", room.administrator.id)).toEqual(["administrador"]);
  });

  it("only an administrator of the district reads or exports the trail", async () => {
    const room = await classroomWithPlan(testApp);
    for (const person of [room.teacher, room.guardian, room.student]) {
      const cookie = await testApp.cookieFor(person.id);
      expect((await testApp.request("/audit", { cookie })).status).toBe(403);
      expect((await testApp.request("/audit.csv", { cookie })).status).toBe(403);
    }
  });
});
