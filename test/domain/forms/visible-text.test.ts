import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { sendCheckInUpdate } from "../../../src/domain/check-ins/updates/send-check-in-update.ts";
import { parseForm } from "../../../src/domain/forms/parse-form.ts";
import { hasVisibleText, requiredWords } from "../../../src/domain/forms/visible-text.ts";
import { addConferenceNote } from "../../../src/domain/plans/add-conference-note.ts";
import { addStatement } from "../../../src/domain/plans/add-statement.ts";
import { commentOnPlan } from "../../../src/domain/plans/comment-on-plan.ts";
import { editStatement } from "../../../src/domain/plans/edit-statement.ts";
import { writeReflection } from "../../../src/domain/reflections/write-reflection.ts";
import { dialects, freshDatabase, type TestDatabase } from "../../support/databases.ts";
import { actorFor } from "../../support/factories.ts";
import {
  agreedPlanWithActions,
  classroomWithPlan,
  failure,
  planDeps,
  planWithStudentStrength,
  statementBody,
} from "../../support/plans.ts";

/** Words that draw nothing: zero-width characters, joiners, bidi marks and spaces. */
const invisibleWords = [
  "\u200B",
  "\u200C\u200D",
  "\u2060\uFEFF",
  "\u200E\u200F",
  "\u202A\u202B\u202C\u202D\u202E",
  "\u2066\u2067\u2068\u2069",
  " \u200B \u00A0\u200B\t",
];

describe("words a reader can see", () => {
  it.each(invisibleWords)("words made only of %j show nothing", (words) => {
    expect(hasVisibleText(words)).toBe(false);
  });

  it("words with one visible letter, in any script or an emoji, show", () => {
    for (const words of ["a", "\u200Bx\u200B", "مرحبا", "数学", "👍🏽", "\u2067سام\u2069"]) {
      expect(hasVisibleText(words)).toBe(true);
    }
  });

  it("invisible-only words get the field's usual required message in its language", () => {
    const form = z.object({ body: requiredWords(100) });
    const options = { labels: { body: "plans.field.strength" as const } };

    expect(() => parseForm(form, { body: "\u200B\u200D " }, { ...options, locale: "en" })).toThrow(
      expect.objectContaining({
        problems: [{ field: "body", message: "Please fill in “Strength”." }],
      }),
    );
    const inSpanish = () => parseForm(form, { body: "\u2066\u2069" }, { ...options, locale: "es" });
    expect(inSpanish).toThrow(
      expect.objectContaining({ problems: [{ field: "body", message: expect.any(String) }] }),
    );
  });

  it("invisible characters inside visible words are kept", () => {
    const form = z.object({ body: requiredWords(100) });
    const words = "Sam\u200D counts\u200B by \u2067fives\u2069";

    const parsed = parseForm(form, { body: ` ${words} ` }, { locale: "en", labels: {} });

    expect(parsed.body).toBe(words);
  });
});

describe.each(dialects)("words that show nothing are refused on a plan, on %s", (dialect) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await freshDatabase(dialect);
  });
  afterAll(async () => {
    await database.drop();
  });

  it("a family member's strength of zero-width characters asks them to fill it in", async () => {
    const room = await classroomWithPlan(database.db);

    const error = await failure(
      addStatement(planDeps(database.db), actorFor(room.guardian), room.planId, {
        section: "strength",
        body: "\u200B\u200C \u200D\u2060\uFEFF",
      }),
    );

    expect(error.problems).toEqual([{ field: "body", message: "Please fill in “Strength”." }]);
    const stored = await database.db
      .selectFrom("statements")
      .select("id")
      .where("plan_id", "=", room.planId)
      .execute();
    expect(stored).toEqual([]);
  });

  it("a student's strength edited down to bidi marks keeps its words", async () => {
    const room = await planWithStudentStrength(database.db, "I can draw fractions");

    const error = await failure(
      editStatement(
        planDeps(database.db),
        actorFor(room.student),
        { planId: room.planId, statementId: room.statementId },
        { body: "\u200E\u202B\u2067\u2069" },
      ),
    );

    expect(error.problems).toEqual([{ field: "body", message: "Please fill in “Strength”." }]);
    expect(await statementBody(database.db, room.statementId)).toBe("I can draw fractions");
  });

  it("a strength with a joiner inside its words is kept as typed", async () => {
    const room = await classroomWithPlan(database.db);
    const body = "Sam\u200Dcounts 👍🏽 by fives";

    const { statementId } = await addStatement(
      planDeps(database.db),
      actorFor(room.guardian),
      room.planId,
      { section: "strength", body },
    );

    expect(await statementBody(database.db, statementId)).toBe(body);
  });

  it("a comment or a conference note of invisible characters asks for words", async () => {
    const room = await classroomWithPlan(database.db);
    const deps = planDeps(database.db);

    const comment = await failure(
      commentOnPlan(deps, actorFor(room.guardian), room.planId, { body: "\u2066 \u2069" }),
    );
    const note = await failure(
      addConferenceNote(deps, actorFor(room.teacher), room.planId, { body: "\uFEFF\u200B" }),
    );

    expect(comment.problems).toEqual([{ field: "body", message: "Please fill in “Comment”." }]);
    expect(note.problems).toMatchObject([{ field: "body" }]);
    expect(note.problems[0]?.message).toMatch(/^Please fill in/);
  });

  it("a reflection of zero-width characters is refused naming the field", async () => {
    const room = await classroomWithPlan(database.db);
    const form = { planId: "", body: "\u200B\u200B" };

    const error = await failure(
      writeReflection(planDeps(database.db), actorFor(room.teacher), {
        schoolId: room.school.id,
        form,
      }),
    );

    expect(error.problems).toEqual([
      { field: "body", message: expect.stringMatching(/^Please fill in “Reflection/) },
    ]);
  });

  it("an update before a check-in made only of invisible characters says it is empty", async () => {
    const room = await agreedPlanWithActions(database.db);

    const error = await failure(
      sendCheckInUpdate(planDeps(database.db), actorFor(room.student), room.planId, {
        wentWell: "\u200B",
        wasHard: "\u200F ",
      }),
    );

    expect(error.problems).toMatchObject([{ field: "wentWell" }]);
  });
});
