import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addStatement } from "../../../src/domain/plans/add-statement.ts";
import { editStatement } from "../../../src/domain/plans/edit-statement.ts";
import { dialects, freshDatabase, type TestDatabase } from "../../support/databases.ts";
import { actorFor } from "../../support/factories.ts";
import {
  classroomWithPlan,
  eventsOf,
  failure,
  planDeps,
  planWithStudentStrength,
  statementBody,
} from "../../support/plans.ts";

describe.each(dialects)("changing the words of a statement on %s", (dialect) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await freshDatabase(dialect);
  });
  afterAll(async () => {
    await database.drop();
  });

  const bodyOf = (id: string) => statementBody(database.db, id);

  const studentStrength = () => planWithStudentStrength(database.db, "I am good at drawing graphs");

  it("a student changes their own words and the history keeps both versions", async () => {
    const room = await studentStrength();

    await editStatement(
      planDeps(database.db),
      actorFor(room.student),
      { planId: room.planId, statementId: room.statementId },
      { body: "I am good at drawing and reading graphs" },
    );

    expect(await bodyOf(room.statementId)).toBe("I am good at drawing and reading graphs");
    const last = (await eventsOf(database.db, room.planId)).at(-1);
    expect(last?.kind).toBe("statement.edited");
    expect(JSON.parse(last?.summary ?? "{}")).toMatchObject({
      before: "I am good at drawing graphs",
      after: "I am good at drawing and reading graphs",
      voice: "student",
    });
  });

  it("a teacher cannot rewrite a student's words", async () => {
    const room = await studentStrength();

    const error = await failure(
      editStatement(
        planDeps(database.db),
        actorFor(room.teacher),
        { planId: room.planId, statementId: room.statementId },
        { body: "Graphs" },
      ),
    );

    expect(error.kind).toBe("forbidden");
    expect(error.publicMessage).toMatch(/add a comment instead/);
    expect(await bodyOf(room.statementId)).toBe("I am good at drawing graphs");
  });

  it("a family member cannot rewrite the student's words", async () => {
    const room = await studentStrength();

    const error = await failure(
      editStatement(
        planDeps(database.db),
        actorFor(room.guardian),
        { planId: room.planId, statementId: room.statementId },
        { body: "Sam draws graphs" },
      ),
    );

    expect(error.kind).toBe("forbidden");
    expect(await bodyOf(room.statementId)).toBe("I am good at drawing graphs");
  });

  it("an administrator cannot rewrite a family's words either", async () => {
    const room = await classroomWithPlan(database.db);
    const { statementId } = await addStatement(
      planDeps(database.db),
      actorFor(room.guardian),
      room.planId,
      { section: "family_action", body: "Cook together and measure" },
    );

    const error = await failure(
      editStatement(
        planDeps(database.db),
        actorFor(room.administrator),
        { planId: room.planId, statementId },
        { body: "Measure" },
      ),
    );

    expect(error.kind).toBe("forbidden");
  });

  it("a teacher re-chooses the strengths that help with their area", async () => {
    const room = await studentStrength();
    const deps = planDeps(database.db);
    const teacher = actorFor(room.teacher);
    const area = await addStatement(deps, teacher, room.planId, {
      section: "area",
      body: "Explain thinking in words",
      helpedBy: [room.statementId],
    });

    await editStatement(
      deps,
      teacher,
      { planId: room.planId, statementId: area.statementId },
      { body: "Explain thinking in words and pictures", helpedBy: [] },
    );

    const links = await database.db
      .selectFrom("area_strengths")
      .select("strength_id")
      .where("area_id", "=", area.statementId)
      .execute();
    expect(links).toEqual([]);
  });

  it("an edit that is too long keeps the old words", async () => {
    const room = await studentStrength();

    const error = await failure(
      editStatement(
        planDeps(database.db),
        actorFor(room.student),
        { planId: room.planId, statementId: room.statementId },
        { body: "y".repeat(900) },
      ),
    );

    expect(error.problems[0]?.message).toBe("Strength can be at most 500 characters.");
    expect(await bodyOf(room.statementId)).toBe("I am good at drawing graphs");
  });

  it("a statement of another plan cannot be reached through this plan", async () => {
    const room = await studentStrength();
    const other = await studentStrength();

    const error = await failure(
      editStatement(
        planDeps(database.db),
        actorFor(room.student),
        { planId: room.planId, statementId: other.statementId },
        { body: "Mine now" },
      ),
    );

    expect(error.kind).toBe("not_found");
    expect(await bodyOf(other.statementId)).toBe("I am good at drawing graphs");
  });
});
