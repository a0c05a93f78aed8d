import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addStatement } from "../../../src/domain/plans/add-statement.ts";
import {
  readStudentRecords,
  type StudentRecords,
} from "../../../src/domain/records/read-student-records.ts";
import { studentRecordsPdf } from "../../../src/domain/records/records-pdf.ts";
import { pdfWords } from "../../pdf/pdf-tools.ts";
import { createTestApp, type TestApp } from "../../support/app.ts";
import { dialects } from "../../support/databases.ts";
import { actorFor, createClassroom, createPlan } from "../../support/factories.ts";
import { planDeps } from "../../support/plans.ts";

/*
 * The records download holds everything the app keeps about the child that the reader may see:
 * earlier wordings of statements, meeting times offered and the family's "another time" note,
 * the updates the student and family sent before check-ins, and the student's identity answers
 * (for the family only while the student lets them see those).
 */

const at = "2025-03-10T15:00:00.000Z";

describe.each(dialects)("what a child's records download holds, on %s", (dialect) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp(dialect);
  });
  afterAll(async () => {
    await testApp?.close();
  });

  /** A plan with one of each kind of record the download once left out. */
  async function planWithEverything() {
    const unique = randomUUID().slice(0, 8);
    const room = await createClassroom(testApp.db);
    const plan = await createPlan(testApp.db, {
      student: room.student,
      schoolId: room.school.id,
      startedBy: room.teacher,
      stage: "checking_in",
    });
    const district_id = room.district.id;
    const { statementId } = await addStatement(
      planDeps(testApp.db),
      actorFor(room.student),
      plan.id,
      {
        section: "strength",
        body: `I spot patterns ${unique}`,
        helpedBy: [],
      },
    );
    await testApp.db
      .insertInto("statement_versions")
      .values({
        id: randomUUID(),
        district_id,
        plan_id: plan.id,
        statement_id: statementId,
        version: 0,
        body: `First wording ${unique}`,
        change: "written",
        changed_by: room.student.id,
        created_at: at,
      })
      .execute();

    const proposalId = randomUUID();
    await testApp.db
      .insertInto("meeting_proposals")
      .values({
        id: proposalId,
        district_id,
        plan_id: plan.id,
        proposed_by: room.teacher.id,
        status: "asked",
        place: `Library ${unique}`,
        video_url: null,
        duration_minutes: 30,
        starts_at: null,
        sequence: 0,
        family_note: `Evenings after six ${unique}`,
        answered_by: room.guardian.id,
        created_at: at,
        updated_at: at,
      })
      .execute();
    await testApp.db
      .insertInto("meeting_proposal_times")
      .values({
        id: randomUUID(),
        district_id,
        proposal_id: proposalId,
        position: 0,
        starts_at: "2025-03-20T16:00:00.000Z",
      })
      .execute();

    const checkInId = randomUUID();
    await testApp.db
      .insertInto("check_ins")
      .values({
        id: checkInId,
        district_id,
        plan_id: plan.id,
        due_on: "2025-03-24",
        held_at: null,
        note: null,
        recorded_by: null,
        created_at: at,
      })
      .execute();
    const updates = [
      { author: room.student.id, voice: "student", words: `Fractions clicked ${unique}` },
      { author: room.guardian.id, voice: "family", words: `Practised at dinner ${unique}` },
    ] as const;
    for (const update of updates) {
      await testApp.db
        .insertInto("check_in_updates")
        .values({
          id: randomUUID(),
          district_id,
          plan_id: plan.id,
          check_in_id: checkInId,
          author_id: update.author,
          voice: update.voice,
          went_well: update.words,
          was_hard: null,
          created_at: at,
          updated_at: at,
        })
        .execute();
    }

    const identityStatementId = randomUUID();
    await testApp.db
      .insertInto("identity_statements")
      .values({
        id: identityStatementId,
        district_id,
        school_id: room.school.id,
        starter_key: null,
        position: 0,
        retired_at: null,
        created_at: at,
        updated_at: at,
      })
      .execute();
    await testApp.db
      .insertInto("identity_statement_texts")
      .values({
        district_id,
        statement_id: identityStatementId,
        locale: "en",
        body: `I like puzzles ${unique}`,
        updated_at: at,
      })
      .execute();
    const checkId = randomUUID();
    await testApp.db
      .insertInto("identity_checks")
      .values({
        id: checkId,
        district_id,
        plan_id: plan.id,
        student_id: room.student.id,
        occasion: "start",
        check_in_id: null,
        answered_on: "2025-03-10",
        created_at: at,
        updated_at: at,
      })
      .execute();
    await testApp.db
      .insertInto("identity_answers")
      .values({ district_id, check_id: checkId, statement_id: identityStatementId, agreement: 4 })
      .execute();

    return { room, unique };
  }

  const deps = () => ({ db: testApp.db, clock: () => new Date(at) });

  async function consentToFamily(studentId: string, districtId: string, familyMaySee: boolean) {
    await testApp.db.deleteFrom("identity_consents").where("student_id", "=", studentId).execute();
    await testApp.db
      .insertInto("identity_consents")
      .values({
        student_id: studentId,
        district_id: districtId,
        family_may_see: familyMaySee ? 1 : 0,
        updated_at: at,
      })
      .execute();
  }

  function expectEverythingBut(records: StudentRecords, unique: string, identity: boolean) {
    const [plan] = records.plans;
    expect(plan?.statementVersions.map((version) => version.body)).toContain(
      `First wording ${unique}`,
    );
    expect(plan?.meetingProposals).toEqual([
      expect.objectContaining({
        status: "asked",
        place: `Library ${unique}`,
        familyNote: `Evenings after six ${unique}`,
        proposedTimes: ["2025-03-20T16:00:00.000Z"],
      }),
    ]);
    expect(plan?.checkInUpdates.map((update) => [update.voice, update.wentWell])).toEqual([
      ["student", `Fractions clicked ${unique}`],
      ["family", `Practised at dinner ${unique}`],
    ]);
    const answers = identity
      ? [expect.objectContaining({ statement: `I like puzzles ${unique}`, agreement: 4 })]
      : [];
    expect(plan?.identityAnswers).toEqual(answers);
    expect(records.identityAnswersIncluded).toBe(identity);
  }

  it("a student's own download holds every record about them, in the file and the PDF", async () => {
    const { room, unique } = await planWithEverything();

    const records = await readStudentRecords(deps(), actorFor(room.student), room.student.id);
    expectEverythingBut(records, unique, true);

    const text = pdfWords(await studentRecordsPdf(records, "en"));
    for (const words of [
      `First wording ${unique}`,
      `Evenings after six ${unique}`,
      `Fractions clicked ${unique}`,
      `Practised at dinner ${unique}`,
      `I like puzzles ${unique}: Agree`,
    ]) {
      expect(text, words).toContain(words);
    }
  });

  it("a family's download holds the identity answers only while the student agrees", async () => {
    const { room, unique } = await planWithEverything();
    const family = actorFor(room.guardian);

    await consentToFamily(room.student.id, room.district.id, false);
    const kept = await readStudentRecords(deps(), family, room.student.id);
    expectEverythingBut(kept, unique, false);
    const keptText = pdfWords(await studentRecordsPdf(kept, "en"));
    expect(keptText).not.toContain(`I like puzzles ${unique}`);
    expect(keptText).toContain("keeps their math identity answers to themself");

    await consentToFamily(room.student.id, room.district.id, true);
    const shared = await readStudentRecords(deps(), family, room.student.id);
    expectEverythingBut(shared, unique, true);
  });
});
