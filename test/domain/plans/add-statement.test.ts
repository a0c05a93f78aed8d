import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addStatement } from "../../../src/domain/plans/add-statement.ts";
import { closePlan } from "../../../src/domain/plans/close-plan.ts";
import { dialects, freshDatabase, type TestDatabase } from "../../support/databases.ts";
import { actorFor } from "../../support/factories.ts";
import { classroomWithPlan, eventsOf, failure, planDeps, planRow } from "../../support/plans.ts";

describe.each(dialects)("adding statements to a plan on %s", (dialect) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await freshDatabase(dialect);
  });
  afterAll(async () => {
    await database.drop();
  });

  const statement = (id: string) =>
    database.db.selectFrom("statements").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
  const statementsOf = (planId: string) =>
    database.db.selectFrom("statements").selectAll().where("plan_id", "=", planId).execute();

  it("a student adds a strength in their own words and it shows their voice", async () => {
    const room = await classroomWithPlan(database.db);

    const { statementId } = await addStatement(
      planDeps(database.db),
      actorFor(room.student),
      room.planId,
      { section: "strength", body: "  I can explain patterns with pictures  " },
    );

    expect(await statement(statementId)).toMatchObject({
      section: "strength",
      body: "I can explain patterns with pictures",
      voice: "student",
      author_id: room.student.id,
      progress: null,
    });
  });

  it("a student adds their own action, which starts as not started", async () => {
    const room = await classroomWithPlan(database.db);

    const { statementId } = await addStatement(
      planDeps(database.db),
      actorFor(room.student),
      room.planId,
      { section: "student_action", body: "Ask a friend to explain a hard problem" },
    );

    expect(await statement(statementId)).toMatchObject({
      voice: "student",
      progress: "not_started",
    });
  });

  it("a student cannot write a teacher action or a family action", async () => {
    const room = await classroomWithPlan(database.db);
    const deps = planDeps(database.db);

    for (const section of ["teacher_action", "family_action"]) {
      const error = await failure(
        addStatement(deps, actorFor(room.student), room.planId, { section, body: "Words" }),
      );
      expect(error.kind).toBe("forbidden");
    }
    expect(await statementsOf(room.planId)).toEqual([]);
  });

  it("a family member adds a strength they see at home and a family action", async () => {
    const room = await classroomWithPlan(database.db);
    const deps = planDeps(database.db);
    const family = actorFor(room.guardian);

    const strength = await addStatement(deps, family, room.planId, {
      section: "strength",
      body: "Sam doubles recipes in the kitchen",
    });
    const action = await addStatement(deps, family, room.planId, {
      section: "family_action",
      body: "Play a card game with numbers on Sundays",
    });

    expect(await statement(strength.statementId)).toMatchObject({ voice: "family" });
    expect(await statement(action.statementId)).toMatchObject({
      voice: "family",
      progress: "not_started",
    });
  });

  it("a family member cannot write the student's actions", async () => {
    const room = await classroomWithPlan(database.db);

    const error = await failure(
      addStatement(planDeps(database.db), actorFor(room.guardian), room.planId, {
        section: "student_action",
        body: "Do more homework",
      }),
    );

    expect(error.kind).toBe("forbidden");
  });

  it("a teacher adds an area of improvement naming the strengths that will help", async () => {
    const room = await classroomWithPlan(database.db);
    const deps = planDeps(database.db);
    const studentStrength = await addStatement(deps, actorFor(room.student), room.planId, {
      section: "strength",
      body: "I notice patterns",
    });
    const familyStrength = await addStatement(deps, actorFor(room.guardian), room.planId, {
      section: "strength",
      body: "Sam keeps score in games",
    });

    const area = await addStatement(deps, actorFor(room.teacher), room.planId, {
      section: "area",
      body: "Explain reasoning with fractions",
      helpedBy: [studentStrength.statementId, familyStrength.statementId],
    });

    expect(await statement(area.statementId)).toMatchObject({ voice: "teacher" });
    const links = await database.db
      .selectFrom("area_strengths")
      .select("strength_id")
      .where("area_id", "=", area.statementId)
      .execute();
    expect(links.map((link) => link.strength_id).sort()).toEqual(
      [studentStrength.statementId, familyStrength.statementId].sort(),
    );
  });

  it("a teacher cannot name a strength from another student's plan", async () => {
    const room = await classroomWithPlan(database.db);
    const other = await classroomWithPlan(database.db);
    const foreign = await addStatement(
      planDeps(database.db),
      actorFor(other.student),
      other.planId,
      { section: "strength", body: "Quick with mental math" },
    );

    const error = await failure(
      addStatement(planDeps(database.db), actorFor(room.teacher), room.planId, {
        section: "area",
        body: "Show work step by step",
        helpedBy: [foreign.statementId],
      }),
    );

    expect(error.kind).toBe("invalid_input");
    expect(error.problems).toEqual([
      { field: "helpedBy", message: expect.stringMatching(/^Strengths that will help/) },
    ]);
    expect(await statementsOf(room.planId)).toEqual([]);
  });

  it("a strength that is too long is refused, naming the field, and not stored", async () => {
    const room = await classroomWithPlan(database.db);
    const before = await planRow(database.db, room.planId);

    const error = await failure(
      addStatement(planDeps(database.db), actorFor(room.student), room.planId, {
        section: "strength",
        body: "x".repeat(501),
      }),
    );

    expect(error.kind).toBe("invalid_input");
    expect(error.problems).toEqual([
      {
        field: "body",
        message: "Strength can be at most 500 characters.",
      },
    ]);
    expect(await statementsOf(room.planId)).toEqual([]);
    expect((await planRow(database.db, room.planId)).version).toBe(before.version);
  });

  it("an empty action asks the person to fill it in", async () => {
    const room = await classroomWithPlan(database.db);

    const error = await failure(
      addStatement(planDeps(database.db), actorFor(room.student), room.planId, {
        section: "student_action",
        body: "   ",
      }),
    );

    expect(error.problems).toEqual([
      { field: "body", message: "Please fill in “Student action”." },
    ]);
  });

  it("every statement gives the plan a new version and a history entry", async () => {
    const room = await classroomWithPlan(database.db);

    const { statementId } = await addStatement(
      planDeps(database.db),
      actorFor(room.teacher),
      room.planId,
      { section: "teacher_action", body: "Check in each Friday about fractions" },
    );

    expect((await planRow(database.db, room.planId)).version).toBe(2);
    const events = await eventsOf(database.db, room.planId);
    expect(events.at(-1)).toMatchObject({ kind: "statement.added", actor_id: room.teacher.id });
    expect(JSON.parse(events.at(-1)?.summary ?? "{}")).toEqual({
      statementId,
      section: "teacher_action",
      voice: "teacher",
    });
  });

  it("nobody adds to a closed plan", async () => {
    const room = await classroomWithPlan(database.db);
    await closePlan(planDeps(database.db), actorFor(room.teacher), room.planId);

    const error = await failure(
      addStatement(planDeps(database.db), actorFor(room.student), room.planId, {
        section: "strength",
        body: "I like puzzles",
      }),
    );

    expect(error.kind).toBe("conflict");
  });
});
