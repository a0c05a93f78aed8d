import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../../src/db/connection.ts";
import { FormAlreadySaved } from "../../../src/domain/forms/form-token.ts";
import { addStatement } from "../../../src/domain/plans/add-statement.ts";
import { commentOnPlan } from "../../../src/domain/plans/comment-on-plan.ts";
import { dialects, freshDatabase, type TestDatabase } from "../../support/databases.ts";
import { actorFor } from "../../support/factories.ts";
import { classroomWithPlan, planDeps } from "../../support/plans.ts";

/*
 * The same rendered form sent twice at once (a double send, a retry racing the first answer):
 * the token's primary key lets one save through, in one process or in two sharing PostgreSQL.
 */

describe.each(dialects)("a form's one-time token, on %s", (dialect) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await freshDatabase(dialect);
  });
  afterAll(async () => {
    await database.drop();
  });

  async function strengths(planId: string) {
    return database.db
      .selectFrom("statements")
      .select("id")
      .where("plan_id", "=", planId)
      .execute();
  }

  it("two sends of one strength at once write it once; the other learns which", async () => {
    const room = await classroomWithPlan(database.db);
    const family = actorFor(room.guardian);
    const input = { section: "strength", body: "Sam doubles recipes", formToken: randomUUID() };
    const send = () => addStatement(planDeps(database.db), family, room.planId, input);

    const answers = await Promise.allSettled([send(), send()]);

    const saved = answers.flatMap((answer) =>
      answer.status === "fulfilled" ? [answer.value.statementId] : [],
    );
    const refused = answers.flatMap((answer) =>
      answer.status === "rejected" ? [answer.reason] : [],
    );
    expect(saved).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect(refused[0]).toBeInstanceOf(FormAlreadySaved);
    expect((refused[0] as FormAlreadySaved).savedId).toBe(saved[0]);
    expect(await strengths(room.planId)).toEqual([{ id: saved[0] }]);
  });

  it("a form sent again after it saved is told so before its words are read", async () => {
    const room = await classroomWithPlan(database.db);
    const student = actorFor(room.student);
    const formToken = randomUUID();
    const deps = planDeps(database.db);
    const { commentId } = await commentOnPlan(deps, student, room.planId, {
      body: "I liked the meeting",
      formToken,
    });

    const again = commentOnPlan(deps, student, room.planId, { body: "", formToken });

    await expect(again).rejects.toEqual(new FormAlreadySaved(commentId));
  });

  it("a form without a token, or with a damaged one, saves as forms always did", async () => {
    const room = await classroomWithPlan(database.db);
    const deps = planDeps(database.db);
    const teacher = actorFor(room.teacher);

    for (const formToken of [undefined, "not-a-token", "not-a-token"]) {
      await addStatement(deps, teacher, room.planId, {
        section: "strength",
        body: "Persists",
        formToken,
      });
    }

    expect(await strengths(room.planId)).toHaveLength(3);
  });
});

describe("a form's one-time token across two app processes on one PostgreSQL", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await freshDatabase("postgres");
  });
  afterAll(async () => {
    await database.drop();
  });

  it("the same strength sent to both processes at once is written by one of them", async () => {
    const room = await classroomWithPlan(database.db);
    const other = openDatabase({ dataDir: database.dataDir, databaseUrl: database.databaseUrl });
    const family = actorFor(room.guardian);
    try {
      const rounds = Array.from({ length: 8 }, (_, round) => ({
        section: "strength",
        body: `Sam counts by ${round + 2}s`,
        formToken: randomUUID(),
      }));

      for (const input of rounds) {
        await Promise.allSettled(
          [database.db, other.db].map((db) =>
            addStatement(planDeps(db), family, room.planId, input),
          ),
        );
      }

      const written = await database.db
        .selectFrom("statements")
        .select("body")
        .where("plan_id", "=", room.planId)
        .orderBy("created_at")
        .execute();
      expect(written.map((row) => row.body).sort()).toEqual(
        rounds.map((input) => input.body).sort(),
      );
    } finally {
      await other.close();
    }
  });
});
