import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { editStatement } from "../../../src/domain/plans/edit-statement.ts";
import { StatementConflict, statementVersion } from "../../../src/domain/plans/plan-conflict.ts";
import { retireStatement } from "../../../src/domain/plans/retire-statement.ts";
import { dialects, freshDatabase, type TestDatabase } from "../../support/databases.ts";
import { actorFor } from "../../support/factories.ts";
import {
  eventsOf,
  failure,
  planDeps,
  planWithStudentStrength,
  statementBody,
} from "../../support/plans.ts";

describe.each(dialects)("two edits of the same words on %s", (dialect) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await freshDatabase(dialect);
  });
  afterAll(async () => {
    await database.drop();
  });

  const bodyOf = (id: string) => statementBody(database.db, id);

  async function studentStrength(body = "I am good at drawing graphs") {
    const room = await planWithStudentStrength(database.db, body);
    const target = { planId: room.planId, statementId: room.statementId };

    return { ...room, target, seen: statementVersion({ body }) };
  }

  it("a student's second save from an older form is refused and names both texts", async () => {
    const room = await studentStrength();
    const student = actorFor(room.student);
    const deps = planDeps(database.db);
    await editStatement(deps, student, room.target, {
      body: "I draw graphs at school",
      seen: room.seen,
    });

    const error = await failure(
      editStatement(deps, student, room.target, { body: "I draw graphs at home", seen: room.seen }),
    );

    expect(error).toBeInstanceOf(StatementConflict);
    expect(error.kind).toBe("conflict");
    const details = (error as StatementConflict).details;
    expect(details.yours.body).toBe("I draw graphs at home");
    expect(details.current.body).toBe("I draw graphs at school");
    expect(details.current.version).toBe(statementVersion({ body: "I draw graphs at school" }));
    expect(details.changedByYou).toBe(true);
    expect(error.publicMessage).toMatch(/^You saved a change to these words in another tab/);
    expect(await bodyOf(room.target.statementId)).toBe("I draw graphs at school");
    const edits = (await eventsOf(database.db, room.planId)).filter(
      (event) => event.kind === "statement.edited",
    );
    expect(edits).toHaveLength(1);
  });

  it("saving again with the current version puts the merged words on the plan", async () => {
    const room = await studentStrength();
    const student = actorFor(room.student);
    const deps = planDeps(database.db);
    await editStatement(deps, student, room.target, { body: "At school", seen: room.seen });
    const current = statementVersion({ body: "At school" });

    await editStatement(deps, student, room.target, { body: "At school and home", seen: current });

    expect(await bodyOf(room.target.statementId)).toBe("At school and home");
  });

  it("a save over words that changed only in time (a check-in) still goes through", async () => {
    const room = await studentStrength();
    await database.db
      .updateTable("statements")
      .set({ updated_at: "2025-03-11T10:00:00.000Z" })
      .where("id", "=", room.target.statementId)
      .execute();

    await editStatement(planDeps(database.db), actorFor(room.student), room.target, {
      body: "I read graphs too",
      seen: room.seen,
    });

    expect(await bodyOf(room.target.statementId)).toBe("I read graphs too");
  });

  it("two saves racing from the same version: exactly one lands, the other is a conflict", async () => {
    const room = await studentStrength();
    const student = actorFor(room.student);
    const deps = planDeps(database.db);

    const outcomes = await Promise.allSettled(
      ["First device", "Second device"].map((body) =>
        editStatement(deps, student, room.target, { body, seen: room.seen }),
      ),
    );

    const landed = outcomes.filter((outcome) => outcome.status === "fulfilled");
    const refused = outcomes.filter((outcome) => outcome.status === "rejected");
    expect(landed).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect((refused[0] as PromiseRejectedResult).reason).toBeInstanceOf(StatementConflict);
    expect(["First device", "Second device"]).toContain(await bodyOf(room.target.statementId));
  });

  it("an edit of words removed meanwhile says who removed them, and writes nothing", async () => {
    const room = await studentStrength();
    const student = actorFor(room.student);
    const deps = planDeps(database.db);
    await retireStatement(deps, student, room.target);
    const eventsBefore = (await eventsOf(database.db, room.planId)).length;

    const error = await failure(
      editStatement(deps, student, room.target, { body: "New words", seen: room.seen }),
    );

    expect(error.kind).toBe("conflict");
    expect(error.publicMessage).toBe(
      "You removed this strength in another tab or window while you were writing here.",
    );
    expect(await bodyOf(room.target.statementId)).toBe("I am good at drawing graphs");
    expect(await eventsOf(database.db, room.planId)).toHaveLength(eventsBefore);
  });
});
