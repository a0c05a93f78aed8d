import fs from "node:fs";
import path from "node:path";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditTombstone } from "../../../src/db/migrations/008-audit-and-retention.ts";
import { listTables } from "../../../src/db/records-store.ts";
import { createTestApp, type TestApp } from "../../support/app.ts";
import { dialects } from "../../support/databases.ts";
import { studentWithRecords } from "./student-with-records.ts";

/** Every row of every table, as text, for searching. */
async function everyRow(testApp: TestApp) {
  const texts: { table: string; text: string }[] = [];
  for (const table of await listTables(testApp.db, testApp.deps.dialect)) {
    const rows = await sql<Record<string, unknown>>`SELECT * FROM ${sql.table(table)}`.execute(
      testApp.db,
    );
    for (const row of rows.rows) texts.push({ table, text: JSON.stringify(row) });
  }

  return texts;
}

function tablesContaining(rows: { table: string; text: string }[], needle: string) {
  return [...new Set(rows.filter((row) => row.text.includes(needle)).map((row) => row.table))];
}

describe.each(dialects)("deleting a student's records on request, on %s", (dialect) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp(dialect);
  });
  afterAll(async () => {
    await testApp?.close();
  });

  it("a wrong name deletes nothing and the form comes back with what was typed", async () => {
    const world = await studentWithRecords(testApp);
    const admin = await testApp.cookieFor(world.administrator.id);

    const page = await testApp.request(`/students/${world.student.id}/delete`, { cookie: admin });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(`${world.studentName.given} ${world.studentName.family}`);
    const response = await testApp.request(`/students/${world.student.id}/delete`, {
      method: "POST",
      cookie: admin,
      body: new URLSearchParams({ confirmName: "Someone Else" }),
    });

    expect(response.status).toBe(422);
    const text = await response.text();
    expect(text).toContain("Student’s full name must match the name shown");
    expect(text).toContain('value="Someone Else"');
    const still = await testApp.db
      .selectFrom("plans")
      .select("id")
      .where("student_id", "=", world.student.id)
      .execute();
    expect(still).toHaveLength(1);
  });

  it("only an administrator may delete, and a teacher or family member is refused", async () => {
    const world = await studentWithRecords(testApp);
    for (const cookie of [world.cookies.teacher, world.cookies.guardian, world.cookies.student]) {
      const response = await testApp.request(`/students/${world.student.id}/delete`, {
        method: "POST",
        cookie,
        body: new URLSearchParams({
          confirmName: `${world.studentName.given} ${world.studentName.family}`,
        }),
      });
      expect([403, 404]).toContain(response.status);
    }
  });

  it("no table keeps the student's name, id or address; the trail keeps counts", async () => {
    const world = await studentWithRecords(testApp);
    const bystander = await studentWithRecords(testApp);
    // The family and the student looked at the plan: the trail has entries about them.
    await testApp.request(`/plans/${world.planId}`, { cookie: world.cookies.guardian });
    await testApp.request(`/plans/${world.planId}`, { cookie: world.cookies.student });
    const before = await everyRow(testApp);
    expect(tablesContaining(before, world.studentName.family)).toEqual(
      expect.arrayContaining(["people", "auth_user", "outbox_emails"]),
    );

    const { auth_user_id: authUserId } = await testApp.db
      .selectFrom("people")
      .select("auth_user_id")
      .where("id", "=", world.student.id)
      .executeTakeFirstOrThrow();
    expect(tablesContaining(before, authUserId ?? "no auth user")).toEqual(
      expect.arrayContaining(["auth_user", "auth_session"]),
    );

    const admin = await testApp.cookieFor(world.administrator.id);
    const response = await testApp.request(`/students/${world.student.id}/delete`, {
      method: "POST",
      cookie: admin,
      body: new URLSearchParams({
        confirmName: `  ${world.studentName.given.toLowerCase()}  ${world.studentName.family} `,
      }),
    });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("1 plan and 4 statements");

    const after = await everyRow(testApp);
    for (const needle of [
      world.studentName.given,
      world.studentName.family,
      world.student.id,
      world.planId,
      world.studentEmail,
      authUserId ?? "no auth user",
    ]) {
      expect(tablesContaining(after, needle), needle).toEqual([]);
    }

    const entries = await testApp.db
      .selectFrom("audit_entries")
      .selectAll()
      .where("district_id", "=", world.district.id)
      .execute();
    const deletion = entries.find((entry) => entry.action === "student.deleted");
    expect(deletion?.student_id).toBe(auditTombstone);
    expect(JSON.parse(deletion?.details ?? "{}")).toMatchObject({
      people: 1,
      plans: 1,
      statements: 4,
      comments: 1,
      conference_notes: 1,
    });
    const aboutStudent = entries.filter((entry) => entry.action === "view");
    expect(aboutStudent.length).toBeGreaterThanOrEqual(2);
    for (const entry of aboutStudent) {
      expect(entry.student_id).toBe(auditTombstone);
      expect(entry.plan_id).toBe(auditTombstone);
    }

    // Everyone else's records stay whole.
    const kept = await testApp.db
      .selectFrom("plans")
      .select("id")
      .where("id", "=", bystander.planId)
      .execute();
    expect(kept).toHaveLength(1);
    expect(tablesContaining(after, bystander.studentName.family).length).toBeGreaterThan(1);
    const guardian = await testApp.db
      .selectFrom("people")
      .select("id")
      .where("id", "=", world.guardian.id)
      .execute();
    expect(guardian).toHaveLength(1);
  });

  it.runIf(dialect === "sqlite")(
    "the SQLite file on disk no longer holds the student's name",
    async () => {
      const world = await studentWithRecords(testApp);
      const file = path.join(testApp.database.dataDir, "maps.sqlite");
      const files = () => [file, `${file}-wal`].filter((name) => fs.existsSync(name));
      const onDisk = () =>
        files().some((name) => fs.readFileSync(name).includes(world.studentName.family));
      await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(testApp.db);
      expect(onDisk()).toBe(true);

      const admin = await testApp.cookieFor(world.administrator.id);
      await testApp.request(`/students/${world.student.id}/delete`, {
        method: "POST",
        cookie: admin,
        body: new URLSearchParams({
          confirmName: `${world.studentName.given} ${world.studentName.family}`,
        }),
      });

      expect(onDisk()).toBe(false);
    },
  );
});
