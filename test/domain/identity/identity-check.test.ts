import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  answerField,
  answerIdentity,
  preferNotToSay,
  statementsToAnswer,
} from "../../../src/domain/identity/answer-identity.ts";
import { setFamilyConsent } from "../../../src/domain/identity/identity-consent.ts";
import {
  readSchoolIdentity,
  retireIdentityStatement,
  rewordIdentityStatement,
} from "../../../src/domain/identity/word-identity-statements.ts";
import { addStatement } from "../../../src/domain/plans/add-statement.ts";
import { agreePlan } from "../../../src/domain/plans/agree-plan.ts";
import { readPlan } from "../../../src/domain/plans/read-plan.ts";
import { dialects, freshDatabase, type TestDatabase } from "../../support/databases.ts";
import { actorFor } from "../../support/factories.ts";
import { classroomWithPlan, failure, planDeps } from "../../support/plans.ts";

describe.each(dialects)("a student's math identity over time, on %s", (dialect) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await freshDatabase(dialect);
  });
  afterAll(async () => {
    await database.drop();
  });

  const atStart = new Date("2025-03-10T15:00:00Z");
  const beforeCheckIn = new Date("2025-03-21T15:00:00Z");

  /** Every current statement answered with the same level, or the levels given by position. */
  async function answersFor(room: Awaited<ReturnType<typeof classroomWithPlan>>, levels: string[]) {
    const plan = { district_id: room.district.id, school_id: room.school.id };
    const statements = await statementsToAnswer(planDeps(database.db), plan, "en");

    return Object.fromEntries(
      statements.map((statement, index) => [
        answerField(statement.id),
        levels[index] ?? levels[0] ?? "3",
      ]),
    );
  }

  async function agree(room: Awaited<ReturnType<typeof classroomWithPlan>>) {
    const deps = planDeps(database.db, atStart);
    await addStatement(deps, actorFor(room.student), room.planId, {
      section: "student_action",
      body: "Explain one homework problem out loud each week",
    });
    await agreePlan(deps, actorFor(room.teacher), room.planId, {});
  }

  it("a student answers at plan start and before a check-in, and staff see both", async () => {
    const room = await classroomWithPlan(database.db);
    const student = actorFor(room.student);
    await answerIdentity(planDeps(database.db, atStart), student, room.planId, {
      ...(await answersFor(room, ["2", preferNotToSay, "3"])),
    });
    await agree(room);
    await answerIdentity(planDeps(database.db, beforeCheckIn), student, room.planId, {
      ...(await answersFor(room, ["4", "5", "3"])),
    });

    const view = await readPlan(planDeps(database.db), actorFor(room.teacher), room.planId);
    const identity = view.identity;
    expect(identity?.visible).toBe(true);
    expect(identity?.checks.map((check) => check.on)).toEqual(["2025-03-10", "2025-03-21"]);
    expect(identity?.statements).toHaveLength(8);
    const first = identity?.series[0];
    expect(first?.answers).toEqual([
      { on: "2025-03-10", agreement: 2, askedAs: null },
      { on: "2025-03-21", agreement: 4, askedAs: null },
    ]);
    expect(identity?.series[1]?.answers[0]).toEqual({
      on: "2025-03-10",
      agreement: null,
      askedAs: null,
    });
  });

  it("answering again on the same occasion replaces the answers instead of adding a check", async () => {
    const room = await classroomWithPlan(database.db);
    const deps = planDeps(database.db, atStart);
    await answerIdentity(deps, actorFor(room.student), room.planId, await answersFor(room, ["1"]));
    await answerIdentity(deps, actorFor(room.student), room.planId, await answersFor(room, ["5"]));

    const view = await readPlan(deps, actorFor(room.teacher), room.planId);
    expect(view.identity?.checks).toHaveLength(1);
    expect(Object.values(view.identity?.checks[0]?.answers ?? {})).toEqual(Array(8).fill(5));
  });

  it("a statement left unanswered is named, with one full stop, and nothing is saved", async () => {
    const room = await classroomWithPlan(database.db);
    const answers = await answersFor(room, ["4"]);
    const [missing] = Object.keys(answers);
    if (missing) delete answers[missing];

    const error = await failure(
      answerIdentity(planDeps(database.db), actorFor(room.student), room.planId, answers),
    );

    expect(error.kind).toBe("invalid_input");
    expect(error.problems).toEqual([
      { field: missing, message: "Please choose an answer for “I see myself as a math person”." },
    ]);
    const checks = await database.db.selectFrom("identity_checks").selectAll().execute();
    expect(checks.filter((check) => check.plan_id === room.planId)).toEqual([]);
  });

  it("only the student answers: a teacher and a family member are refused", async () => {
    const room = await classroomWithPlan(database.db);
    const answers = await answersFor(room, ["4"]);
    for (const person of [room.teacher, room.guardian]) {
      const error = await failure(
        answerIdentity(planDeps(database.db), actorFor(person), room.planId, answers),
      );
      expect(error.kind).toBe("forbidden");
    }
  });

  it("a family member sees the answers only while the student agrees to it", async () => {
    const room = await classroomWithPlan(database.db);
    const deps = planDeps(database.db);
    const student = actorFor(room.student);
    await answerIdentity(deps, student, room.planId, await answersFor(room, ["4"]));
    const familyView = async () =>
      (await readPlan(deps, actorFor(room.guardian), room.planId)).identity;

    expect(await familyView()).toMatchObject({ visible: false, checks: [], series: [] });
    await setFamilyConsent(deps, student, room.planId, { familyMaySee: "yes" });
    expect((await familyView())?.checks).toHaveLength(1);
    await setFamilyConsent(deps, student, room.planId, { familyMaySee: undefined });
    expect(await familyView()).toMatchObject({ visible: false, checks: [] });

    const staffView = await readPlan(deps, actorFor(room.teacher), room.planId);
    expect(staffView.identity?.checks).toHaveLength(1);
  });

  it("a family member cannot give or take back the student's consent", async () => {
    const room = await classroomWithPlan(database.db);
    const error = await failure(
      setFamilyConsent(planDeps(database.db), actorFor(room.guardian), room.planId, {
        familyMaySee: "yes",
      }),
    );

    expect(error.kind).toBe("forbidden");
  });

  it("an administrator rewords and retires statements; old answers keep their meaning", async () => {
    const room = await classroomWithPlan(database.db);
    const deps = planDeps(database.db, atStart);
    const admin = actorFor(room.administrator);
    await answerIdentity(deps, actorFor(room.student), room.planId, await answersFor(room, ["4"]));
    const { statements } = await readSchoolIdentity(deps, admin, room.school.id);
    const [first, second] = statements;
    if (!first || !second) throw new Error("the school has its starter statements");

    await rewordIdentityStatement(deps, admin, first.id, {
      "text-en": "I think of myself as a math person.",
      "text-es": "Me considero una persona de matemáticas.",
    });
    await retireIdentityStatement(deps, admin, second.id);

    const asked = await statementsToAnswer(
      deps,
      { district_id: room.district.id, school_id: room.school.id },
      "es",
    );
    expect(asked).toHaveLength(7);
    expect(asked[0]).toMatchObject({
      id: first.id,
      text: "Me considero una persona de matemáticas.",
    });
    expect(asked.map((statement) => statement.id)).not.toContain(second.id);
    const view = await readPlan(deps, actorFor(room.teacher), room.planId);
    // The answer was given to the earlier words, and shows them (reworded-statements.test.ts).
    expect(view.identity?.statements[0]).toMatchObject({
      id: first.id,
      text: "I see myself as a math person.",
    });
    expect(view.identity?.statements[1]).toMatchObject({ id: second.id, retired: true });
    expect(view.identity?.checks[0]?.answers[second.id]).toBe(4);
  });

  it("a reworded statement needs its English words, and says how long they may be", async () => {
    const room = await classroomWithPlan(database.db);
    const deps = planDeps(database.db);
    const admin = actorFor(room.administrator);
    const { statements } = await readSchoolIdentity(deps, admin, room.school.id);
    const id = statements[0]?.id ?? "";

    const empty = await failure(rewordIdentityStatement(deps, admin, id, { "text-en": " " }));
    const long = await failure(
      rewordIdentityStatement(deps, admin, id, { "text-en": "x", "text-vi": "y".repeat(201) }),
    );

    expect(empty.problems).toEqual([
      { field: "text-en", message: "Please fill in “The statement in English”." },
    ]);
    expect(long.problems).toEqual([
      {
        field: "text-vi",
        message: "The statement in Vietnamese can be at most 200 characters.",
      },
    ]);
  });

  it("a teacher cannot word the school's statements", async () => {
    const room = await classroomWithPlan(database.db);
    const error = await failure(
      readSchoolIdentity(planDeps(database.db), actorFor(room.teacher), room.school.id),
    );

    expect(error.kind).toBe("forbidden");
  });
});
