import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  answerField,
  answerIdentity,
  statementsToAnswer,
  wordingField,
} from "../../../src/domain/identity/answer-identity.ts";
import { setFamilyConsent } from "../../../src/domain/identity/identity-consent.ts";
import type { IdentityStatement } from "../../../src/domain/identity/identity-statements.ts";
import {
  readSchoolIdentity,
  rewordIdentityStatement,
} from "../../../src/domain/identity/word-identity-statements.ts";
import { addStatement } from "../../../src/domain/plans/add-statement.ts";
import { agreePlan } from "../../../src/domain/plans/agree-plan.ts";
import { closePlan } from "../../../src/domain/plans/close-plan.ts";
import { readPlan } from "../../../src/domain/plans/read-plan.ts";
import { parseProgramFilters } from "../../../src/domain/program/program-filters.ts";
import { readProgram } from "../../../src/domain/program/read-program.ts";
import { readStudentRecords } from "../../../src/domain/records/read-student-records.ts";
import { dialects, freshDatabase, type TestDatabase } from "../../support/databases.ts";
import { actorFor } from "../../support/factories.ts";
import { classroomWithPlan, planDeps } from "../../support/plans.ts";

/*
 * An administrator rewords a statement after students answered it. A plan is the record of what
 * its student was asked: each answer keeps showing the words it was given to, on closed plans
 * and open ones, in every language the school wrote.
 */

type Room = Awaited<ReturnType<typeof classroomWithPlan>>;

const atStart = new Date("2025-03-10T15:00:00Z");
const afterRewording = new Date("2025-03-14T15:00:00Z");
const beforeCheckIn = new Date("2025-03-21T15:00:00Z");

const starterWords = "I see myself as a math person.";
const starterWordsInSpanish = "Me veo como una persona de matemáticas.";
const newWords = {
  "text-en": "I think of myself as a math person.",
  "text-es": "Me considero una persona de matemáticas.",
};

describe.each(dialects)("a statement reworded after students answered it, on %s", (dialect) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await freshDatabase(dialect);
  });
  afterAll(async () => {
    await database.drop();
  });

  const deps = (now = afterRewording) => planDeps(database.db, now);

  async function statementsNow(room: Room) {
    const plan = { district_id: room.district.id, school_id: room.school.id };
    return statementsToAnswer(deps(), plan, "en");
  }

  /** Every statement answered "agree", with the wording the form showed for each. */
  function answersTo(statements: IdentityStatement[], level = "4") {
    return Object.fromEntries(
      statements.flatMap((statement) => [
        [answerField(statement.id), level],
        [wordingField(statement.id), String(statement.wordingVersion)],
      ]),
    );
  }

  async function answer(room: Room, now: Date, level = "4") {
    const input = answersTo(await statementsNow(room), level);
    await answerIdentity(deps(now), actorFor(room.student), room.planId, input);
  }

  async function agree(room: Room) {
    await addStatement(deps(atStart), actorFor(room.student), room.planId, {
      section: "student_action",
      body: "Explain one homework problem out loud each week",
    });
    await agreePlan(deps(atStart), actorFor(room.teacher), room.planId, {});
  }

  async function firstStatement(room: Room) {
    const { statements } = await readSchoolIdentity(
      deps(),
      actorFor(room.administrator),
      room.school.id,
    );
    const [first] = statements;
    if (!first) throw new Error("the school has its starter statements");

    return first;
  }

  async function reword(room: Room, words: Record<string, string> = newWords) {
    const first = await firstStatement(room);
    await rewordIdentityStatement(deps(), actorFor(room.administrator), first.id, words);

    return first.id;
  }

  const identityOf = async (room: Room, person: Room["teacher"], locale = "en") =>
    (await readPlan(deps(), { ...actorFor(person), locale }, room.planId)).identity;

  it("a closed plan keeps the words its student answered, in each reader's language", async () => {
    const room = await classroomWithPlan(database.db);
    await answer(room, atStart);
    await agree(room);
    await closePlan(deps(), actorFor(room.teacher), room.planId);

    const statementId = await reword(room);

    const identity = await identityOf(room, room.teacher);
    expect(identity?.statements[0]).toEqual({
      id: statementId,
      text: starterWords,
      retired: false,
      reworded: false,
    });
    expect(identity?.checks[0]?.askedAs).toEqual({});
    const spanish = await identityOf(room, room.teacher, "es");
    expect(spanish?.statements[0]?.text).toBe(starterWordsInSpanish);
  });

  it("an open plan shows the words asked until its student answers the new ones", async () => {
    const room = await classroomWithPlan(database.db);
    await answer(room, atStart, "2");
    await agree(room);
    const statementId = await reword(room);

    expect((await identityOf(room, room.teacher))?.statements[0]?.text).toBe(starterWords);

    await answer(room, beforeCheckIn, "5");
    const identity = await identityOf(room, room.teacher);
    expect(identity?.statements[0]).toMatchObject({
      id: statementId,
      text: newWords["text-en"],
      reworded: true,
    });
    expect(identity?.checks.map((check) => check.askedAs)).toEqual([
      { [statementId]: starterWords },
      {},
    ]);
    expect(identity?.series[0]?.answers).toEqual([
      { on: "2025-03-10", agreement: 2, askedAs: starterWords },
      { on: "2025-03-21", agreement: 5, askedAs: null },
    ]);
    expect(identity?.statements[1]?.reworded).toBe(false);
  });

  it("a school's own words, reworded again, stay with the answers given to them", async () => {
    const room = await classroomWithPlan(database.db);
    await answer(room, atStart);
    await agree(room);
    const statementId = await reword(room);
    await answer(room, beforeCheckIn);
    await reword(room, { "text-en": "Math is something I am good at." });
    await closePlan(deps(), actorFor(room.teacher), room.planId);

    const spanish = await identityOf(room, room.teacher, "es");

    expect(spanish?.statements[0]?.text).toBe(newWords["text-es"]);
    expect(spanish?.checks[0]?.askedAs).toEqual({ [statementId]: starterWordsInSpanish });
  });

  it("a student who opened the check before the rewording answers the words shown", async () => {
    const room = await classroomWithPlan(database.db);
    const shown = answersTo(await statementsNow(room));
    await reword(room);

    await answerIdentity(deps(), actorFor(room.student), room.planId, shown);

    const identity = await identityOf(room, room.teacher);
    expect(identity?.statements[0]?.text).toBe(starterWords);
  });

  it("a wording the statement never had counts as the words it has now", async () => {
    const room = await classroomWithPlan(database.db);
    await reword(room);
    const statements = await statementsNow(room);
    const forged = { ...answersTo(statements) };
    for (const statement of statements) forged[wordingField(statement.id)] = "99";

    await answerIdentity(deps(), actorFor(room.student), room.planId, forged);

    const identity = await identityOf(room, room.teacher);
    expect(identity?.statements[0]?.text).toBe(newWords["text-en"]);
    expect(identity?.checks[0]?.askedAs).toEqual({});
  });

  it("saving a statement's words unchanged leaves its answers' words as they are", async () => {
    const room = await classroomWithPlan(database.db);
    await answer(room, atStart);
    await reword(room, { "text-en": starterWords });

    expect((await firstStatement(room)).wordingVersion).toBe(1);
    expect((await identityOf(room, room.teacher))?.statements[0]?.reworded).toBe(false);
  });

  it("two administrators rewording at once each keep the words they replaced", async () => {
    const room = await classroomWithPlan(database.db);
    await answer(room, atStart);
    const statementId = (await firstStatement(room)).id;
    const admin = actorFor(room.administrator);
    const rewordings = ["Math makes sense to me.", "I am someone who does math."];

    await Promise.all(
      rewordings.map((words) =>
        rewordIdentityStatement(deps(), admin, statementId, { "text-en": words }),
      ),
    );

    expect((await firstStatement(room)).wordingVersion).toBe(3);
    const kept = await database.db
      .selectFrom("identity_statement_wordings")
      .select(["version", "body"])
      .where("statement_id", "=", statementId)
      .execute();
    expect(kept).toHaveLength(1);
    expect(kept[0]?.version).toBe(2);
    expect(rewordings).toContain(kept[0]?.body);
    expect((await identityOf(room, room.teacher))?.statements[0]?.text).toBe(starterWords);
  });

  it("a family's records download gives each answer the words it was given to", async () => {
    const room = await classroomWithPlan(database.db);
    await answer(room, atStart);
    await agree(room);
    const statementId = await reword(room);
    await answer(room, beforeCheckIn);

    await setFamilyConsent(deps(), actorFor(room.student), room.planId, { familyMaySee: "yes" });
    const records = await readStudentRecords(deps(), actorFor(room.guardian), room.student.id);

    const words = records.plans
      .flatMap((plan) => plan.identityAnswers)
      .filter((each) => each.statementId === statementId)
      .map((each) => each.statement);
    expect(words).toEqual([starterWords, newWords["text-en"]]);
  });

  it("the program page names a starter in its words and counts answers to earlier ones", async () => {
    const room = await classroomWithPlan(database.db);
    await answer(room, atStart);
    await agree(room);
    await reword(room);
    await answer(room, beforeCheckIn);
    const admin = actorFor(room.administrator);

    const figures = await readProgram(deps(), admin, parseProgramFilters({}));

    expect(figures.identity[0]).toMatchObject({
      wording: newWords["text-en"],
      students: 1,
      earlierWording: 1,
    });
    expect(figures.identity[1]).toMatchObject({
      wording: "I enjoy doing math.",
      earlierWording: 0,
    });
  });
});
