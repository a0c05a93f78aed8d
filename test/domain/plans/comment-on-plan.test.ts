import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addStatement } from "../../../src/domain/plans/add-statement.ts";
import { commentOnPlan } from "../../../src/domain/plans/comment-on-plan.ts";
import { commentOnStatement } from "../../../src/domain/plans/comment-on-statement.ts";
import { readPlan } from "../../../src/domain/plans/read-plan.ts";
import { dialects, freshDatabase, type TestDatabase } from "../../support/databases.ts";
import { actorFor } from "../../support/factories.ts";
import { classroomWithPlan, failure, planDeps } from "../../support/plans.ts";

describe.each(dialects)("commenting on a plan on %s", (dialect) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await freshDatabase(dialect);
  });
  afterAll(async () => {
    await database.drop();
  });

  it("a teacher answers a student's strength beside it, leaving the words be", async () => {
    const room = await classroomWithPlan(database.db);
    const deps = planDeps(database.db);
    const { statementId } = await addStatement(deps, actorFor(room.student), room.planId, {
      section: "strength",
      body: "I'm fast at adding",
    });

    await commentOnStatement(
      deps,
      actorFor(room.teacher),
      { planId: room.planId, statementId },
      { body: "Yes! And you explain how you add so clearly." },
    );

    const view = await readPlan(deps, actorFor(room.student), room.planId);
    const strength = view.statements[0];
    expect(strength?.body).toBe("I'm fast at adding");
    expect(strength?.voice).toBe("student");
    expect(strength?.comments).toMatchObject([
      { voice: "teacher", body: "Yes! And you explain how you add so clearly." },
    ]);
  });

  it("a family member leaves a comment on the plan in the family's voice", async () => {
    const room = await classroomWithPlan(database.db);
    const deps = planDeps(database.db);

    await commentOnPlan(deps, actorFor(room.guardian), room.planId, {
      body: "Thank you. We can meet on Tuesdays.",
    });

    const view = await readPlan(deps, actorFor(room.teacher), room.planId);
    expect(view.comments).toMatchObject([
      { voice: "family", body: "Thank you. We can meet on Tuesdays.", statementId: null },
    ]);
    expect(view.history.at(-1)?.kind).toBe("comment.added");
  });

  it("a student comments on their own plan in the student's voice", async () => {
    const room = await classroomWithPlan(database.db);
    const deps = planDeps(database.db);

    await commentOnPlan(deps, actorFor(room.student), room.planId, { body: "I want to try" });

    const view = await readPlan(deps, actorFor(room.student), room.planId);
    expect(view.comments.map((comment) => comment.voice)).toEqual(["student"]);
  });

  it("a comment on a statement of another plan is not found and not stored", async () => {
    const room = await classroomWithPlan(database.db);
    const other = await classroomWithPlan(database.db);
    const deps = planDeps(database.db);
    const { statementId } = await addStatement(deps, actorFor(other.student), other.planId, {
      section: "strength",
      body: "Good at estimating",
    });

    const error = await failure(
      commentOnStatement(
        deps,
        actorFor(room.teacher),
        { planId: room.planId, statementId },
        { body: "Hello" },
      ),
    );

    expect(error.kind).toBe("not_found");
    const comments = await database.db
      .selectFrom("comments")
      .select("id")
      .where("plan_id", "in", [room.planId, other.planId])
      .execute();
    expect(comments).toEqual([]);
  });

  it("a comment that is too long is refused with a message naming the comment", async () => {
    const room = await classroomWithPlan(database.db);

    const error = await failure(
      commentOnPlan(planDeps(database.db), actorFor(room.guardian), room.planId, {
        body: "z".repeat(1001),
      }),
    );

    expect(error.problems).toEqual([
      {
        field: "body",
        message: "Comment can be at most 1,000 characters.",
      },
    ]);
  });

  it("a family member of another child cannot comment on the plan", async () => {
    const room = await classroomWithPlan(database.db);
    const other = await classroomWithPlan(database.db);

    const error = await failure(
      commentOnPlan(planDeps(database.db), actorFor(other.guardian), room.planId, { body: "Hi" }),
    );

    expect(error.kind).toBe("not_found");
  });
});
