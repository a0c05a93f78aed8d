import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { carryPlanForward } from "../../../src/domain/next-year/carry-plan-forward.ts";
import { readNextYear } from "../../../src/domain/next-year/read-next-year.ts";
import { startPlansForClass } from "../../../src/domain/next-year/start-plans-for-class.ts";
import { dialects, freshDatabase, type TestDatabase } from "../../support/databases.ts";
import {
  actorFor,
  createAdministrator,
  createClass,
  createClassroom,
  createPlan,
  createSchool,
  createStudent,
  createTeacher,
  enroll,
  type Person,
} from "../../support/factories.ts";
import { failure, planDeps } from "../../support/plans.ts";

const byClass = (classId: string) => ({ classId, schoolId: undefined });

describe.each(dialects)("starting next year's plans on %s", (dialect) => {
  let database: TestDatabase;
  const deps = () => planDeps(database.db);
  beforeAll(async () => {
    database = await freshDatabase(dialect);
  });
  afterAll(async () => {
    await database.drop();
  });

  async function classOf(size: number) {
    const room = await createClassroom(database.db);
    const students: Person[] = [room.student];
    for (let index = 1; index < size; index += 1) {
      const student = await createStudent(database.db, {
        districtId: room.district.id,
        schoolId: room.school.id,
      });
      await enroll(database.db, { classId: room.klass.id, person: student, role: "student" });
      students.push(student);
    }
    return { ...room, students };
  }

  const openPlans = (studentIds: string[]) =>
    database.db
      .selectFrom("plans")
      .select(["id", "student_id", "stage", "school_id", "version"])
      .where("student_id", "in", studentIds)
      .where("stage", "!=", "closed")
      .execute();

  it("a teacher starts a draft for every student of the class, skipping open plans", async () => {
    const room = await classOf(5);
    const [first, second] = room.students;
    if (!first || !second) throw new Error("class too small");
    await createPlan(database.db, {
      student: first,
      schoolId: room.school.id,
      startedBy: room.teacher,
    });
    await createPlan(database.db, {
      student: second,
      schoolId: room.school.id,
      startedBy: room.teacher,
      stage: "closed",
    });

    const summary = await startPlansForClass(deps(), actorFor(room.teacher), room.klass.id);

    expect(summary).toEqual({ started: 4, carried: 1, skipped: 1 });
    const plans = await openPlans(room.students.map((student) => student.id));
    expect(plans).toHaveLength(5);
    expect(new Set(plans.map((plan) => plan.student_id)).size).toBe(5);
    const started = plans.filter((plan) => plan.version === 1 && plan.stage === "draft");
    expect(started.every((plan) => plan.school_id === room.school.id)).toBe(true);
    const events = await database.db
      .selectFrom("plan_events")
      .select("kind")
      .where(
        "plan_id",
        "in",
        plans.map((plan) => plan.id),
      )
      .execute();
    expect(events.filter((event) => event.kind === "plan.started")).toHaveLength(4);
  });

  it("starting the class again starts nothing and skips everyone", async () => {
    const room = await classOf(3);
    await startPlansForClass(deps(), actorFor(room.administrator), room.klass.id);

    const again = await startPlansForClass(deps(), actorFor(room.administrator), room.klass.id);

    expect(again).toEqual({ started: 0, carried: 0, skipped: 3 });
  });

  it("a teacher of another class may not start plans for this class", async () => {
    const room = await classOf(2);
    const other = await createTeacher(database.db, {
      districtId: room.district.id,
      schoolId: room.school.id,
    });
    const otherClass = await createClass(database.db, {
      districtId: room.district.id,
      schoolId: room.school.id,
    });
    await enroll(database.db, { classId: otherClass.id, person: other, role: "teacher" });

    const error = await failure(startPlansForClass(deps(), actorFor(other), room.klass.id));

    expect(error.kind).toBe("forbidden");
    expect(await openPlans(room.students.map((student) => student.id))).toEqual([]);
  });

  it("an administrator of another district cannot find the class", async () => {
    const room = await classOf(1);
    const elsewhere = await createClassroom(database.db);

    const error = await failure(
      startPlansForClass(deps(), actorFor(elsewhere.administrator), room.klass.id),
    );

    expect(error.kind).toBe("not_found");
  });

  async function closedPlanWithStatements() {
    const room = await createClassroom(database.db);
    const { id: planId } = await createPlan(database.db, {
      student: room.student,
      schoolId: room.school.id,
      startedBy: room.teacher,
      stage: "closed",
    });
    const statement = async (
      section: "strength" | "area" | "student_action" | "family_action",
      author: Person,
      voice: "student" | "family" | "teacher",
      extra: { retired?: boolean; progress?: "done" } = {},
    ) => {
      const id = randomUUID();
      await database.db
        .insertInto("statements")
        .values({
          id,
          district_id: room.district.id,
          plan_id: planId,
          section,
          body: `${section} by ${voice}`,
          voice,
          author_id: author.id,
          progress: extra.progress ?? null,
          retired_at: extra.retired ? "2026-01-01T00:00:00Z" : null,
          created_at: "2025-10-01T00:00:00Z",
          updated_at: "2025-10-01T00:00:00Z",
        })
        .execute();
      return id;
    };
    const strength = await statement("strength", room.student, "student");
    const area = await statement("area", room.teacher, "teacher");
    await statement("family_action", room.guardian, "family", { progress: "done" });
    await statement("strength", room.teacher, "teacher", { retired: true });
    await database.db
      .insertInto("area_strengths")
      .values({ district_id: room.district.id, area_id: area, strength_id: strength })
      .execute();

    return { ...room, planId };
  }

  it("a closed plan carried forward starts a draft with its words, voices and links", async () => {
    const room = await closedPlanWithStatements();

    const { planId, started } = await carryPlanForward(deps(), actorFor(room.teacher), room.planId);

    expect(started).toBe(true);
    const plan = await database.db
      .selectFrom("plans")
      .selectAll()
      .where("id", "=", planId)
      .executeTakeFirstOrThrow();
    expect(plan).toMatchObject({ stage: "draft", student_id: room.student.id, version: 1 });
    const statements = await database.db
      .selectFrom("statements")
      .selectAll()
      .where("plan_id", "=", planId)
      .orderBy("section")
      .execute();
    expect(statements.map((row) => [row.section, row.voice, row.author_id, row.progress])).toEqual([
      ["area", "teacher", room.teacher.id, null],
      ["family_action", "family", room.guardian.id, "not_started"],
      ["strength", "student", room.student.id, null],
    ]);
    const carried = await database.db
      .selectFrom("carried_statements")
      .select("statement_id")
      .where(
        "statement_id",
        "in",
        statements.map((row) => row.id),
      )
      .execute();
    expect(carried).toHaveLength(3);
    const link = await database.db
      .selectFrom("carried_plans")
      .selectAll()
      .where("plan_id", "=", planId)
      .executeTakeFirstOrThrow();
    expect(link.from_plan_id).toBe(room.planId);
    const areaLinks = await database.db
      .selectFrom("area_strengths")
      .innerJoin("statements", "statements.id", "area_strengths.area_id")
      .select("area_strengths.strength_id")
      .where("statements.plan_id", "=", planId)
      .execute();
    const newStrength = statements.find((row) => row.section === "strength");
    expect(areaLinks).toEqual([{ strength_id: newStrength?.id }]);
  });

  it("a whole class's start carries forward each student's latest closed plan", async () => {
    const room = await closedPlanWithStatements();
    const older = await createPlan(database.db, {
      student: room.student,
      schoolId: room.school.id,
      startedBy: room.teacher,
      stage: "closed",
    });
    await database.db
      .updateTable("plans")
      .set({ closed_at: "2024-06-01T00:00:00.000Z" })
      .where("id", "=", older.id)
      .execute();
    await database.db
      .updateTable("plans")
      .set({ closed_at: "2026-06-01T00:00:00.000Z" })
      .where("id", "=", room.planId)
      .execute();

    const summary = await startPlansForClass(deps(), actorFor(room.teacher), room.klass.id);

    expect(summary).toEqual({ started: 1, carried: 1, skipped: 0 });
    const [plan] = await openPlans([room.student.id]);
    const link = await database.db
      .selectFrom("carried_plans")
      .select("from_plan_id")
      .where("plan_id", "=", plan?.id ?? "")
      .executeTakeFirst();
    expect(link?.from_plan_id).toBe(room.planId);
    const bodies = await database.db
      .selectFrom("statements")
      .select("body")
      .where("plan_id", "=", plan?.id ?? "")
      .orderBy("body")
      .execute();
    expect(bodies.map((row) => row.body)).toEqual([
      "area by teacher",
      "family_action by family",
      "strength by student",
    ]);
    const view = await readNextYear(deps(), actorFor(room.teacher), byClass(room.klass.id));
    expect(view.chosen).toMatchObject({ students: 1, withOpenPlan: 1, closedPlans: [] });
  });

  it("carrying forward when the student already has an open plan opens that plan", async () => {
    const room = await closedPlanWithStatements();
    const open = await createPlan(database.db, {
      student: room.student,
      schoolId: room.school.id,
      startedBy: room.teacher,
    });

    const result = await carryPlanForward(deps(), actorFor(room.teacher), room.planId);

    expect(result).toEqual({ planId: open.id, started: false });
  });

  it("a plan still open cannot be carried forward", async () => {
    const room = await createClassroom(database.db);
    const open = await createPlan(database.db, {
      student: room.student,
      schoolId: room.school.id,
      startedBy: room.teacher,
    });

    const error = await failure(carryPlanForward(deps(), actorFor(room.teacher), open.id));

    expect(error.kind).toBe("conflict");
  });

  it("a family member cannot carry a plan forward", async () => {
    const room = await closedPlanWithStatements();

    const error = await failure(carryPlanForward(deps(), actorFor(room.guardian), room.planId));

    expect(error.kind).toBe("forbidden");
  });

  /** A district of two schools, each with two classes, and an administrator of it all. */
  async function twoSchools() {
    const room = await createClassroom(database.db);
    const districtId = room.district.id;
    const other = await createSchool(database.db, { districtId, name: "Other school" });
    const second = await createClass(database.db, { districtId, schoolId: room.school.id });
    const away = [
      await createClass(database.db, { districtId, schoolId: other.id }),
      await createClass(database.db, { districtId, schoolId: other.id }),
    ];
    const administrator = await createAdministrator(database.db, { districtId });
    const ids = (view: { classes: { id: string }[] }) => view.classes.map((row) => row.id).sort();

    return { room, other, here: [room.klass.id, second.id].sort(), away, administrator, ids };
  }

  it("past a page of classes across schools, a school is chosen before its classes", async () => {
    const { room, other, here, away, administrator, ids } = await twoSchools();
    const read = (asked: { classId?: string; schoolId?: string }) =>
      readNextYear(deps(), actorFor(administrator), {
        classId: asked.classId,
        schoolId: asked.schoolId,
        classesOnOnePage: 3,
      });

    const first = await read({});
    const chosen = await read({ schoolId: other.id });
    const unknown = await read({ schoolId: randomUUID() });
    const byLink = await read({ classId: room.klass.id });
    const everyClass = await readNextYear(deps(), actorFor(administrator), byClass(""));

    expect(first.schools.map((school) => school.id).sort()).toEqual(
      [room.school.id, other.id].sort(),
    );
    expect(first.classes).toEqual([]);
    expect(first.school).toBeNull();
    expect(ids(chosen)).toEqual(away.map((klass) => klass.id).sort());
    expect(chosen.school).toBe(other.id);
    expect(unknown.schoolUnknown).toBe(true);
    expect(unknown.classes).toEqual([]);
    // A class chosen by its link lists its own school's classes beside it.
    expect(byLink.school).toBe(room.school.id);
    expect(ids(byLink)).toEqual(here);
    expect(byLink.chosen?.id).toBe(room.klass.id);
    // Within a page, every class is listed at once, as before.
    expect(everyClass.schools).toEqual([]);
    expect(everyClass.classes).toHaveLength(4);
  });

  it("next year lists the closed plans of students with no open plan", async () => {
    const room = await closedPlanWithStatements();

    const view = await readNextYear(deps(), actorFor(room.teacher), byClass(room.klass.id));

    expect(view.chosen).toMatchObject({ students: 1, withOpenPlan: 0 });
    expect(view.chosen?.closedPlans.map((plan) => plan.planId)).toEqual([room.planId]);
  });
});
