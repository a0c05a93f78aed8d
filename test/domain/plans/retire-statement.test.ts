import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addStatement } from "../../../src/domain/plans/add-statement.ts";
import { readPlan } from "../../../src/domain/plans/read-plan.ts";
import { retireStatement } from "../../../src/domain/plans/retire-statement.ts";
import { dialects, freshDatabase, type TestDatabase } from "../../support/databases.ts";
import { actorFor, createTeacher, enroll } from "../../support/factories.ts";
import { classroomWithPlan, eventsOf, failure, planDeps } from "../../support/plans.ts";

describe.each(dialects)("removing a statement from a plan on %s", (dialect) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await freshDatabase(dialect);
  });
  afterAll(async () => {
    await database.drop();
  });

  it("a student removes their own strength; the history still shows it was there", async () => {
    const room = await classroomWithPlan(database.db);
    const deps = planDeps(database.db);
    const { statementId } = await addStatement(deps, actorFor(room.student), room.planId, {
      section: "strength",
      body: "I like long division",
    });

    await retireStatement(deps, actorFor(room.student), { planId: room.planId, statementId });

    const view = await readPlan(deps, actorFor(room.teacher), room.planId);
    expect(view.statements).toEqual([]);
    const kinds = (await eventsOf(database.db, room.planId)).map((event) => event.kind);
    expect(kinds).toEqual(["plan.started", "statement.added", "statement.retired"]);
  });

  it("a teacher cannot remove a student's words", async () => {
    const room = await classroomWithPlan(database.db);
    const deps = planDeps(database.db);
    const { statementId } = await addStatement(deps, actorFor(room.student), room.planId, {
      section: "student_action",
      body: "Practice times tables",
    });

    const error = await failure(
      retireStatement(deps, actorFor(room.teacher), { planId: room.planId, statementId }),
    );

    expect(error.kind).toBe("forbidden");
    const view = await readPlan(deps, actorFor(room.student), room.planId);
    expect(view.statements.map((statement) => statement.id)).toEqual([statementId]);
  });

  it("a co-teacher removes a teacher action a colleague wrote", async () => {
    const room = await classroomWithPlan(database.db);
    const deps = planDeps(database.db);
    const coTeacher = await createTeacher(database.db, { districtId: room.district.id });
    await enroll(database.db, { classId: room.klass.id, person: coTeacher, role: "teacher" });
    const { statementId } = await addStatement(deps, actorFor(room.teacher), room.planId, {
      section: "teacher_action",
      body: "Share a worked example each week",
    });

    await retireStatement(deps, actorFor(coTeacher), { planId: room.planId, statementId });

    const view = await readPlan(deps, actorFor(room.teacher), room.planId);
    expect(view.statements).toEqual([]);
  });

  it("a family member cannot remove a teacher's words", async () => {
    const room = await classroomWithPlan(database.db);
    const deps = planDeps(database.db);
    const { statementId } = await addStatement(deps, actorFor(room.teacher), room.planId, {
      section: "strength",
      body: "Perseveres with new problems",
    });

    const error = await failure(
      retireStatement(deps, actorFor(room.guardian), { planId: room.planId, statementId }),
    );

    expect(error.kind).toBe("forbidden");
  });

  it("an area no longer lists a strength once it is removed", async () => {
    const room = await classroomWithPlan(database.db);
    const deps = planDeps(database.db);
    const strength = await addStatement(deps, actorFor(room.student), room.planId, {
      section: "strength",
      body: "I check my answers",
    });
    await addStatement(deps, actorFor(room.teacher), room.planId, {
      section: "area",
      body: "Solve two-step problems",
      helpedBy: [strength.statementId],
    });

    await retireStatement(deps, actorFor(room.student), {
      planId: room.planId,
      statementId: strength.statementId,
    });

    const view = await readPlan(deps, actorFor(room.teacher), room.planId);
    expect(view.statements.map((statement) => [statement.section, statement.helpedBy])).toEqual([
      ["area", []],
    ]);
  });
});
