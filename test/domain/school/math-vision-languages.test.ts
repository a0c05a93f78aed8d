import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addStatement } from "../../../src/domain/plans/add-statement.ts";
import { readPlan } from "../../../src/domain/plans/read-plan.ts";
import { visionFor } from "../../../src/domain/school/math-vision.ts";
import { readSchoolSettings } from "../../../src/domain/school/read-school.ts";
import { updateSchool } from "../../../src/domain/school/update-school.ts";
import { dialects, freshDatabase, type TestDatabase } from "../../support/databases.ts";
import { actorFor } from "../../support/factories.ts";
import { classroomWithPlan, failure, planDeps } from "../../support/plans.ts";

describe("choosing the Math Vision a reader sees", () => {
  const translations = [
    { locale: "es", body: "Todos damos sentido a las matemáticas." },
    { locale: "ar", body: "   " },
  ];

  it("gives a reader the school's translation into their language", () => {
    expect(visionFor("es-MX", "We all make sense of math.", translations)).toEqual({
      text: "Todos damos sentido a las matemáticas.",
      locale: "es",
    });
  });

  it("falls back to the school's own wording when there is no translation", () => {
    for (const reader of ["vi", "ar", null, "so"]) {
      expect(visionFor(reader, "We all make sense of math.", translations)).toEqual({
        text: "We all make sense of math.",
        locale: "en",
      });
    }
  });

  it("marks the school's own wording with the language its words tell, and only that", () => {
    expect(visionFor("ar", "كل طالب عالم رياضيات.", []).locale).toBe("ar");
    expect(visionFor("es", "Mathematik für alle!", []).locale).toBeNull();
  });
});

describe.each(dialects)("the Math Vision in families' languages on %s", (dialect) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await freshDatabase(dialect);
  });
  afterAll(async () => {
    await database.drop();
  });

  const settings = (schoolId: string, extra: Record<string, string>) => ({
    schoolId,
    name: "Riverside Middle",
    mathVision: "We all make sense of math together.",
    timeZone: "America/New_York",
    checkInCadenceDays: "14",
    ...extra,
  });

  it("a school named as long as a roster may name it keeps its settings savable", async () => {
    const room = await classroomWithPlan(database.db);
    const admin = actorFor(room.administrator);
    const rosterName = `Escuela ${"Benito Juárez García ".repeat(12)}`.trim().slice(0, 250);

    await updateSchool(planDeps(database.db), admin, {
      ...settings(room.school.id, {}),
      name: rosterName,
    });

    const { school } = await readSchoolSettings(database.db, admin, room.school.id);
    expect(school.name).toBe(rosterName);
  });

  it("an administrator writes translations and each family reads its own", async () => {
    const room = await classroomWithPlan(database.db);
    const deps = planDeps(database.db);
    const admin = actorFor(room.administrator);
    await updateSchool(
      deps,
      admin,
      settings(room.school.id, {
        "vision-es": "Todos damos sentido\r\na las matemáticas.",
        "vision-vi": "Tất cả chúng ta cùng hiểu toán.",
      }),
    );

    const spanishFamily = { ...actorFor(room.guardian), locale: "es" };
    const arabicFamily = { ...actorFor(room.guardian), locale: "ar" };
    const spanish = await readPlan(deps, spanishFamily, room.planId);
    const arabic = await readPlan(deps, arabicFamily, room.planId);

    expect(spanish.school).toMatchObject({
      mathVision: "Todos damos sentido\na las matemáticas.",
      mathVisionLocale: "es",
    });
    expect(arabic.school).toMatchObject({
      mathVision: "We all make sense of math together.",
      mathVisionLocale: "en",
    });
    const { school } = await readSchoolSettings(database.db, admin, room.school.id);
    expect(school.visions).toEqual({
      es: "Todos damos sentido\na las matemáticas.",
      vi: "Tất cả chúng ta cùng hiểu toán.",
    });
  });

  it("emptying a translation removes it, and a too-long one is refused with nothing saved", async () => {
    const room = await classroomWithPlan(database.db);
    const deps = planDeps(database.db);
    const admin = actorFor(room.administrator);
    await updateSchool(deps, admin, settings(room.school.id, { "vision-es": "Hola" }));

    const refusal = await failure(
      updateSchool(
        deps,
        admin,
        settings(room.school.id, { "vision-es": "", "vision-zh": "数".repeat(2001) }),
      ),
    );
    expect(refusal.kind).toBe("invalid_input");
    expect((await readSchoolSettings(database.db, admin, room.school.id)).school.visions).toEqual({
      es: "Hola",
    });

    await updateSchool(deps, admin, settings(room.school.id, { "vision-es": "" }));
    expect((await readSchoolSettings(database.db, admin, room.school.id)).school.visions).toEqual(
      {},
    );
  });

  it("people's words keep the language they were written in", async () => {
    const room = await classroomWithPlan(database.db);
    const deps = planDeps(database.db);
    const spanishFamily = { ...actorFor(room.guardian), locale: "es" };
    await addStatement(deps, spanishFamily, room.planId, {
      section: "strength",
      body: "Cocina con nosotros y mide los ingredientes",
    });

    const view = await readPlan(deps, actorFor(room.teacher), room.planId);

    expect(view.statements.map((statement) => [statement.body, statement.language])).toEqual([
      ["Cocina con nosotros y mide los ingredientes", "es"],
    ]);
  });
});
