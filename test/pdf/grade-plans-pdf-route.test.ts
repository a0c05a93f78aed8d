import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addConferenceNote } from "../../src/domain/plans/add-conference-note.ts";
import { addStatement } from "../../src/domain/plans/add-statement.ts";
import { startPlan } from "../../src/domain/plans/start-plan.ts";
import { gradePlansPageSize } from "../../src/domain/program/grade-plans.ts";
import { createTestApp, type TestApp } from "../support/app.ts";
import { dialects } from "../support/databases.ts";
import {
  actorFor,
  createClass,
  createClassroom,
  createPlan,
  createStudent,
  createTeacher,
  enroll,
  type Person,
} from "../support/factories.ts";
import { pdfPageCount, pdfText } from "./pdf-tools.ts";

describe.each(dialects)("downloading a whole grade's plans as one PDF on %s", (dialect) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp(dialect);
  });
  afterAll(async () => {
    await testApp.close();
  });

  const inGrade = (person: Person, grade: string) =>
    testApp.db.updateTable("people").set({ grades: grade }).where("id", "=", person.id).execute();

  async function planSaying(teacher: Person, student: Person, words: string) {
    const deps = { db: testApp.db, clock: testApp.deps.clock };
    const { planId } = await startPlan(deps, actorFor(teacher), { studentId: student.id });
    await addStatement(deps, actorFor(teacher), planId, {
      section: "strength",
      body: words,
      helpedBy: [],
    });

    return planId;
  }

  /**
   * Tamara's class: Sam, Lena and Omar in grade 3 with plans, Rae in grade 4 with a plan. In
   * another class of the same school, Victor's student Uma is in grade 3 with a plan.
   */
  async function school() {
    const room = await createClassroom(testApp.db);
    const inSchool = { districtId: room.district.id, schoolId: room.school.id };
    const lena = await createStudent(testApp.db, { ...inSchool, givenName: "Lena" });
    const omar = await createStudent(testApp.db, { ...inSchool, givenName: "Omar" });
    const rae = await createStudent(testApp.db, { ...inSchool, givenName: "Rae" });
    for (const student of [lena, omar, rae]) {
      await enroll(testApp.db, { classId: room.klass.id, person: student, role: "student" });
    }
    const victor = await createTeacher(testApp.db, { ...inSchool, givenName: "Victor" });
    const uma = await createStudent(testApp.db, { ...inSchool, givenName: "Uma" });
    const otherClass = await createClass(testApp.db, inSchool);
    await enroll(testApp.db, { classId: otherClass.id, person: victor, role: "teacher" });
    await enroll(testApp.db, { classId: otherClass.id, person: uma, role: "student" });
    for (const student of [room.student, lena, omar, uma]) await inGrade(student, "3");
    await inGrade(rae, "4");

    const samPlan = await planSaying(room.teacher, room.student, "Sam counts on from the larger");
    const lenaPlan = await planSaying(room.teacher, lena, "Lena draws arrays for products");
    const omarPlan = await planSaying(room.teacher, omar, "Omar checks with estimates");
    await planSaying(room.teacher, rae, "Rae writes fourth grade fractions");
    await planSaying(victor, uma, "Uma explains with number lines");
    await addConferenceNote(
      { db: testApp.db, clock: testApp.deps.clock },
      actorFor(room.teacher),
      samPlan,
      { prompt: "confident", body: "Staff only words about Sam" },
    );

    return {
      ...room,
      lena,
      omar,
      rae,
      victor,
      uma,
      samPlan,
      gradeThree: [samPlan, lenaPlan, omarPlan],
    };
  }

  async function download(path: string, person: Person) {
    return testApp.request(path, { cookie: await testApp.cookieFor(person.id) });
  }

  async function pdfOf(response: Response) {
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    return new Uint8Array(await response.arrayBuffer());
  }

  it("a teacher downloads their own grade 3 students' plans as one PDF", async () => {
    const room = await school();
    const response = await download("/students/plans.pdf?grade=3", room.teacher);
    // The current school year, named as the program page names it (2026-2027).
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="Math Action Plans - grade 3 - \d{4}-\d{4}\.pdf"/,
    );
    const bytes = await pdfOf(response);

    const text = pdfText(bytes);
    expect(text).toContain("Sam counts on from the larger");
    expect(text).toContain("Lena draws arrays for products");
    expect(text).toContain("Omar checks with estimates");
    expect(text).toContain("Staff only words about Sam");
    expect(text).not.toContain("Rae writes fourth grade fractions");
    expect(text).not.toContain("Uma explains with number lines");
    for (const name of ["Lena", "Omar", "Sam"]) {
      expect(text).toMatch(
        new RegExp(`Math Action Plan for ${name} \\S+ · page 1 · school year \\d{4}-\\d{4}`),
      );
    }

    let pages = 0;
    for (const planId of room.gradeThree) {
      pages += pdfPageCount(await pdfOf(await download(`/plans/${planId}/plan.pdf`, room.teacher)));
    }
    expect(pdfPageCount(bytes)).toBe(pages);
    expect(text.match(/· page 1\b/g)).toHaveLength(3);
  });

  it("a signed-out link to a grade comes back to that grade after signing in", async () => {
    const signedOut = await testApp.request("/students/plans.pdf?grade=3");

    expect(signedOut.status).toBe(303);
    expect(signedOut.headers.get("location")).toBe(
      `/sign-in?next=${encodeURIComponent("/students/plans.pdf?grade=3")}`,
    );
  });

  it("a HEAD answers with the file's headers without drawing it", async () => {
    const room = await school();
    const cookie = await testApp.cookieFor(room.teacher.id);
    const head = await testApp.request("/students/plans.pdf?grade=3", { method: "HEAD", cookie });

    expect(head.status).toBe(200);
    expect(head.headers.get("content-type")).toBe("application/pdf");
    expect(head.headers.get("content-disposition")).toMatch(/grade 3 - \d{4}-\d{4}\.pdf/);
    expect((await head.arrayBuffer()).byteLength).toBe(0);
  });

  it("the teacher's list of students links each grade that has plans", async () => {
    const room = await school();
    const page = await (await download("/students", room.teacher)).text();

    expect(page).toContain('href="/students/plans.pdf?grade=3"');
    expect(page).toContain('href="/students/plans.pdf?grade=4"');
    expect(page).toContain("Grade 3: 3 plans (PDF)");
  });

  it("a student the roster puts in two grades is in both grades' downloads", async () => {
    const room = await school();
    // OneRoster lists a person's grades: Rae is in grade 4 and, for math, in grade 3 too.
    await inGrade(room.rae, "4, 3");
    const page = await (await download("/students", room.teacher)).text();

    expect(page).toContain("Grade 3: 4 plans (PDF)");
    expect(page).toContain("Grade 4: 1 plan (PDF)");
    expect(page).not.toContain("grade=4%2C");
    for (const grade of ["3", "4"]) {
      const text = pdfText(
        await pdfOf(await download(`/students/plans.pdf?grade=${grade}`, room.teacher)),
      );
      expect(text).toContain("Rae writes fourth grade fractions");
    }
    const third = pdfText(await pdfOf(await download("/students/plans.pdf?grade=3", room.teacher)));
    expect(third).toContain("Sam counts on from the larger");
    // A grade is matched whole: grade "4" is not in the list "14".
    await inGrade(room.rae, "14");
    expect((await download("/students/plans.pdf?grade=4", room.teacher)).status).toBe(404);
  });

  it("an administrator downloads the school's grade from the program page, filters kept", async () => {
    const room = await school();
    const page = await (await download("/program?grade=3", room.administrator)).text();
    expect(page).toContain('href="/program/plans.pdf?grade=3"');

    const whole = pdfText(
      await pdfOf(await download("/program/plans.pdf?grade=3", room.administrator)),
    );
    expect(whole).toContain("Uma explains with number lines");
    expect(whole).toContain("Sam counts on from the larger");
    expect(whole).not.toContain("Rae writes fourth grade fractions");

    const path = `/program/plans.pdf?grade=3&teacher=${room.victor.id}`;
    const victors = pdfText(await pdfOf(await download(path, room.administrator)));
    expect(victors).toContain("Uma explains with number lines");
    expect(victors).not.toContain("Sam counts on from the larger");
  });

  it("a teacher's program page download holds only their own students", async () => {
    const room = await school();
    const text = pdfText(await pdfOf(await download("/program/plans.pdf?grade=3", room.victor)));

    expect(text).toContain("Uma explains with number lines");
    expect(text).not.toContain("Sam counts on from the larger");
  });

  it("families and students cannot download a grade's plans", async () => {
    const room = await school();
    for (const person of [room.guardian, room.student]) {
      for (const path of ["/students/plans.pdf?grade=3", "/program/plans.pdf?grade=3"]) {
        const response = await download(path, person);
        expect(response.status).toBe(403);
        expect(response.headers.get("content-type")).not.toBe("application/pdf");
      }
    }
  });

  it("a grade without plans says so plainly instead of sending an empty PDF", async () => {
    const room = await school();
    const response = await download("/students/plans.pdf?grade=7", room.teacher);

    expect(response.status).toBe(404);
    expect(await response.text()).toContain("There are no plans in grade 7 for you to download.");
  });

  it("an unreadable grade is refused with a clear message and nothing is echoed raw", async () => {
    const room = await school();
    for (const grade of ["", "x".repeat(41), "3%00"]) {
      const response = await download(`/students/plans.pdf?grade=${grade}`, room.teacher);
      expect(response.status).toBe(422);
      expect(await response.text()).toContain("Choose a grade from the list");
    }
    const script = encodeURIComponent("<script>alert(1)</script>");
    const response = await download(`/program/plans.pdf?grade=${script}`, room.administrator);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain("<script>alert(1)</script>");
  });

  it("a grade larger than one page of reading holds every plan exactly once", async () => {
    const room = await createClassroom(testApp.db);
    const inSchool = { districtId: room.district.id, schoolId: room.school.id };
    const count = gradePlansPageSize + 3;
    for (let n = 0; n < count; n += 1) {
      // Two students share each name, so the reading order falls back to the plan's id.
      const student = await createStudent(testApp.db, {
        ...inSchool,
        givenName: `Kid${Math.floor(n / 2)}`,
        familyName: "Same",
      });
      await enroll(testApp.db, { classId: room.klass.id, person: student, role: "student" });
      await inGrade(student, "5");
      await createPlan(testApp.db, { student, schoolId: room.school.id, startedBy: room.teacher });
    }

    const bytes = await pdfOf(await download("/students/plans.pdf?grade=5", room.teacher));
    const text = pdfText(bytes);
    expect(text.match(/· page 1\b/g)).toHaveLength(count);
    for (let n = 0; n < count / 2; n += 1) {
      expect(text.match(new RegExp(`Plan for Kid${n} Same · page 1\\b`, "g"))?.length).toBe(
        n === Math.floor((count - 1) / 2) && count % 2 === 1 ? 1 : 2,
      );
    }
  });
});
