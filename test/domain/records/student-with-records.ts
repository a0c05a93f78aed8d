import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import {
  answerField,
  answerIdentity,
  statementsToAnswer,
  wordingField,
} from "../../../src/domain/identity/answer-identity.ts";
import { addDays, dayIn } from "../../../src/domain/plans/school-time.ts";
import type { TestApp } from "../../support/app.ts";
import {
  actorFor,
  createClassroom,
  createGuardian,
  linkGuardian,
} from "../../support/factories.ts";

/** A marker no page, email or file meant for the family may ever contain. */
export const staffOnlyMarker = "STAFFONLY-7f3a9";

async function post(testApp: TestApp, path: string, cookie: string, form: Record<string, string>) {
  const response = await testApp.request(path, {
    method: "POST",
    cookie,
    redirect: "manual",
    body: new URLSearchParams(form),
  });
  expect(response.status, `${path} answered ${response.status}`).toBeLessThan(400);

  return response;
}

/**
 * A classroom whose student has a plan written through the app by everyone on it: statements in
 * each voice, comments, a conference note carrying the staff-only marker, a meeting, agreement,
 * a check-in, a sign-in card, the plan shared with the family by email, and a second family
 * member with their own contact details.
 */
export async function studentWithRecords(testApp: TestApp) {
  const unique = randomUUID().slice(0, 8);
  const room = await createClassroom(testApp.db);
  const studentName = { given: `Wrenna${unique}`, family: `Quillby${unique}` };
  const studentEmail = `wrenna.${unique}@students.example.org`;
  const guardianEmail = `gloria.${unique}@family.example.org`;
  await testApp.db
    .updateTable("people")
    .set({ given_name: studentName.given, family_name: studentName.family, email: studentEmail })
    .where("id", "=", room.student.id)
    .execute();
  await testApp.db
    .updateTable("people")
    .set({ email: guardianEmail, phone: "555-0100" })
    .where("id", "=", room.guardian.id)
    .execute();
  const otherGuardian = await createGuardian(testApp.db, {
    districtId: room.district.id,
    email: `other.${unique}@family.example.org`,
  });
  await testApp.db
    .updateTable("people")
    .set({ phone: "555-0199" })
    .where("id", "=", otherGuardian.id)
    .execute();
  await linkGuardian(testApp.db, { guardian: otherGuardian, student: room.student });

  const teacher = await testApp.cookieFor(room.teacher.id);
  const student = await testApp.cookieFor(room.student.id);
  const guardian = await testApp.cookieFor(room.guardian.id);
  const started = await post(testApp, `/students/${room.student.id}/plans`, teacher, {});
  const planId = started.headers.get("location")?.split("/")[2]?.split("?")[0] ?? "";

  const plan = `/plans/${planId}`;
  // Sent from the page's forms, with their one-time tokens: those go with the student's records.
  await post(testApp, `${plan}/statements`, student, {
    section: "strength",
    body: `I spot patterns fast ${unique}`,
    formToken: randomUUID(),
  });
  await post(testApp, `${plan}/statements`, guardian, {
    section: "strength",
    body: "Counts change at the market",
    formToken: randomUUID(),
  });
  await post(testApp, `${plan}/statements`, teacher, {
    section: "area",
    body: "Explain fraction reasoning in words",
  });
  await post(testApp, `${plan}/statements`, teacher, {
    section: "student_action",
    body: "Talk through one problem each week",
  });
  await post(testApp, `${plan}/comments`, guardian, { body: "We will practise at home" });
  await post(testApp, `${plan}/conference-notes`, teacher, {
    prompt: "proud",
    body: `Working notes ${staffOnlyMarker}`,
  });
  // Days from the app's today at the school: a meeting is recorded once held, check-ins ahead.
  const today = dayIn("America/New_York", testApp.deps.clock());
  await post(testApp, `${plan}/meetings`, teacher, {
    // Midnight: already past at the school whenever the test runs.
    startsAt: `${today}T00:00`,
    place: "Room 4",
    notes: "Everyone came",
    attendeeIds: room.guardian.id,
  });
  await post(testApp, `${plan}/agree`, teacher, { firstCheckInOn: addDays(today, 15) });
  await post(testApp, `${plan}/check-ins`, teacher, {
    note: "Going well with fractions",
    nextCheckInOn: addDays(today, 36),
  });
  // The student answers the math identity check (its answers hang on the check and the plan).
  const school = { district_id: room.district.id, school_id: room.school.id };
  const asked = await statementsToAnswer(testApp.deps, school, "en");
  const answers = Object.fromEntries(
    asked.flatMap((statement) => [
      [answerField(statement.id), "4"],
      [wordingField(statement.id), String(statement.wordingVersion)],
    ]),
  );
  await answerIdentity(testApp.deps, actorFor(room.student), planId, answers);
  await post(testApp, `${plan}/share`, teacher, { guardianIds: room.guardian.id });
  await post(testApp, `/people/${room.student.id}/card`, teacher, {});

  return {
    ...room,
    planId,
    unique,
    studentName,
    studentEmail,
    guardianEmail,
    otherGuardian,
    cookies: { teacher, student, guardian },
  };
}
