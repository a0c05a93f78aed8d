import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addConferenceNote } from "../../../src/domain/plans/add-conference-note.ts";
import { listPlanHistory } from "../../../src/domain/plans/plan-history.ts";
import { readPlan } from "../../../src/domain/plans/read-plan.ts";
import { dialects, freshDatabase, type TestDatabase } from "../../support/databases.ts";
import { actorFor } from "../../support/factories.ts";
import { classroomWithPlan, failure, planDeps } from "../../support/plans.ts";

describe.each(dialects)("conference notes on %s", (dialect) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await freshDatabase(dialect);
  });
  afterAll(async () => {
    await database.drop();
  });

  const secret = "Sam said word problems make them nervous";

  async function planWithNote() {
    const room = await classroomWithPlan(database.db);
    await addConferenceNote(planDeps(database.db), actorFor(room.teacher), room.planId, {
      prompt: "hard_problem",
      body: secret,
    });

    return room;
  }

  it("a teacher records what the student said, guided by a prompt", async () => {
    const room = await planWithNote();

    const view = await readPlan(planDeps(database.db), actorFor(room.teacher), room.planId);

    expect(view.staff?.conferenceNotes).toMatchObject([{ prompt: "hard_problem", body: secret }]);
    expect(view.history.at(-1)?.kind).toBe("conference_note.added");
  });

  it("a teacher may write a note without a prompt", async () => {
    const room = await classroomWithPlan(database.db);

    await addConferenceNote(planDeps(database.db), actorFor(room.teacher), room.planId, {
      prompt: "",
      body: "Loves geometry club",
    });

    const view = await readPlan(planDeps(database.db), actorFor(room.teacher), room.planId);
    expect(view.staff?.conferenceNotes[0]?.prompt).toBeNull();
  });

  it("a student's view of their plan carries no conference notes at all", async () => {
    const room = await planWithNote();

    const view = await readPlan(planDeps(database.db), actorFor(room.student), room.planId);

    expect(view.staff).toBeNull();
    expect(JSON.stringify(view)).not.toContain(secret);
    expect(view.history.map((entry) => entry.kind)).not.toContain("conference_note.added");
  });

  it("a family member's view and history carry no conference notes", async () => {
    const room = await planWithNote();
    const deps = planDeps(database.db);

    const view = await readPlan(deps, actorFor(room.guardian), room.planId);
    const history = await listPlanHistory(deps, actorFor(room.guardian), room.planId);

    expect(JSON.stringify(view)).not.toContain(secret);
    expect(history.map((entry) => entry.kind)).toEqual(["plan.started"]);
  });

  it("a student cannot write a conference note", async () => {
    const room = await classroomWithPlan(database.db);

    const error = await failure(
      addConferenceNote(planDeps(database.db), actorFor(room.student), room.planId, {
        body: "I am great",
      }),
    );

    expect(error.kind).toBe("forbidden");
  });

  it("a family member cannot write a conference note", async () => {
    const room = await classroomWithPlan(database.db);

    const error = await failure(
      addConferenceNote(planDeps(database.db), actorFor(room.guardian), room.planId, {
        body: "Note",
      }),
    );

    expect(error.kind).toBe("forbidden");
  });

  it("a prompt that is not one of the guiding questions is refused", async () => {
    const room = await classroomWithPlan(database.db);

    const error = await failure(
      addConferenceNote(planDeps(database.db), actorFor(room.teacher), room.planId, {
        prompt: "weaknesses",
        body: "Note",
      }),
    );

    expect(error.problems.map((problem) => problem.field)).toEqual(["prompt"]);
  });
});
