import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addStatement } from "../../../src/domain/plans/add-statement.ts";
import { editStatement } from "../../../src/domain/plans/edit-statement.ts";
import { readPlan } from "../../../src/domain/plans/read-plan.ts";
import { dialects, freshDatabase, type TestDatabase } from "../../support/databases.ts";
import { actorFor } from "../../support/factories.ts";
import { classroomWithPlan, planDeps } from "../../support/plans.ts";
import { takeOffRoster } from "../../support/student-off-roster.ts";

describe.each(dialects)("reading a plan on %s", (dialect) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await freshDatabase(dialect);
  });
  afterAll(async () => {
    await database.drop();
  });

  it("a family member reads the school's vision and every voice on the plan", async () => {
    const room = await classroomWithPlan(database.db, {
      mathVision: "We all make sense of math together.",
    });
    const deps = planDeps(database.db);
    const strength = await addStatement(deps, actorFor(room.student), room.planId, {
      section: "strength",
      body: "I draw pictures to solve problems",
    });
    await addStatement(deps, actorFor(room.teacher), room.planId, {
      section: "area",
      body: "Write equations from pictures",
      helpedBy: [strength.statementId],
    });

    const view = await readPlan(deps, actorFor(room.guardian), room.planId);

    expect(view.school.mathVision).toBe("We all make sense of math together.");
    expect(view.student.name).toBe("Sam Example");
    expect(view.voice).toBe("family");
    expect(view.sections).toEqual(["strength", "area", "family_action"]);
    expect(view.may).toMatchObject({ comment: true, agree: false, viewStaffNotes: false });
    const said = view.statements.map((s) => [s.section, s.voice, s.authorName, s.helpedBy]);
    expect(said.sort()).toEqual([
      ["area", "teacher", "Tamara Example", [strength.statementId]],
      ["strength", "student", "Sam Example", []],
    ]);
    expect(view.staff).toBeNull();
  });

  it("an administrator reads that the roster no longer lists the student, and the plan is whole", async () => {
    const room = await classroomWithPlan(database.db);
    const deps = planDeps(database.db);
    await addStatement(deps, actorFor(room.student), room.planId, {
      section: "strength",
      body: "I estimate before I add",
    });
    const listed = await readPlan(deps, actorFor(room.administrator), room.planId);

    await takeOffRoster(database.db, room.student.id);

    const view = await readPlan(deps, actorFor(room.administrator), room.planId);
    expect(listed.student.onRoster).toBe(true);
    expect(view.student).toMatchObject({ name: "Sam Example", onRoster: false });
    expect(view.statements.map((statement) => statement.body)).toEqual(["I estimate before I add"]);
    // Kept open for the school to finish it: a last note or meeting, closing it.
    expect(view.may).toMatchObject({ writeStaffNotes: true, recordMeeting: true, close: true });
    // Their teacher no longer reaches the plan (the roster's enrollment is gone).
    await expect(readPlan(deps, actorFor(room.teacher), room.planId)).rejects.toMatchObject({
      kind: "not_found",
    });
  });

  it("a teacher picks attendees among the student, the family and their teachers", async () => {
    const room = await classroomWithPlan(database.db);

    const view = await readPlan(planDeps(database.db), actorFor(room.teacher), room.planId);

    expect(view.staff?.attendeeChoices.map((choice) => [choice.id, choice.role])).toEqual([
      [room.student.id, "student"],
      [room.guardian.id, "guardian"],
      [room.teacher.id, "teacher"],
    ]);
  });

  it("a statement whose author changed it is marked as edited", async () => {
    const room = await classroomWithPlan(database.db);
    const deps = planDeps(database.db);
    const { statementId } = await addStatement(deps, actorFor(room.guardian), room.planId, {
      section: "strength",
      body: "Counts money at the shop",
    });
    await editStatement(
      deps,
      actorFor(room.guardian),
      { planId: room.planId, statementId },
      { body: "Counts change at the shop" },
    );

    const view = await readPlan(deps, actorFor(room.student), room.planId);

    expect(view.statements[0]).toMatchObject({ body: "Counts change at the shop", edited: true });
  });
});
