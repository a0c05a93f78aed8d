import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { endSessionsOf } from "../../src/auth/accounts.ts";
import { listIdentityStatements } from "../../src/db/identity-store.ts";
import { ensureSchoolStatements } from "../../src/domain/identity/identity-statements.ts";
import { createSignInCard } from "../../src/domain/sign-in/create-sign-in-card.ts";
import { revokeSignInCard } from "../../src/domain/sign-in/revoke-sign-in-card.ts";
import { signInWithCard } from "../../src/domain/sign-in/sign-in-with-card.ts";
import { createTestApp, type TestApp } from "../support/app.ts";
import { dialects } from "../support/databases.ts";
import {
  actorFor,
  createAdministrator,
  createClass,
  createClassroom,
  createDistrict,
  createGuardian,
  createPlan,
  createSchool,
  createStudent,
  createTeacher,
  enroll,
  linkGuardian,
  type Person,
} from "../support/factories.ts";

/*
 * Every route, as every kind of person, against one student's plan. A route added without an entry
 * here fails the first test, so no page or action escapes the check.
 */

const fixtures = path.resolve(import.meta.dirname, "../fixtures/roster");

const roles = [
  "visitor",
  "administrator",
  "otherDistrictAdministrator",
  "teacher",
  "otherClassTeacher",
  "deactivatedTeacher",
  "student",
  "otherStudent",
  "guardian",
  "otherGuardian",
  "deactivatedGuardian",
  // Signed in with a sign-in card, then staff stopped the card: signed out everywhere.
  "revokedCardStudent",
] as const;
type Role = (typeof roles)[number];

const staffOfPlan: Role[] = ["administrator", "teacher"];
const planReaders: Role[] = ["administrator", "teacher", "student", "guardian"];
const administrators: Role[] = ["administrator", "otherDistrictAdministrator"];
/** The program pages: administrators for their district, teachers for their own classes. */
const programReaders: Role[] = [
  "administrator",
  "otherDistrictAdministrator",
  "teacher",
  "otherClassTeacher",
];

/** Everyone with a working session, whoever they are. */
const signedInPeople: Role[] = [
  "administrator",
  "otherDistrictAdministrator",
  "teacher",
  "otherClassTeacher",
  "student",
  "otherStudent",
  "guardian",
  "otherGuardian",
];

/** The people and records one route is tried against; a fresh one for every route. */
interface World {
  people: Record<Exclude<Role, "visitor">, Person>;
  studentFamilyName: string;
  planId: string;
  studentStatementId: string;
  emailId: string;
  importId: string;
  /** An upload held to ask before deactivating; made only for the route that confirms it. */
  heldImportId: string;
  /** One of the school's math identity statements. */
  identityStatementId: string;
  schoolId: string;
  classId: string;
  closedPlanId: string;
  /** A meeting waiting for the family's choice, one of its times, and an agreed meeting. */
  proposalId: string;
  proposalTimeId: string;
  agreedProposalId: string;
  /** A meeting recorded on the plan, to correct or remove. */
  meetingId: string;
}

interface RouteCase {
  /** Who gets through: any other role must be refused (401, 403, 404 or sent to sign in). */
  allowed: Role[];
  /** Statuses that also count as a refusal on this route (a second setup is a conflict). */
  refusedWith?: number[];
  path(world: World): string;
  body?: Record<string, string>;
}

const everyone = [...roles];

const matrix: Record<string, RouteCase> = {
  "GET /static/:name": { allowed: everyone, path: () => "/static/app.css" },
  "GET /": { allowed: everyone, path: () => "/" },
  "GET /setup": { allowed: everyone, path: () => "/setup" },
  "POST /setup": {
    allowed: [],
    refusedWith: [409],
    path: () => "/setup",
    body: {
      schoolName: "Second School",
      timeZone: "America/New_York",
      givenName: "Eve",
      familyName: "Intruder",
      email: "eve@example.org",
      password: "a-long-password-1",
      passwordAgain: "a-long-password-1",
    },
  },
  "POST /setup/demo": { allowed: [], refusedWith: [409], path: () => "/setup/demo" },
  "GET /demo": { allowed: [], path: () => "/demo" },
  "POST /demo/explore": { allowed: [], path: () => "/demo/explore", body: { role: "teacher" } },
  "GET /sign-in": { allowed: everyone, path: () => "/sign-in" },
  "POST /sign-in": { allowed: everyone, path: () => "/sign-in", body: { email: "x@example.org" } },
  "POST /sign-in/link-request": {
    allowed: everyone,
    path: () => "/sign-in/link-request",
    body: { email: "nobody@example.org" },
  },
  "GET /sign-in/sent": { allowed: everyone, path: () => "/sign-in/sent" },
  "GET /sign-in/link": { allowed: everyone, path: () => "/sign-in/link?token=not-a-token" },
  // Every role tries a bogus token from the same client: past 20 failures the refusal is a 429.
  "POST /sign-in/link": {
    allowed: [],
    refusedWith: [429],
    path: () => "/sign-in/link",
    body: { token: "bogus" },
  },
  "POST /sign-out": { allowed: everyone, path: () => "/sign-out" },
  // The language picker: anyone may choose; only a signed-in person's own language changes.
  "POST /language": {
    allowed: everyone,
    path: () => "/language",
    body: { language: "es", next: "/" },
  },
  "GET /account": {
    allowed: [
      "administrator",
      "otherDistrictAdministrator",
      "teacher",
      "otherClassTeacher",
      "student",
      "otherStudent",
      "guardian",
      "otherGuardian",
    ],
    path: () => "/account",
  },
  "POST /sign-out/everywhere": {
    allowed: [
      "administrator",
      "otherDistrictAdministrator",
      "teacher",
      "otherClassTeacher",
      "student",
      "otherStudent",
      "guardian",
      "otherGuardian",
    ],
    path: () => "/sign-out/everywhere",
  },
  // Each acts on the signed-in person's own password; nobody in this world has one, so everyone
  // is refused (403), a visitor and the deactivated sent to sign in.
  "POST /account/password": {
    allowed: [],
    path: () => "/account/password",
    body: {
      currentPassword: "a-long-password-1",
      newPassword: "a-long-password-2",
      newPasswordAgain: "a-long-password-2",
    },
  },
  "POST /account/password/reset": {
    allowed: [],
    path: () => "/account/password/reset",
    body: { newPassword: "a-long-password-2", newPasswordAgain: "a-long-password-2" },
  },
  "GET /card/:token": { allowed: [], path: () => "/card/not-a-card" },
  "POST /card/:token": { allowed: [], refusedWith: [429], path: () => "/card/not-a-card" },
  "GET /my-plans": {
    allowed: ["student", "otherStudent", "guardian", "otherGuardian"],
    path: () => "/my-plans",
  },
  "GET /students": {
    allowed: ["administrator", "otherDistrictAdministrator", "teacher", "otherClassTeacher"],
    path: () => "/students",
  },
  "POST /students/:studentId/plans": {
    allowed: staffOfPlan,
    path: (world) => `/students/${world.people.student.id}/plans`,
  },
  "GET /plans/:planId": { allowed: planReaders, path: (world) => `/plans/${world.planId}` },
  "GET /plans/:planId/print": {
    allowed: planReaders,
    path: (world) => `/plans/${world.planId}/print`,
  },
  "GET /plans/:planId/plan.pdf": {
    allowed: planReaders,
    path: (world) => `/plans/${world.planId}/plan.pdf`,
  },
  // An area of improvement: every voice writes one, as every voice writes a strength. Actions
  // stay each voice's own (test/domain/plans/add-statement.test.ts).
  "POST /plans/:planId/statements": {
    allowed: planReaders,
    path: (world) => `/plans/${world.planId}/statements`,
    body: { section: "area", body: "Explaining thinking with fractions" },
  },
  "GET /plans/:planId/statements/:statementId/edit": {
    allowed: ["student"],
    path: (world) => `/plans/${world.planId}/statements/${world.studentStatementId}/edit`,
  },
  "POST /plans/:planId/statements/:statementId/edit": {
    allowed: ["student"],
    path: (world) => `/plans/${world.planId}/statements/${world.studentStatementId}/edit`,
    body: { body: "I explain my thinking with drawings" },
  },
  "POST /plans/:planId/statements/:statementId/retire": {
    allowed: ["student"],
    path: (world) => `/plans/${world.planId}/statements/${world.studentStatementId}/retire`,
  },
  "POST /plans/:planId/comments": {
    allowed: planReaders,
    path: (world) => `/plans/${world.planId}/comments`,
    body: { body: "Thank you" },
  },
  "POST /plans/:planId/conference-notes": {
    allowed: staffOfPlan,
    path: (world) => `/plans/${world.planId}/conference-notes`,
    body: { body: "Talked about fractions" },
  },
  "POST /plans/:planId/meetings": {
    allowed: staffOfPlan,
    path: (world) => `/plans/${world.planId}/meetings`,
    body: { startsAt: "2026-12-10T16:00", place: "Room 4" },
  },
  "GET /plans/:planId/meetings/:meetingId/correct": {
    allowed: staffOfPlan,
    path: (world) => `/plans/${world.planId}/meetings/${world.meetingId}/correct`,
  },
  "POST /plans/:planId/meetings/:meetingId/correct": {
    allowed: staffOfPlan,
    path: (world) => `/plans/${world.planId}/meetings/${world.meetingId}/correct`,
    body: { startsAt: "2026-12-10T16:30", place: "Room 4" },
  },
  "GET /plans/:planId/meetings/:meetingId/remove": {
    allowed: staffOfPlan,
    path: (world) => `/plans/${world.planId}/meetings/${world.meetingId}/remove`,
  },
  // Confirmed on a version the meeting never had: the allowed get the page again (409), so the
  // second of the staff still finds the meeting there to try.
  "POST /plans/:planId/meetings/:meetingId/remove": {
    allowed: staffOfPlan,
    path: (world) => `/plans/${world.planId}/meetings/${world.meetingId}/remove`,
    body: { seen: "999" },
  },
  "GET /plans/:planId/meeting-times": {
    allowed: planReaders,
    path: (world) => `/plans/${world.planId}/meeting-times`,
  },
  "POST /plans/:planId/meeting-times": {
    allowed: staffOfPlan,
    path: (world) => `/plans/${world.planId}/meeting-times`,
    body: { firstTime: "2030-01-15T16:00", secondTime: "2030-01-16T16:00", place: "Room 4" },
  },
  "POST /plans/:planId/meeting-times/:proposalId/choose": {
    allowed: ["guardian"],
    path: (world) => `/plans/${world.planId}/meeting-times/${world.proposalId}/choose`,
    body: { timeId: "" },
  },
  "POST /plans/:planId/meeting-times/:proposalId/another-time": {
    allowed: ["guardian"],
    path: (world) => `/plans/${world.planId}/meeting-times/${world.proposalId}/another-time`,
    body: { note: "Mornings, please" },
  },
  "POST /plans/:planId/meeting-times/:proposalId/reschedule": {
    allowed: staffOfPlan,
    path: (world) => `/plans/${world.planId}/meeting-times/${world.agreedProposalId}/reschedule`,
    body: { newTime: "2030-01-17T16:00" },
  },
  "GET /plans/:planId/meeting-times/:proposalId/cancel": {
    allowed: staffOfPlan,
    path: (world) => `/plans/${world.planId}/meeting-times/${world.agreedProposalId}/cancel`,
  },
  // The second of the staff to try finds the meeting already cancelled: 409, past the check.
  "POST /plans/:planId/meeting-times/:proposalId/cancel": {
    allowed: staffOfPlan,
    path: (world) => `/plans/${world.planId}/meeting-times/${world.agreedProposalId}/cancel`,
  },
  // As with cancel, the second of the staff finds the times already withdrawn: 409.
  "POST /plans/:planId/meeting-times/:proposalId/withdraw": {
    allowed: staffOfPlan,
    path: (world) => `/plans/${world.planId}/meeting-times/${world.proposalId}/withdraw`,
  },
  "GET /calendar": { allowed: signedInPeople, path: () => "/calendar" },
  "POST /calendar": { allowed: signedInPeople, path: () => "/calendar" },
  // No session needed: the secret in the address is the credential, and a bogus one finds nothing.
  "GET /calendar/:file": { allowed: [], path: () => "/calendar/not-a-secret.ics" },
  "POST /plans/:planId/agree": {
    allowed: staffOfPlan,
    path: (world) => `/plans/${world.planId}/agree`,
  },
  "POST /plans/:planId/check-ins": {
    allowed: staffOfPlan,
    path: (world) => `/plans/${world.planId}/check-ins`,
  },
  "POST /plans/:planId/close": {
    allowed: staffOfPlan,
    path: (world) => `/plans/${world.planId}/close`,
  },
  "GET /plans/:planId/share": {
    allowed: staffOfPlan,
    path: (world) => `/plans/${world.planId}/share`,
  },
  "POST /plans/:planId/share": {
    allowed: staffOfPlan,
    path: (world) => `/plans/${world.planId}/share`,
  },
  "GET /people/:personId/card": {
    allowed: staffOfPlan,
    path: (world) => `/people/${world.people.student.id}/card`,
  },
  "POST /people/:personId/card": {
    allowed: staffOfPlan,
    path: (world) => `/people/${world.people.guardian.id}/card`,
  },
  "POST /people/:personId/card/revoke": {
    allowed: staffOfPlan,
    path: (world) => `/people/${world.people.student.id}/card/revoke`,
  },
  "GET /plans/:planId/identity": {
    allowed: ["student"],
    path: (world) => `/plans/${world.planId}/identity`,
  },
  "POST /plans/:planId/identity": {
    allowed: ["student"],
    path: (world) => `/plans/${world.planId}/identity`,
  },
  "POST /plans/:planId/identity/consent": {
    allowed: ["student"],
    path: (world) => `/plans/${world.planId}/identity/consent`,
    body: { familyMaySee: "yes" },
  },
  // The plan is a draft: the allowed get a page saying no check-in is due, or a 409 on sending.
  "GET /plans/:planId/check-in-update": {
    allowed: ["student", "guardian"],
    path: (world) => `/plans/${world.planId}/check-in-update`,
  },
  "POST /plans/:planId/check-in-update": {
    allowed: ["student", "guardian"],
    path: (world) => `/plans/${world.planId}/check-in-update`,
    body: { wentWell: "Fractions went well" },
  },
  "GET /school/identity": { allowed: administrators, path: () => "/school/identity" },
  "POST /school/identity": { allowed: administrators, path: () => "/school/identity" },
  "GET /school/identity/:statementId": {
    allowed: ["administrator"],
    path: (world) => `/school/identity/${world.identityStatementId}`,
  },
  "POST /school/identity/:statementId": {
    allowed: ["administrator"],
    path: (world) => `/school/identity/${world.identityStatementId}`,
  },
  "POST /school/identity/:statementId/retire": {
    allowed: ["administrator"],
    path: (world) => `/school/identity/${world.identityStatementId}/retire`,
  },
  "GET /school": { allowed: administrators, path: () => "/school" },
  "POST /school": { allowed: administrators, path: () => "/school" },
  "GET /roster": { allowed: administrators, path: () => "/roster" },
  "POST /roster": { allowed: administrators, path: () => "/roster" },
  "GET /roster/imports/:importId": {
    allowed: ["administrator"],
    path: (world) => `/roster/imports/${world.importId}`,
  },
  "POST /roster/imports/:importId/import-valid-rows": {
    allowed: ["administrator"],
    path: (world) => `/roster/imports/${world.importId}/import-valid-rows`,
  },
  "POST /roster/imports/:importId/import-confirmed": {
    allowed: ["administrator"],
    path: (world) => `/roster/imports/${world.heldImportId}/import-confirmed`,
  },
  // The wording coach reads only the text it is sent: anyone signed in may ask it.
  "POST /language-coach/check": {
    allowed: roles.filter(
      (role) =>
        !["visitor", "deactivatedTeacher", "deactivatedGuardian", "revokedCardStudent"].includes(
          role,
        ),
    ),
    path: () => "/language-coach/check",
    body: { body: "He struggles with fractions." },
  },
  "GET /students/:studentId/records": {
    allowed: ["administrator", "student", "guardian"],
    path: (world) => `/students/${world.people.student.id}/records`,
  },
  "GET /students/:studentId/records.json": {
    allowed: ["administrator", "student", "guardian"],
    path: (world) => `/students/${world.people.student.id}/records.json`,
  },
  "GET /students/:studentId/records.pdf": {
    allowed: ["administrator", "student", "guardian"],
    path: (world) => `/students/${world.people.student.id}/records.pdf`,
  },
  "GET /students/:studentId/delete": {
    allowed: ["administrator"],
    path: (world) => `/students/${world.people.student.id}/delete`,
  },
  // A wrong name: the administrator gets the form back (422), nothing is deleted.
  "POST /students/:studentId/delete": {
    allowed: ["administrator"],
    path: (world) => `/students/${world.people.student.id}/delete`,
    body: { confirmName: "Not The Name" },
  },
  "GET /audit": { allowed: administrators, path: () => "/audit" },
  "GET /audit.csv": { allowed: administrators, path: () => "/audit.csv" },
  "GET /school-year": { allowed: administrators, path: () => "/school-year" },
  // Without the confirmation box an administrator gets the form back (422), nothing closes.
  "POST /school-year/close": {
    allowed: administrators,
    path: () => "/school-year/close",
    body: { label: "2025-2026" },
  },
  "GET /outbox": { allowed: administrators, path: () => "/outbox" },
  "GET /outbox/:emailId": {
    allowed: ["administrator"],
    path: (world) => `/outbox/${world.emailId}`,
  },
  "GET /program": { allowed: programReaders, path: () => "/program" },
  "GET /program/export.csv": {
    allowed: programReaders,
    path: () => "/program/export.csv?names=yes",
  },
  // A grade's plans as one PDF: staff who may read plans in that grade; others find none (404).
  "GET /program/plans.pdf": { allowed: staffOfPlan, path: () => "/program/plans.pdf?grade=3" },
  "GET /students/plans.pdf": { allowed: staffOfPlan, path: () => "/students/plans.pdf?grade=3" },
  "GET /program/reflections": { allowed: programReaders, path: () => "/program/reflections" },
  "POST /program/reflections/:schoolId": {
    allowed: ["administrator", "teacher", "otherClassTeacher"],
    path: (world) => `/program/reflections/${world.schoolId}`,
    body: { body: "Talking about strengths first helped the family join in" },
  },
  "POST /program/reflections/:schoolId/decisions": {
    allowed: ["administrator", "teacher", "otherClassTeacher"],
    path: (world) => `/program/reflections/${world.schoolId}/decisions`,
    body: { body: "Start every plan with the family's strengths" },
  },
  "GET /program/next-year": { allowed: programReaders, path: () => "/program/next-year" },
  "POST /program/next-year/classes/:classId/plans": {
    allowed: staffOfPlan,
    path: (world) => `/program/next-year/classes/${world.classId}/plans`,
  },
  "POST /program/next-year/plans/:planId/carry-forward": {
    allowed: staffOfPlan,
    path: (world) => `/program/next-year/plans/${world.closedPlanId}/carry-forward`,
  },
};

async function buildWorld(
  testApp: TestApp,
  options: { heldImport?: boolean } = {},
): Promise<World> {
  const db = testApp.db;
  const studentFamilyName = `Quillfeather${randomUUID().slice(0, 6)}`;
  const room = await createClassroom(db);
  const inDistrict = { districtId: room.district.id, schoolId: room.school.id };
  await db
    .updateTable("people")
    .set({ family_name: studentFamilyName, grades: "3" })
    .where("id", "=", room.student.id)
    .execute();

  const otherClass = await createClass(db, inDistrict);
  const otherClassTeacher = await createTeacher(db, inDistrict);
  const otherStudent = await createStudent(db, inDistrict);
  const otherGuardian = await createGuardian(db, { districtId: room.district.id });
  await enroll(db, { classId: otherClass.id, person: otherClassTeacher, role: "teacher" });
  await enroll(db, { classId: otherClass.id, person: otherStudent, role: "student" });
  await linkGuardian(db, { guardian: otherGuardian, student: otherStudent });

  const deactivatedTeacher = await createTeacher(db, { ...inDistrict, active: false });
  await enroll(db, { classId: room.klass.id, person: deactivatedTeacher, role: "teacher" });
  const deactivatedGuardian = await createGuardian(db, { districtId: room.district.id });
  await linkGuardian(db, { guardian: deactivatedGuardian, student: room.student });
  const revokedCardStudent = await createStudent(db, inDistrict);
  await enroll(db, { classId: room.klass.id, person: revokedCardStudent, role: "student" });

  const otherDistrict = await createDistrict(db);
  const otherSchool = await createSchool(db, { districtId: otherDistrict.id });
  const otherDistrictAdministrator = await createAdministrator(db, {
    districtId: otherDistrict.id,
    schoolId: otherSchool.id,
  });

  const plan = await createPlan(db, {
    student: room.student,
    schoolId: room.school.id,
    startedBy: room.teacher,
  });
  const studentStatementId = await insertStatement(testApp, plan.id, room.student);
  const closedPlan = await createPlan(db, {
    student: room.student,
    schoolId: room.school.id,
    startedBy: room.teacher,
    stage: "closed",
  });
  const emailId = await insertEmail(testApp, room.district.id);
  const importId = await uploadRosterWithErrors(testApp, room.administrator);

  return {
    people: {
      administrator: room.administrator,
      otherDistrictAdministrator,
      teacher: room.teacher,
      otherClassTeacher,
      deactivatedTeacher,
      student: room.student,
      otherStudent,
      guardian: room.guardian,
      otherGuardian,
      deactivatedGuardian,
      revokedCardStudent,
    },
    studentFamilyName,
    planId: plan.id,
    studentStatementId,
    emailId,
    importId,
    heldImportId: options.heldImport ? await uploadHeldRoster(testApp, room) : "",
    identityStatementId: await identityStatementOf(testApp, room.school),
    schoolId: room.school.id,
    classId: room.klass.id,
    closedPlanId: closedPlan.id,
    ...(await insertMeetingProposals(testApp, plan.id, room.district.id, room.teacher)),
    meetingId: await insertMeeting(testApp, plan.id, room.teacher),
  };
}

async function insertMeeting(testApp: TestApp, planId: string, teacher: Person) {
  const id = randomUUID();
  await testApp.db
    .insertInto("meetings")
    .values({
      id,
      district_id: teacher.districtId,
      plan_id: planId,
      starts_at: "2026-12-10T16:00:00.000Z",
      place: "Room 4",
      video_url: null,
      notes: null,
      recorded_by: teacher.id,
      created_at: new Date().toISOString(),
    })
    .execute();

  return id;
}

async function insertMeetingProposals(
  testApp: TestApp,
  planId: string,
  districtId: string,
  teacher: Person,
) {
  const now = new Date().toISOString();
  const ids = { proposalId: randomUUID(), agreedProposalId: randomUUID() };
  const proposalTimeId = randomUUID();
  for (const [id, status] of [
    [ids.proposalId, "proposed"],
    [ids.agreedProposalId, "agreed"],
  ] as const) {
    await testApp.db
      .insertInto("meeting_proposals")
      .values({
        id,
        district_id: districtId,
        plan_id: planId,
        proposed_by: teacher.id,
        status,
        place: "Room 4",
        video_url: null,
        duration_minutes: 30,
        starts_at: status === "agreed" ? "2030-01-15T16:00:00.000Z" : null,
        sequence: 0,
        family_note: null,
        answered_by: null,
        created_at: now,
        updated_at: now,
      })
      .execute();
  }
  await testApp.db
    .insertInto("meeting_proposal_times")
    .values({
      id: proposalTimeId,
      district_id: districtId,
      proposal_id: ids.proposalId,
      position: 0,
      starts_at: "2030-01-15T16:00:00.000Z",
    })
    .execute();

  return { ...ids, proposalTimeId };
}

async function insertStatement(testApp: TestApp, planId: string, student: Person) {
  const id = randomUUID();
  const now = new Date().toISOString();
  await testApp.db
    .insertInto("statements")
    .values({
      id,
      district_id: student.districtId,
      plan_id: planId,
      section: "strength",
      body: "I like finding patterns",
      voice: "student",
      author_id: student.id,
      progress: null,
      retired_at: null,
      created_at: now,
      updated_at: now,
    })
    .execute();

  return id;
}

async function identityStatementOf(testApp: TestApp, school: { id: string; districtId: string }) {
  const where = { districtId: school.districtId, schoolId: school.id };
  await ensureSchoolStatements(testApp.db, { ...where, now: new Date().toISOString() });
  const [first] = await listIdentityStatements(testApp.db, where.districtId, where.schoolId);
  if (!first) throw new Error("the school has no identity statements");

  return first.id;
}

async function insertEmail(testApp: TestApp, districtId: string) {
  const id = randomUUID();
  const now = new Date().toISOString();
  await testApp.db
    .insertInto("outbox_emails")
    .values({
      id,
      district_id: districtId,
      kind: "plan-shared",
      to_address: "family@example.org",
      to_name: "Family",
      subject: "Your child's Math Action Plan",
      text_body: "Hello",
      html_body: "<p>Hello</p>",
      status: "kept",
      attempts: 0,
      next_attempt_at: now,
      sent_at: null,
      last_error: null,
      created_at: now,
    })
    .execute();

  return id;
}

/**
 * An administrator's upload held before it would make most of the district's roster people
 * inactive: 25 students a roster brought, then an export that lists none of them.
 */
async function uploadHeldRoster(
  testApp: TestApp,
  room: { district: { id: string }; administrator: Person },
) {
  const now = new Date().toISOString();
  await testApp.db
    .insertInto("people")
    .values(
      Array.from({ length: 25 }, (_, index) => ({
        id: randomUUID(),
        district_id: room.district.id,
        source_id: `held-${index}`,
        role: "student" as const,
        given_name: "Held",
        family_name: `Student ${index}`,
        preferred_name: null,
        email: null,
        phone: null,
        grades: null,
        preferred_locale: null,
        active: 1,
        auth_user_id: null,
        created_at: now,
        updated_at: now,
      })),
    )
    .execute();

  return uploadRoster(testApp, room.administrator, "small-district-1.1");
}

/** An administrator's upload whose errors stopped it, kept so the valid rows can be imported. */
function uploadRosterWithErrors(testApp: TestApp, administrator: Person) {
  return uploadRoster(testApp, administrator, "bad-rows");
}

/** An administrator's upload of a fixture export; the import's id, from where it leads. */
async function uploadRoster(testApp: TestApp, administrator: Person, fixture: string) {
  const folder = path.join(fixtures, fixture);
  const form = new FormData();
  for (const name of fs.readdirSync(folder)) {
    form.append("files", new File([fs.readFileSync(path.join(folder, name))], name));
  }
  const response = await testApp.request("/roster", {
    method: "POST",
    body: form,
    redirect: "manual",
    cookie: await testApp.cookieFor(administrator.id),
  });
  const importId = response.headers.get("location")?.split("/").pop();
  if (!importId) throw new Error(`roster upload gave ${response.status}`);

  return importId;
}

/** A student who signed in with their card, kept the cookie, and then staff stopped the card. */
async function revokedCardCookie(testApp: TestApp, world: World) {
  const holder = world.people.revokedCardStudent;
  const teacher = actorFor(world.people.teacher);
  const { token } = await createSignInCard(testApp.deps, teacher, holder.id);
  const asker = { locale: "en", client: `card-holder-${holder.id}` };
  const signedIn = await signInWithCard(testApp.deps, token, asker);
  const cookie = signedIn.cookies.map((each) => each.split(";")[0]).join("; ");
  const before = await testApp.request("/my-plans", { cookie, redirect: "manual" });
  if (before.status !== 200) throw new Error(`card sign-in gave ${before.status}`);

  await revokeSignInCard(testApp.deps, teacher, holder.id);
  await endSessionsOf(testApp.deps.auth, testApp.deps.db, holder.id);

  // The session cookie alone: its signed cached copy is the documented five-minute grace
  // (docs/limitations.md), after which only the ended session is left.
  return cookie
    .split("; ")
    .filter((each) => each.includes("session_token"))
    .join("; ");
}

async function signInCookie(testApp: TestApp, world: World, role: Role) {
  if (role === "visitor") return undefined;
  if (role === "revokedCardStudent") return revokedCardCookie(testApp, world);
  const person = world.people[role];
  const inactive = role === "deactivatedTeacher" || role === "deactivatedGuardian";
  if (inactive) {
    await testApp.db.updateTable("people").set({ active: 1 }).where("id", "=", person.id).execute();
  }
  const cookie = await testApp.cookieFor(person.id);
  if (inactive) {
    await testApp.db.updateTable("people").set({ active: 0 }).where("id", "=", person.id).execute();
  }

  return cookie;
}

function isRefusal(response: Response, routeCase: RouteCase) {
  if ([401, 403, 404, ...(routeCase.refusedWith ?? [])].includes(response.status)) return true;
  const location = response.headers.get("location") ?? "";
  const toSignIn = location === "/sign-in" || location.startsWith("/sign-in?");

  return response.status >= 300 && response.status < 400 && toSignIn;
}

describe.each(dialects)("who may use each route, on %s", (dialect) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp(dialect);
  });
  afterAll(async () => {
    await testApp?.close();
  });

  it("every route of the app has an entry in this matrix", () => {
    const routes = new Set(
      testApp.app.routes
        .filter((route) => route.method !== "ALL")
        .map((route) => `${route.method} ${route.path}`),
    );

    expect([...routes].filter((route) => !(route in matrix))).toEqual([]);
  });

  for (const [route, routeCase] of Object.entries(matrix)) {
    it(`${route}: only ${routeCase.allowed.join(", ") || "nobody here"} get through`, async () => {
      const world = await buildWorld(testApp, { heldImport: route.endsWith("/import-confirmed") });
      const method = route.split(" ")[0] ?? "GET";
      // Refused people go first, so that an allowed change cannot alter what they are tried on.
      const ordered = [...roles].sort(
        (a, b) => Number(routeCase.allowed.includes(a)) - Number(routeCase.allowed.includes(b)),
      );
      const outcomes: string[] = [];

      for (const role of ordered) {
        const cookie = await signInCookie(testApp, world, role);
        const response = await testApp.request(routeCase.path(world), {
          method,
          redirect: "manual",
          ...(cookie ? { cookie } : {}),
          ...(method === "POST" ? { body: new URLSearchParams(routeCase.body ?? {}) } : {}),
        });
        const refused = isRefusal(response, routeCase);
        const expectedRefused = !routeCase.allowed.includes(role);
        if (refused !== expectedRefused) {
          outcomes.push(
            `${role}: got ${response.status}, expected ${expectedRefused ? "refusal" : "access"}`,
          );
        }
        const text = await response.text();
        // The student's own name is on every page they see (who is signed in), so not for them.
        const leaks = role !== "student" && text.includes(world.studentFamilyName);
        if (expectedRefused && method === "GET" && leaks) {
          outcomes.push(`${role}: page shows the student's name`);
        }
      }

      expect(outcomes).toEqual([]);
    });
  }
});

/*
 * An administrator the roster lists at one school administers that school only
 * (docs/decisions/0013-school-administrators.md): another school's plan, figures and year are
 * beyond them, and so are the district-wide pages. The setup administrator and a roster
 * administrator listed at no school keep them all.
 */
describe.each(dialects)("a school's administrator, on %s", (dialect) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp(dialect);
  });
  afterAll(async () => {
    await testApp?.close();
  });

  async function rosterAdministrator(districtId: string, schoolId?: string) {
    const person = await createAdministrator(testApp.db, {
      districtId,
      ...(schoolId ? { schoolId } : {}),
    });
    await testApp.db
      .updateTable("people")
      .set({ source_id: `adm-${person.id}` })
      .where("id", "=", person.id)
      .execute();

    return person;
  }

  async function tryAll(world: World, cookie: string) {
    const get = (path: string) => testApp.request(path, { cookie, redirect: "manual" });
    const closeYear = () =>
      testApp.request("/school-year/close", {
        method: "POST",
        cookie,
        redirect: "manual",
        body: new URLSearchParams({ schoolId: world.schoolId, label: "2025-26", confirm: "yes" }),
      });
    const figures = await get("/program/export.csv?names=1");
    const statuses = {
      plan: (await get(`/plans/${world.planId}`)).status,
      reflection: (
        await testApp.request(`/program/reflections/${world.schoolId}`, {
          method: "POST",
          cookie,
          redirect: "manual",
          body: new URLSearchParams({ body: "Talking about strengths first helped" }),
        })
      ).status,
      roster: (await get("/roster")).status,
      outbox: (await get("/outbox")).status,
      outboxEmail: (await get(`/outbox/${world.emailId}`)).status,
      audit: (await get("/audit")).status,
      closeYear: (await closeYear()).status,
    };

    return { statuses, figures: await figures.text() };
  }

  it("is refused another school's plan, figures, year and the district's pages", async () => {
    const world = await buildWorld(testApp);
    const districtId = world.people.administrator.districtId;
    const washington = await createSchool(testApp.db, { districtId, name: "Washington" });
    const sam = await rosterAdministrator(districtId, washington.id);

    const { statuses, figures } = await tryAll(world, await testApp.cookieFor(sam.id));

    expect(statuses).toEqual({
      plan: 404,
      reflection: 403,
      roster: 403,
      outbox: 403,
      outboxEmail: 403,
      audit: 403,
      closeYear: 403,
    });
    // The program figures count Washington's plans only: none of the other school's.
    expect(figures).toMatch(/,stages,,Draft,0\r?\n/);
    const navigation = await (
      await testApp.request("/students", { cookie: await testApp.cookieFor(sam.id) })
    ).text();
    expect(navigation).not.toContain('href="/outbox"');
    expect(navigation).not.toContain('href="/roster"');
    expect(navigation).not.toContain(world.studentFamilyName);
  });

  it("sees their own school's student and plan", async () => {
    const world = await buildWorld(testApp);
    const principal = await rosterAdministrator(
      world.people.administrator.districtId,
      world.schoolId,
    );
    const cookie = await testApp.cookieFor(principal.id);

    expect((await testApp.request(`/plans/${world.planId}`, { cookie })).status).toBe(200);
    const students = await (await testApp.request("/students", { cookie })).text();
    expect(students).toContain(world.studentFamilyName);
  });

  for (const who of ["setup", "roster, at no school"] as const) {
    it(`a district administrator (${who}) still reaches them all`, async () => {
      const world = await buildWorld(testApp);
      const districtAdministrator =
        who === "setup"
          ? world.people.administrator
          : await rosterAdministrator(world.people.administrator.districtId);

      const cookie = await testApp.cookieFor(districtAdministrator.id);
      const { statuses, figures } = await tryAll(world, cookie);

      expect(statuses).toEqual({
        plan: 200,
        reflection: 303,
        roster: 200,
        outbox: 200,
        outboxEmail: 200,
        audit: 200,
        closeYear: 303,
      });
      expect(figures).toMatch(/,stages,,Draft,1\r?\n/);
      const navigation = await (await testApp.request("/students", { cookie })).text();
      expect(navigation).toContain('href="/outbox"');
    });
  }
});
