import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StudentRecords } from "../../../src/domain/records/read-student-records.ts";
import { createTestApp, type TestApp } from "../../support/app.ts";
import { dialects } from "../../support/databases.ts";
import { staffOnlyMarker, studentWithRecords } from "./student-with-records.ts";

/** The text of a PDF, as pdftotext reads it. */
function pdfText(bytes: ArrayBuffer): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "maps-records-"));
  const file = path.join(folder, "records.pdf");
  fs.writeFileSync(file, Buffer.from(bytes));
  try {
    return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

describe.each(dialects)("a child's records for their family, on %s", (dialect) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp(dialect);
  });
  afterAll(async () => {
    await testApp?.close();
  });

  it("a family member downloads everything the app holds about their child as JSON", async () => {
    const world = await studentWithRecords(testApp);
    const response = await testApp.request(`/students/${world.student.id}/records.json`, {
      cookie: world.cookies.guardian,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="records-/);
    const records = (await response.json()) as StudentRecords;

    expect(records.student).toMatchObject({
      id: world.student.id,
      givenName: world.studentName.given,
      familyName: world.studentName.family,
      email: world.studentEmail,
    });
    expect(records.schools.map((school) => school.id)).toEqual([world.school.id]);
    expect(records.classes.map((klass) => klass.id)).toEqual([world.klass.id]);
    expect(records.familyMembers.map((member) => member.id).sort()).toEqual(
      [world.guardian.id, world.otherGuardian.id].sort(),
    );
    expect(records.you).toEqual({
      name: expect.any(String),
      email: world.guardianEmail,
      phone: "555-0100",
    });
    const [plan] = records.plans;
    expect(plan?.statements.map((statement) => statement.voice).sort()).toEqual([
      "family",
      "student",
      "teacher",
      "teacher",
    ]);
    expect(plan?.comments.map((comment) => comment.body)).toEqual(["We will practise at home"]);
    expect(plan?.meetings.map((meeting) => meeting.place)).toEqual(["Room 4"]);
    expect(plan?.checkIns.some((checkIn) => checkIn.note === "Going well with fractions")).toBe(
      true,
    );
    expect(records.signInCards).toHaveLength(1);

    // Never another family member's contact details, a card's secret or a staff-only note.
    const text = JSON.stringify(records);
    expect(text).not.toContain("555-0199");
    expect(text).not.toContain(`other.${world.unique}`);
    expect(text).not.toContain("token");
    expect(text).not.toContain(staffOnlyMarker);
    expect(text).not.toContain("conference_note");
  });

  it("the student downloads their own records, as JSON and as a readable PDF", async () => {
    const world = await studentWithRecords(testApp);
    const json = await testApp.request(`/students/${world.student.id}/records.json`, {
      cookie: world.cookies.student,
    });
    expect(json.status).toBe(200);
    expect(((await json.json()) as StudentRecords).you).toBeNull();

    const pdf = await testApp.request(`/students/${world.student.id}/records.pdf`, {
      cookie: world.cookies.student,
    });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    const text = pdfText(await pdf.arrayBuffer());
    expect(text).toContain(`Records of ${world.studentName.given} ${world.studentName.family}`);
    expect(text).toContain(`I spot patterns fast ${world.unique}`);
    expect(text).toContain("Explain fraction reasoning in words");
    expect(text).toContain("We will practise at home");
    expect(text).not.toContain(staffOnlyMarker);
  });

  it("a teacher or another family cannot download a child's records", async () => {
    const world = await studentWithRecords(testApp);
    const stranger = await studentWithRecords(testApp);
    const refusals = [
      [world.cookies.teacher, 403],
      [stranger.cookies.guardian, 404],
      [stranger.cookies.student, 404],
    ] as const;
    for (const [cookie, status] of refusals) {
      for (const suffix of ["", ".json", ".pdf"]) {
        const response = await testApp.request(`/students/${world.student.id}/records${suffix}`, {
          cookie,
        });
        expect(response.status, suffix).toBe(status);
      }
    }
  });

  it("a conference note never reaches family or student pages, files or emails", async () => {
    const world = await studentWithRecords(testApp);
    const staffPage = await testApp.request(`/plans/${world.planId}`, {
      cookie: world.cookies.teacher,
    });
    // The marker is really on the plan: staff see it.
    expect(await staffPage.text()).toContain(staffOnlyMarker);

    const pages = [
      "/my-plans",
      `/plans/${world.planId}`,
      `/plans/${world.planId}/print`,
      `/students/${world.student.id}/records`,
      `/students/${world.student.id}/records.json`,
    ];
    for (const cookie of [world.cookies.guardian, world.cookies.student]) {
      for (const page of pages) {
        const response = await testApp.request(page, { cookie });
        expect(response.status, page).toBe(200);
        expect(await response.text(), page).not.toContain(staffOnlyMarker);
      }
      const pdfs = [`/students/${world.student.id}/records.pdf`, `/plans/${world.planId}/plan.pdf`];
      for (const pdf of pdfs) {
        const response = await testApp.request(pdf, { cookie });
        expect(response.status, pdf).toBe(200);
        expect(pdfText(await response.arrayBuffer()), pdf).not.toContain(staffOnlyMarker);
      }
    }

    const emails = await testApp.db
      .selectFrom("outbox_emails")
      .selectAll()
      .where("district_id", "=", world.district.id)
      .execute();
    expect(emails.length).toBeGreaterThan(0);
    for (const email of emails) expect(JSON.stringify(email)).not.toContain(staffOnlyMarker);
  });
});
