import { randomUUID } from "node:crypto";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { insertAuditEntry } from "../../src/db/audit-store.ts";
import { proposeMeeting } from "../../src/domain/meetings/propose-meeting.ts";
import { classesOnOnePage } from "../../src/domain/plans/class-directory.ts";
import { addDays, dayIn } from "../../src/domain/plans/school-time.ts";
import { startPlan } from "../../src/domain/plans/start-plan.ts";
import { translator } from "../../src/i18n/translate.ts";
import { enqueueEmail } from "../../src/mail/outbox.ts";
import { expectAccessible, useRunningAppAndBrowser } from "../support/browser.ts";
import { pageSignedInAs } from "../support/browser-people.ts";
import {
  actorFor,
  createAdministrator,
  createClass,
  createDistrict,
  createGuardian,
  createPlan,
  createSchool,
  createStudent,
  createTeacher,
  enroll,
  linkGuardian,
} from "../support/factories.ts";
import { brokenWords, sidewaysScroll, tableRoles } from "../support/phone-layout.ts";

/*
 * The lists a teacher or an administrator reads on a phone, and the meeting times a family taps:
 * at 390 pixels wide no word may break inside (main lets any word break, which once squeezed
 * these tables' columns to a letter or two wide), and the times must not touch.
 */

const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const timeZone = "America/Chicago";

/** The same page in another language, for this page only (`?lang=`). */
async function inLocale(page: Page, locale: string) {
  const url = new URL(page.url());
  url.searchParams.set("lang", locale);
  await page.goto(url.href);
}

describe("lists and meeting times on a phone", () => {
  const session = useRunningAppAndBrowser();

  /** Ana Moreno's class: a closed plan, an overdue check-in, a shared plan and no plan yet. */
  async function anaMorenosClass() {
    const { db } = session.running.deps;
    const district = await createDistrict(db);
    const school = await createSchool(db, { districtId: district.id, timeZone });
    const inDistrict = { districtId: district.id, schoolId: school.id };
    const klass = await createClass(db, { ...inDistrict, title: "Math 7 – Period 2" });
    const teacher = await createTeacher(db, {
      ...inDistrict,
      givenName: "Ana",
      familyName: "Moreno",
    });
    await enroll(db, { classId: klass.id, person: teacher, role: "teacher" });
    const names = [
      ["Ana", "Hernández"],
      ["María José", "Fernández-Castillo"],
      ["Sam", "Example"],
      ["Lucía", "Rodríguez"],
    ] as const;
    const students = [];
    for (const [givenName, familyName] of names) {
      const student = await createStudent(db, { ...inDistrict, givenName, familyName });
      await enroll(db, { classId: klass.id, person: student, role: "student" });
      students.push(student);
    }
    const [closed, late, shared] = students;
    if (!closed || !late || !shared) throw new Error("no students");
    const plan = (student: typeof closed, stage: "closed" | "checking_in" | "shared") =>
      createPlan(db, { student, schoolId: school.id, startedBy: teacher, stage });
    const closedPlan = await plan(closed, "closed");
    const latePlan = await plan(late, "checking_in");
    await plan(shared, "shared");
    await db
      .insertInto("check_ins")
      .values({
        id: randomUUID(),
        district_id: district.id,
        plan_id: latePlan.id,
        due_on: "2025-01-15",
        held_at: null,
        note: null,
        recorded_by: null,
        created_at: new Date().toISOString(),
      })
      .execute();
    const administrator = await createAdministrator(db, { ...inDistrict, givenName: "Ada" });

    return { district, school, teacher, administrator, students, closedPlan, latePlan };
  }

  it("on a phone, a teacher reads the student list with every word whole", async () => {
    const room = await anaMorenosClass();
    const page = await pageSignedInAs(session, {
      personId: room.teacher.id,
      next: "/students",
      window: phone,
    });

    for (const locale of ["en", "ar"]) {
      await inLocale(page, locale);
      const t = translator(locale);
      await expect(page.locator("main table tbody tr").count()).resolves.toBe(4);
      await expect(brokenWords(page.locator("main table :is(th, td)"))).resolves.toEqual([]);
      await expect(sidewaysScroll(page)).resolves.toBeLessThanOrEqual(0);
      const roles = await tableRoles(page);
      expect(roles).toContain(`rowheader: Ana Hernández`);
      expect(roles).toContain(`columnheader: ${t("plans.students.stage")}`);
      expect(roles).toContain(`cell: ${t("plans.stage.closed")}`);
      await expectAccessible(page);
    }
  });

  it("an administrator of many classes chooses one, then reads its students", async () => {
    const room = await anaMorenosClass();
    const { db } = session.running.deps;
    const inDistrict = { districtId: room.district.id, schoolId: room.school.id };
    for (let n = 1; n <= classesOnOnePage; n += 1) {
      await createClass(db, { ...inDistrict, title: `Math 8 – Period ${n}` });
    }
    const page = await pageSignedInAs(session, {
      personId: room.administrator.id,
      next: "/students",
      window: phone,
    });

    for (const locale of ["en", "ar"]) {
      await inLocale(page, locale);
      const t = translator(locale);
      await expect(page.locator("main .class-directory li").count()).resolves.toBe(
        classesOnOnePage + 1,
      );
      await expect(page.locator("main table").count()).resolves.toBe(0);
      await expect(sidewaysScroll(page)).resolves.toBeLessThanOrEqual(0);
      await expectAccessible(page);
      // The overdue check-ins name the class too: the list of classes is the one to choose from.
      const classes = page.locator("main .class-directory");
      await classes.getByRole("link", { name: "Math 7 – Period 2" }).click();
      await inLocale(page, locale);
      await expect(page.locator("main table tbody tr").count()).resolves.toBe(4);
      await expectAccessible(page);
      await page.getByRole("link", { name: t("plans.students.allClasses") }).click();
      await expect(page.locator("main .class-directory").count()).resolves.toBe(1);
    }
  });

  it("a closed plan in the student list is there to view, an open one to open", async () => {
    const room = await anaMorenosClass();
    const page = await pageSignedInAs(session, {
      personId: room.teacher.id,
      next: "/students",
      window: phone,
    });

    for (const locale of ["en", "es", "vi", "zh", "ar"]) {
      await inLocale(page, locale);
      const t = translator(locale);
      const closed = page.getByRole("row").filter({ hasText: "Ana Hernández" });
      const late = page.getByRole("row").filter({ hasText: "Fernández-Castillo" });

      await expect(closed.getByRole("link").textContent()).resolves.toContain(
        t("plans.students.viewPlan"),
      );
      await expect(closed.getByRole("link").getAttribute("href")).resolves.toBe(
        `/plans/${room.closedPlan.id}`,
      );
      await expect(late.getByRole("link").textContent()).resolves.toContain(
        t("plans.students.openPlan"),
      );
    }
    expect(translator("en")("plans.students.viewPlan")).toBe("View plan");
  });

  it("on a phone, an administrator reads Sent mail with every word whole", async () => {
    const room = await anaMorenosClass();
    const { db } = session.running.deps;
    const emails = [
      ["Nguyễn, Thị Hoa", "hoa.nguyen.family-of-linh@family.example", "Linh’s Math Action Plan"],
      ["Gloria Hernández", "gloria.hernandez@example.org", "A meeting about Ana’s plan"],
    ] as const;
    for (const [name, address, subject] of emails) {
      await enqueueEmail(db, {
        districtId: room.district.id,
        kind: "plan.shared",
        to: { address, name },
        subject,
        text: "The plan",
        html: "<p>The plan</p>",
      });
    }
    const page = await pageSignedInAs(session, {
      personId: room.administrator.id,
      next: "/outbox",
      window: phone,
    });

    for (const locale of ["en", "ar"]) {
      await inLocale(page, locale);
      await expect(page.locator("main table tbody tr").count()).resolves.toBe(2);
      await expect(brokenWords(page.locator("main table :is(th, td)"))).resolves.toEqual([]);
      await expect(sidewaysScroll(page)).resolves.toBeLessThanOrEqual(0);
      const roles = await tableRoles(page);
      expect(roles).toContain(`columnheader: ${translator(locale)("outbox.subject")}`);
      expect(roles).toContain("cell: Linh’s Math Action Plan");
      await expectAccessible(page);
    }
  });

  it("on a phone, an administrator reads the audit trail with every word whole", async () => {
    const room = await anaMorenosClass();
    const { db } = session.running.deps;
    for (const [actor, address] of [
      [room.teacher, "127.0.0.1"],
      [room.administrator, "2001:db8:85a3::8a2e:370:7334"],
    ] as const) {
      await insertAuditEntry(db, {
        district_id: room.district.id,
        actor_id: actor.id,
        actor_role: actor.role,
        action: "view",
        route: "GET /plans/:planId",
        plan_id: room.latePlan.id,
        student_id: room.students[1]?.id ?? null,
        client_address: address,
        created_at: new Date().toISOString(),
      });
    }
    const page = await pageSignedInAs(session, {
      personId: room.administrator.id,
      next: "/audit?student=",
      window: phone,
    });

    for (const locale of ["en", "ar"]) {
      await inLocale(page, locale);
      await expect(page.locator("main table tbody tr").count()).resolves.toBe(2);
      await expect(brokenWords(page.locator("main table :is(th, td)"))).resolves.toEqual([]);
      await expect(sidewaysScroll(page)).resolves.toBeLessThanOrEqual(0);
      const roles = await tableRoles(page);
      expect(roles).toContain(`columnheader: ${translator(locale)("records.audit.who")}`);
      expect(roles).toContain("cell: 127.0.0.1");
      await expectAccessible(page);
    }
  });

  it("on a phone, a family's meeting times are apart and big enough to tap", async () => {
    const room = await anaMorenosClass();
    const { db } = session.running.deps;
    const [student] = room.students.slice(3);
    if (!student) throw new Error("no student");
    const guardian = await createGuardian(db, {
      districtId: room.district.id,
      givenName: "Gloria",
    });
    await linkGuardian(db, { guardian, student });
    const deps = session.running.deps;
    const { planId } = await startPlan(deps, actorFor(room.teacher), { studentId: student.id });
    await db.updateTable("plans").set({ stage: "shared" }).where("id", "=", planId).execute();
    const nextWeek = addDays(dayIn(timeZone, new Date()), 7);
    await proposeMeeting(deps, actorFor(room.teacher), planId, {
      firstTime: `${nextWeek}T08:00`,
      secondTime: `${nextWeek}T16:30`,
      thirdTime: `${addDays(nextWeek, 1)}T12:15`,
      place: "Room 12",
    });
    const page = await pageSignedInAs(session, {
      personId: guardian.id,
      next: `/plans/${planId}/meeting-times`,
      window: phone,
    });

    for (const locale of ["en", "ar"]) {
      await inLocale(page, locale);
      const boxes = await page
        .locator("main form[action$='/choose'] button")
        .evaluateAll((buttons) => buttons.map((button) => button.getBoundingClientRect().toJSON()));
      expect(boxes).toHaveLength(3);
      for (const [index, box] of boxes.entries()) {
        expect(box.height).toBeGreaterThanOrEqual(48);
        expect(box.width).toBeGreaterThanOrEqual(48);
        const next = boxes[index + 1];
        if (next) expect(next.top - box.bottom).toBeGreaterThanOrEqual(8);
      }
      await expectAccessible(page);
    }
  });
});
