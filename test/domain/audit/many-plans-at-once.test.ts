import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPlansForClass } from "../../../src/domain/next-year/start-plans-for-class.ts";
import { createTestApp, type TestApp } from "../../support/app.ts";
import { addToRoster } from "../../support/audit-trail.ts";
import { dialects } from "../../support/databases.ts";
import {
  actorFor,
  createClassroom,
  createPlan,
  createStudent,
  enroll,
  type Person,
} from "../../support/factories.ts";

/*
 * What the trail records when one request reads or changes many students' plans: a whole
 * class's plans started, a closed plan carried forward from the next-year page, a school year
 * closed, a grade's plans downloaded as one PDF; and a student's sign-in card, whose page is
 * neither a plan's nor a student's.
 */

const post = (cookie: string, form: Record<string, string> = {}) => ({
  method: "POST",
  cookie,
  redirect: "manual" as const,
  body: new URLSearchParams(form),
});

describe.each(dialects)("the audit trail of many students at once, on %s", (dialect) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp(dialect);
  });
  afterAll(async () => {
    await testApp?.close();
  });

  /** Sam's class, with Lena, Omar and Pia: Omar's plan is closed, Pia's still open. */
  async function classOfFour() {
    const room = await createClassroom(testApp.db);
    const inSchool = { districtId: room.district.id, schoolId: room.school.id };
    const more: Person[] = [];
    for (const givenName of ["Lena", "Omar", "Pia"]) {
      const student = await createStudent(testApp.db, { ...inSchool, givenName });
      await enroll(testApp.db, { classId: room.klass.id, person: student, role: "student" });
      more.push(student);
    }
    const [lena, omar, pia] = more as [Person, Person, Person];
    const inPlan = { schoolId: room.school.id, startedBy: room.teacher };
    const omarClosed = await createPlan(testApp.db, { ...inPlan, student: omar, stage: "closed" });
    const piaOpen = await createPlan(testApp.db, { ...inPlan, student: pia, stage: "agreed" });

    return { ...room, lena, omar, pia, omarClosed, piaOpen };
  }

  const entriesOf = (districtId: string, actions: string[]) =>
    testApp.db
      .selectFrom("audit_entries")
      .selectAll()
      .where("district_id", "=", districtId)
      .where("action", "in", actions)
      .orderBy("id")
      .execute();

  const openPlanOf = async (student: Person) =>
    (
      await testApp.db
        .selectFrom("plans")
        .select("id")
        .where("student_id", "=", student.id)
        .where("stage", "!=", "closed")
        .executeTakeFirstOrThrow()
    ).id;

  async function auditPage(room: { administrator: Person }, query: string) {
    const admin = await testApp.cookieFor(room.administrator.id);
    const response = await testApp.request(`/audit?${query}`, { cookie: admin });
    expect(response.status).toBe(200);

    return response.text();
  }

  it("a teacher starting a whole class's plans is in the trail once for each student", async () => {
    const room = await classOfFour();
    const teacher = await testApp.cookieFor(room.teacher.id);

    const response = await testApp.request(
      `/program/next-year/classes/${room.klass.id}/plans`,
      post(teacher),
    );
    expect(response.status).toBe(303);

    const entries = await entriesOf(room.district.id, [
      "class_plans.started",
      "class_plans.carried_forward",
    ]);
    const byStudent = new Map(entries.map((entry) => [entry.student_id, entry]));
    expect(entries).toHaveLength(3);
    expect(byStudent.get(room.student.id)?.action).toBe("class_plans.started");
    expect(byStudent.get(room.lena.id)?.action).toBe("class_plans.started");
    expect(byStudent.get(room.omar.id)?.action).toBe("class_plans.carried_forward");
    // Pia kept her open plan: nothing was done to her records.
    expect(byStudent.has(room.pia.id)).toBe(false);
    for (const student of [room.student, room.lena, room.omar]) {
      const entry = byStudent.get(student.id);
      expect(entry).toMatchObject({
        actor_id: room.teacher.id,
        actor_role: "teacher",
        plan_id: await openPlanOf(student),
      });
      expect(entry?.client_address).toBeTruthy();
      expect(JSON.parse(entry?.details ?? "{}").classId).toBe(room.klass.id);
    }
    expect(JSON.parse(byStudent.get(room.omar.id)?.details ?? "{}").carriedFrom).toBe(
      room.omarClosed.id,
    );

    const page = await auditPage(room, `student=${room.omar.id}`);
    expect(page).toContain("1 entry");
    expect(page).toContain(
      "Started plans for a whole class, this one carried forward from a closed plan",
    );
    const lenas = await auditPage(room, `student=${room.lena.id}`);
    expect(lenas).toContain("Started plans for a whole class");
    expect(lenas).toContain("Tamara");
  });

  it("starting the class again writes nothing for the students it skips", async () => {
    const room = await classOfFour();
    const deps = { db: testApp.db, clock: testApp.deps.clock };
    await startPlansForClass(deps, actorFor(room.administrator), room.klass.id);
    const again = await startPlansForClass(deps, actorFor(room.administrator), room.klass.id);

    expect(again.started).toBe(0);
    const entries = await entriesOf(room.district.id, [
      "class_plans.started",
      "class_plans.carried_forward",
    ]);
    expect(entries).toHaveLength(3);
    expect(entries.every((entry) => entry.actor_id === room.administrator.id)).toBe(true);
  });

  it("carrying one closed plan forward names the new plan and the plan it came from", async () => {
    const room = await classOfFour();
    const teacher = await testApp.cookieFor(room.teacher.id);
    const carry = () =>
      testApp.request(
        `/program/next-year/plans/${room.omarClosed.id}/carry-forward`,
        post(teacher),
      );

    expect((await carry()).status).toBe(303);
    // Omar has an open plan now: a second click opens it and changes nothing.
    expect((await carry()).status).toBe(303);

    const entries = await entriesOf(room.district.id, ["plan.carried_forward"]);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actor_id: room.teacher.id,
      student_id: room.omar.id,
      plan_id: await openPlanOf(room.omar),
    });
    expect(JSON.parse(entries[0]?.details ?? "{}").carriedFrom).toBe(room.omarClosed.id);
    expect(await auditPage(room, `student=${room.omar.id}`)).toContain(
      "Carried a closed plan forward into a new plan",
    );
  });

  it("closing a school year names each student whose plan it closed or archived", async () => {
    const room = await classOfFour();
    const admin = await testApp.cookieFor(room.administrator.id);

    const response = await testApp.request(
      "/school-year/close",
      post(admin, { schoolId: room.school.id, label: "2025–2026", confirm: "yes" }),
    );
    expect(response.status).toBe(303);

    const entries = await entriesOf(room.district.id, [
      "school_year.plan_closed",
      "school_year.plan_archived",
    ]);
    expect(entries.map((entry) => [entry.action, entry.student_id, entry.plan_id])).toEqual(
      expect.arrayContaining([
        ["school_year.plan_closed", room.pia.id, room.piaOpen.id],
        ["school_year.plan_archived", room.omar.id, room.omarClosed.id],
      ]),
    );
    expect(entries).toHaveLength(2);
    const year = await testApp.db
      .selectFrom("school_years")
      .select("id")
      .where("school_id", "=", room.school.id)
      .executeTakeFirstOrThrow();
    for (const entry of entries) {
      expect(entry.actor_id).toBe(room.administrator.id);
      expect(entry.client_address).toBeTruthy();
      expect(JSON.parse(entry.details).schoolYearId).toBe(year.id);
    }
    expect(await auditPage(room, `student=${room.pia.id}`)).toContain(
      "Closed a plan with its school year",
    );
    expect(await auditPage(room, `student=${room.omar.id}`)).toContain(
      "Archived a closed plan with its school year",
    );
  });

  it("a school of 7,000 closed plans closes its year with an entry for each student", async () => {
    // More entries than one statement may carry (32,766 values on SQLite, 65,535 on PostgreSQL,
    // ten an entry): they are written in slices.
    const room = await createClassroom(testApp.db);
    const names = Array.from({ length: 7_000 }, (_, n) => ({
      givenName: `Pupil${n}`,
      familyName: "Crowd",
      role: "student" as const,
    }));
    const students = await addToRoster(testApp.db, room.district.id, names);
    const now = new Date().toISOString();
    for (let start = 0; start < students.length; start += 500) {
      const plans = students.slice(start, start + 500).map((student) => ({
        id: randomUUID(),
        district_id: room.district.id,
        school_id: room.school.id,
        student_id: student.id,
        started_by: room.teacher.id,
        stage: "closed" as const,
        version: 1,
        created_at: now,
        updated_at: now,
      }));
      await testApp.db.insertInto("plans").values(plans).execute();
    }
    const admin = await testApp.cookieFor(room.administrator.id);

    const response = await testApp.request(
      "/school-year/close",
      post(admin, { schoolId: room.school.id, label: "2025–2026", confirm: "yes" }),
    );
    expect(response.status).toBe(303);

    const entries = await entriesOf(room.district.id, ["school_year.plan_archived"]);
    expect(new Set(entries.map((entry) => entry.student_id))).toEqual(
      new Set(students.map((student) => student.id)),
    );
  });

  it("a whole grade's PDF names each student whose plan the file holds", async () => {
    const room = await classOfFour();
    const inGrade = (student: Person, grade: string) =>
      testApp.db
        .updateTable("people")
        .set({ grades: grade })
        .where("id", "=", student.id)
        .execute();
    const inPlan = { schoolId: room.school.id, startedBy: room.teacher };
    const samPlan = await createPlan(testApp.db, { ...inPlan, student: room.student });
    await createPlan(testApp.db, { ...inPlan, student: room.lena });
    for (const student of [room.student, room.pia]) await inGrade(student, "3");
    await inGrade(room.lena, "4");
    const teacher = await testApp.cookieFor(room.teacher.id);

    const response = await testApp.request("/students/plans.pdf?grade=3", { cookie: teacher });
    expect(response.status).toBe(200);
    expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(0);

    const entries = await entriesOf(room.district.id, ["grade_plans.downloaded"]);
    expect(entries.map((entry) => [entry.student_id, entry.plan_id]).sort()).toEqual(
      [
        [room.student.id, samPlan.id],
        [room.pia.id, room.piaOpen.id],
      ].sort(),
    );
    for (const entry of entries) {
      expect(entry.actor_id).toBe(room.teacher.id);
      expect(JSON.parse(entry.details).grade).toBe("3");
    }
    expect(await auditPage(room, `student=${room.pia.id}`)).toContain(
      "Downloaded a whole grade’s plans as one PDF",
    );
  });

  it("a student's sign-in card made and viewed by a teacher is in the trail", async () => {
    const room = await classOfFour();
    const teacher = await testApp.cookieFor(room.teacher.id);

    const made = await testApp.request(`/people/${room.student.id}/card`, post(teacher));
    expect(made.status).toBe(200);
    const viewed = await testApp.request(`/people/${room.student.id}/card`, { cookie: teacher });
    expect(viewed.status).toBe(200);
    const family = await testApp.request(`/people/${room.guardian.id}/card`, post(teacher));
    expect(family.status).toBe(200);

    const entries = await entriesOf(room.district.id, ["view", "change"]);
    expect(entries.map((entry) => [entry.action, entry.route, entry.student_id])).toEqual([
      ["change", "POST /people/:personId/card", room.student.id],
      ["view", "GET /people/:personId/card", room.student.id],
    ]);
  });

  it("an administrator reading in another language sees the action in it", async () => {
    const room = await classOfFour();
    await startPlansForClass(
      { db: testApp.db, clock: testApp.deps.clock },
      actorFor(room.teacher),
      room.klass.id,
    );
    await testApp.db
      .updateTable("people")
      .set({ preferred_locale: "es" })
      .where("id", "=", room.administrator.id)
      .execute();

    const page = await auditPage(room, `student=${room.lena.id}`);
    expect(page).toContain("Empezó los planes de toda una clase");
  });
});
