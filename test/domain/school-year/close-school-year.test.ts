import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PlanStage } from "../../../src/db/schema.ts";
import { addStatement } from "../../../src/domain/plans/add-statement.ts";
import {
  closeSchoolYear,
  yearLabelProblem,
} from "../../../src/domain/school-year/close-school-year.ts";
import { createTestApp, type TestApp } from "../../support/app.ts";
import { dialects } from "../../support/databases.ts";
import {
  actorFor,
  createClassroom,
  createPlan,
  createSchool,
  createStudent,
  enroll,
} from "../../support/factories.ts";
import { failure, planDeps } from "../../support/plans.ts";

async function post(testApp: TestApp, path: string, cookie: string, form: Record<string, string>) {
  return testApp.request(path, {
    method: "POST",
    cookie,
    redirect: "manual",
    body: new URLSearchParams(form),
  });
}

describe.each(dialects)("closing a school year, on %s", (dialect) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp(dialect);
  });
  afterAll(async () => {
    await testApp?.close();
  });

  /** A classroom whose plan, at the given stage, belongs to the 2024–2025 year, now closed. */
  async function planOfClosedYear(stage: PlanStage) {
    const room = await createClassroom(testApp.db);
    const plan = await createPlan(testApp.db, {
      student: room.student,
      schoolId: room.school.id,
      startedBy: room.teacher,
      stage,
    });
    await closeSchoolYear(
      { db: testApp.db, clock: () => new Date() },
      actorFor(room.administrator),
      { schoolId: room.school.id, label: "2024–2025", confirm: "yes" },
    );

    return { room, plan };
  }

  it("closes open plans, archives every plan of the year, leaves other schools alone", async () => {
    const room = await createClassroom(testApp.db);
    const inPlan = { student: room.student, schoolId: room.school.id, startedBy: room.teacher };
    const open = await createPlan(testApp.db, { ...inPlan, stage: "checking_in" });
    const closed = await createPlan(testApp.db, { ...inPlan, stage: "closed" });
    const otherSchool = await createSchool(testApp.db, { districtId: room.district.id });
    const pupil = await createStudent(testApp.db, {
      districtId: room.district.id,
      schoolId: otherSchool.id,
    });
    const elsewhere = await createPlan(testApp.db, {
      ...inPlan,
      student: pupil,
      schoolId: otherSchool.id,
    });
    const admin = await testApp.cookieFor(room.administrator.id);

    const response = await post(testApp, "/school-year/close", admin, {
      schoolId: room.school.id,
      label: "2025–2026",
      confirm: "yes",
    });
    expect(response.status).toBe(303);
    const page = await testApp.request(response.headers.get("location") ?? "", { cookie: admin });
    expect(await page.text()).toContain(
      '<bdi dir="ltr">2025–2026</bdi> is closed: 2 plans archived, 1 of them closed',
    );

    const plans = await testApp.db
      .selectFrom("plans")
      .select(["id", "stage", "archived_at", "school_year_id"])
      .where("student_id", "in", [room.student.id, pupil.id])
      .execute();
    const byId = new Map(plans.map((plan) => [plan.id, plan]));
    expect(byId.get(open.id)).toMatchObject({ stage: "closed", archived_at: expect.any(String) });
    expect(byId.get(closed.id)?.archived_at).toEqual(expect.any(String));
    expect(byId.get(open.id)?.school_year_id).toBe(byId.get(closed.id)?.school_year_id);
    expect(byId.get(elsewhere.id)).toMatchObject({ stage: "draft", archived_at: null });

    const history = await testApp.db
      .selectFrom("plan_events")
      .select("kind")
      .where("plan_id", "=", open.id)
      .execute();
    expect(history.map((event) => event.kind)).toContain("plan.closed");
    const audit = await testApp.db
      .selectFrom("audit_entries")
      .select(["action", "details"])
      .where("district_id", "=", room.district.id)
      .where("action", "=", "school_year.closed")
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audit.details)).toMatchObject({ plansClosed: 1, plansArchived: 2 });
  });

  it("a double submit closes the year once and tells the second click why", async () => {
    const room = await createClassroom(testApp.db);
    const inPlan = { student: room.student, schoolId: room.school.id, startedBy: room.teacher };
    await createPlan(testApp.db, { ...inPlan, stage: "checking_in" });
    await createPlan(testApp.db, { ...inPlan, stage: "closed" });
    const admin = await testApp.cookieFor(room.administrator.id);
    const form = { schoolId: room.school.id, label: "2025–2026", confirm: "yes" };

    const responses = await Promise.all([
      post(testApp, "/school-year/close", admin, form),
      post(testApp, "/school-year/close", admin, form),
    ]);
    // The second click is refused either way: at the year's name when the first close is
    // written by the time it is checked, else when it finds no plan left to archive.
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses[0]).toBe(303);
    expect([409, 422]).toContain(statuses[1]);
    const refused = responses.find((response) => response.status !== 303);
    expect(await refused?.text()).toMatch(/Nothing to close|already closed a year named 2025–2026/);

    const years = await testApp.db
      .selectFrom("school_years")
      .select(["plans_archived", "plans_closed"])
      .where("school_id", "=", room.school.id)
      .execute();
    expect(years).toEqual([{ plans_archived: 2, plans_closed: 1 }]);
    const closings = await testApp.db
      .selectFrom("plan_events")
      .innerJoin("plans", "plans.id", "plan_events.plan_id")
      .select("plan_events.id")
      .where("plans.student_id", "=", room.student.id)
      .where("plan_events.kind", "=", "plan.closed")
      .execute();
    expect(closings).toHaveLength(1);
  });

  /** The close form as the school-year page gives it, with the moment it was opened. */
  async function openCloseForm(cookie: string) {
    const page = await (await testApp.request("/school-year", { cookie })).text();
    const openedAt = /name="openedAt" value="([^"]+)"/.exec(page)?.[1];
    if (!openedAt) throw new Error("no openedAt on the school-year page");

    return openedAt;
  }

  async function archivedAt(planId: string) {
    const plan = await testApp.db
      .selectFrom("plans")
      .select("archived_at")
      .where("id", "=", planId)
      .executeTakeFirstOrThrow();

    return plan.archived_at;
  }

  async function yearsOf(schoolId: string) {
    return testApp.db
      .selectFrom("school_years")
      .select("label")
      .where("school_id", "=", schoolId)
      .execute();
  }

  it("a year name the school already closed is refused at the name field", async () => {
    const { room } = await planOfClosedYear("checking_in");
    const admin = await testApp.cookieFor(room.administrator.id);
    const plan = await createPlan(testApp.db, {
      student: room.student,
      schoolId: room.school.id,
      startedBy: room.teacher,
    });

    const response = await post(testApp, "/school-year/close", admin, {
      schoolId: room.school.id,
      label: "2024–2025 ",
      confirm: "yes",
      openedAt: await openCloseForm(admin),
    });

    expect(response.status).toBe(422);
    const text = await response.text();
    expect(text).toContain("This school already closed a year named 2024–2025");
    expect(text).toMatch(/id="field-label"[^>]*aria-invalid="true"/);
    expect(await yearsOf(room.school.id)).toEqual([{ label: "2024–2025" }]);
    expect(await archivedAt(plan.id)).toBeNull();
  });

  it("the close form sent again after a plan was carried forward leaves it open", async () => {
    const room = await createClassroom(testApp.db);
    const inPlan = { student: room.student, schoolId: room.school.id, startedBy: room.teacher };
    const lastYears = await createPlan(testApp.db, { ...inPlan, stage: "closed" });
    const admin = await testApp.cookieFor(room.administrator.id);
    const form = {
      schoolId: room.school.id,
      label: "2025–2026",
      confirm: "yes",
      openedAt: await openCloseForm(admin),
    };
    expect((await post(testApp, "/school-year/close", admin, form)).status).toBe(303);
    const carried = await createPlan(testApp.db, inPlan);

    const again = await post(testApp, "/school-year/close", admin, form);
    const renamed = await post(testApp, "/school-year/close", admin, {
      ...form,
      label: "2026–2027",
    });

    expect(again.status).toBe(422);
    expect(await again.text()).toContain("This school already closed a year named 2025–2026");
    expect(renamed.status).toBe(422);
    const renamedText = await renamed.text();
    expect(renamedText).toContain(
      "This school’s year was closed as 2025–2026 after this page was opened",
    );
    expect(renamedText).toContain(`name="openedAt" value="${form.openedAt}"`);
    expect(await archivedAt(lastYears.id)).toEqual(expect.any(String));
    expect(await archivedAt(carried.id)).toBeNull();
    expect(await yearsOf(room.school.id)).toEqual([{ label: "2025–2026" }]);

    const nextJune = { ...form, label: "2026–2027", openedAt: await openCloseForm(admin) };
    expect((await post(testApp, "/school-year/close", admin, nextJune)).status).toBe(303);
    expect(await archivedAt(carried.id)).toEqual(expect.any(String));
  });

  it("an archived plan can be read and printed; every change is refused, saying why", async () => {
    const { room, plan } = await planOfClosedYear("agreed");
    const teacher = await testApp.cookieFor(room.teacher.id);
    const guardian = await testApp.cookieFor(room.guardian.id);

    const view = await testApp.request(`/plans/${plan.id}`, { cookie: guardian });
    expect(view.status).toBe(200);
    expect(await view.text()).toContain("This plan belongs to a closed school year.");
    expect((await testApp.request(`/plans/${plan.id}/print`, { cookie: teacher })).status).toBe(
      200,
    );

    const changes: [string, string, Record<string, string>][] = [
      [teacher, "statements", { section: "strength", body: "Loves puzzles" }],
      [guardian, "comments", { body: "Thank you" }],
      [teacher, "conference-notes", { body: "Notes" }],
      [teacher, "meetings", { startsAt: "2026-12-10T16:00", place: "Room 4" }],
      [teacher, "check-ins", { note: "ok" }],
      [teacher, "close", {}],
    ];
    for (const [cookie, action, form] of changes) {
      const response = await post(testApp, `/plans/${plan.id}/${action}`, cookie, form);
      expect(response.status, action).toBe(409);
      expect(await response.text(), action).toContain("belongs to a closed school year");
    }
  });

  it("a teacher opening an archived plan finds no form to type into and no edit page", async () => {
    const room = await createClassroom(testApp.db);
    const plan = await createPlan(testApp.db, {
      student: room.student,
      schoolId: room.school.id,
      startedBy: room.teacher,
      stage: "draft",
    });
    const { statementId } = await addStatement(
      planDeps(testApp.db),
      actorFor(room.teacher),
      plan.id,
      { section: "strength", body: "Explains patterns to classmates", helpedBy: [] },
    );
    const teacher = await testApp.cookieFor(room.teacher.id);
    const planForms = `action="/plans/${plan.id}/`;
    const editPath = `/plans/${plan.id}/statements/${statementId}/edit`;
    const open = await (await testApp.request(`/plans/${plan.id}`, { cookie: teacher })).text();
    expect(open).toContain(planForms);

    await closeSchoolYear(
      { db: testApp.db, clock: () => new Date() },
      actorFor(room.administrator),
      { schoolId: room.school.id, label: "2024–2025", confirm: "yes" },
    );
    const archived = await (await testApp.request(`/plans/${plan.id}`, { cookie: teacher })).text();
    expect(archived).toContain("This plan belongs to a closed school year.");
    expect(archived).toContain("Explains patterns to classmates");
    expect(archived).not.toContain(planForms);
    expect(archived).not.toContain('class="add-form"');
    expect(archived).not.toContain(editPath);

    const edit = await testApp.request(editPath, { cookie: teacher });
    expect(edit.status).toBe(409);
    expect(await edit.text()).toContain("belongs to a closed school year");
  });

  it("a new plan can be started for the student in the new year", async () => {
    const { room } = await planOfClosedYear("checking_in");
    const teacher = await testApp.cookieFor(room.teacher.id);

    const response = await post(testApp, `/students/${room.student.id}/plans`, teacher, {});
    expect(response.headers.get("location")).toContain("saved=started");
  });

  it("the form names what is missing and keeps what was typed", async () => {
    const room = await createClassroom(testApp.db);
    const admin = await testApp.cookieFor(room.administrator.id);

    const response = await post(testApp, "/school-year/close", admin, {
      schoolId: room.school.id,
      label: "2025–2026",
    });
    expect(response.status).toBe(422);
    const text = await response.text();
    expect(text).toContain("Please tick");
    expect(text).toContain('value="2025–2026"');
    const unknownSchool = await failure(
      closeSchoolYear({ db: testApp.db, clock: () => new Date() }, actorFor(room.administrator), {
        schoolId: "not-a-school",
        label: "2025–2026",
        confirm: "yes",
      }),
    );
    expect(unknownSchool.problems.map((problem) => problem.field)).toEqual(["schoolId"]);
  });

  it("plans started from Next year before the close stay open and become the new year's", async () => {
    const room = await createClassroom(testApp.db);
    const classmate = await createStudent(testApp.db, {
      districtId: room.district.id,
      schoolId: room.school.id,
    });
    await enroll(testApp.db, { classId: room.klass.id, person: classmate, role: "student" });
    const inPlan = { schoolId: room.school.id, startedBy: room.teacher, stage: "closed" as const };
    const thisYears = await createPlan(testApp.db, { ...inPlan, student: room.student });
    const classmates = await createPlan(testApp.db, { ...inPlan, student: classmate });
    const teacher = await testApp.cookieFor(room.teacher.id);
    const carry = `/program/next-year/plans/${classmates.id}/carry-forward`;
    expect((await post(testApp, carry, teacher, {})).status).toBe(303);
    const classStart = `/program/next-year/classes/${room.klass.id}/plans`;
    expect((await post(testApp, classStart, teacher, {})).status).toBe(303);
    const nextYears = await testApp.db
      .selectFrom("plans")
      .select("id")
      .where("student_id", "in", [room.student.id, classmate.id])
      .where("stage", "=", "draft")
      .execute();
    expect(nextYears).toHaveLength(2);
    const admin = await testApp.cookieFor(room.administrator.id);

    const response = await post(testApp, "/school-year/close", admin, {
      schoolId: room.school.id,
      label: "2025–2026",
      confirm: "yes",
      openedAt: await openCloseForm(admin),
    });

    expect(response.status).toBe(303);
    const page = await testApp.request(response.headers.get("location") ?? "", { cookie: admin });
    expect(await page.text()).toMatch(/is closed: 2 plans archived, 0 of them closed just now/);
    expect(await archivedAt(thisYears.id)).toEqual(expect.any(String));
    expect(await archivedAt(classmates.id)).toEqual(expect.any(String));
    for (const plan of nextYears) expect(await archivedAt(plan.id)).toBeNull();
    const stillDrafts = await testApp.db
      .selectFrom("plans")
      .select("stage")
      .where(
        "id",
        "in",
        nextYears.map((plan) => plan.id),
      )
      .execute();
    expect(stillDrafts).toEqual([{ stage: "draft" }, { stage: "draft" }]);

    // After the close they are the current year's plans: next June's close archives them.
    const nextJune = await post(testApp, "/school-year/close", admin, {
      schoolId: room.school.id,
      label: "2026–2027",
      confirm: "yes",
      openedAt: await openCloseForm(admin),
    });
    expect(nextJune.status).toBe(303);
    for (const plan of nextYears) expect(await archivedAt(plan.id)).toEqual(expect.any(String));
  });

  it("a year's name without its number, or two years apart, is refused at the name", async () => {
    const room = await createClassroom(testApp.db);
    const plan = await createPlan(testApp.db, {
      student: room.student,
      schoolId: room.school.id,
      startedBy: room.teacher,
    });
    const admin = await testApp.cookieFor(room.administrator.id);
    const tries = [
      ["whatever", "must include the year’s number"],
      ["2025–2027", "the second year must be the one after the first"],
      ["2025-2024", "the second year must be the one after the first"],
    ];

    for (const [label, message] of tries) {
      const response = await post(testApp, "/school-year/close", admin, {
        schoolId: room.school.id,
        label: label ?? "",
        confirm: "yes",
        openedAt: await openCloseForm(admin),
      });

      expect(response.status, label).toBe(422);
      const text = await response.text();
      expect(text, label).toContain(message);
      expect(text, label).toContain("Name of the year");
      expect(text, label).toMatch(/id="field-label"[^>]*aria-invalid="true"/);
    }
    expect(await archivedAt(plan.id)).toBeNull();
    expect(await yearsOf(room.school.id)).toEqual([]);
  });

  it("an opened-at that is no real moment, or lies ahead, is refused", async () => {
    const room = await createClassroom(testApp.db);
    const plan = await createPlan(testApp.db, {
      student: room.student,
      schoolId: room.school.id,
      startedBy: room.teacher,
    });
    const admin = await testApp.cookieFor(room.administrator.id);
    const ahead = new Date(Date.now() + 86_400_000).toISOString();

    for (const openedAt of ["garbage", "2026-02-30T10:00:00.000Z", "2025", ahead]) {
      const response = await post(testApp, "/school-year/close", admin, {
        schoolId: room.school.id,
        label: "2025–2026",
        confirm: "yes",
        openedAt,
      });

      expect(response.status, openedAt).toBe(422);
      const text = await response.text();
      expect(text, openedAt).toContain("“When this page was opened” is not a real date and time");
      expect(text, openedAt).not.toContain(`value="${openedAt}"`);
    }
    expect(await archivedAt(plan.id)).toBeNull();
    expect(await yearsOf(room.school.id)).toEqual([]);
  });

  it("only an administrator closes a year", async () => {
    const room = await createClassroom(testApp.db);
    const teacher = await testApp.cookieFor(room.teacher.id);
    const response = await post(testApp, "/school-year/close", teacher, {
      schoolId: room.school.id,
      label: "2025–2026",
      confirm: "yes",
    });
    expect(response.status).toBe(403);
    const error = await failure(
      closeSchoolYear({ db: testApp.db, clock: () => new Date() }, actorFor(room.teacher), {}),
    );
    expect(error.kind).toBe("forbidden");
  });
});

describe("the name of a school year", () => {
  it("carries its number; two years written as a span are consecutive", () => {
    for (const fine of ["2025–2026", "2025-2026", "2025/26", "1999-00", "Year 2025", "2025"]) {
      expect(yearLabelProblem(fine), fine).toBeNull();
    }
    expect(yearLabelProblem("Last year")).toBe("records.problem.yearNumber");
    expect(yearLabelProblem("12345")).toBe("records.problem.yearNumber");
    expect(yearLabelProblem("2025–2025")).toBe("records.problem.yearSpan");
    expect(yearLabelProblem("2025-27")).toBe("records.problem.yearSpan");
  });
});
