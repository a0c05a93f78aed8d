import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closePlan } from "../../../src/domain/plans/close-plan.ts";
import { startPlan } from "../../../src/domain/plans/start-plan.ts";
import { dialects, freshDatabase, type TestDatabase } from "../../support/databases.ts";
import {
  actorFor,
  createClass,
  createClassroom,
  createSchool,
  createStudent,
  createTeacher,
  enroll,
} from "../../support/factories.ts";
import { eventsOf, failure, fixedNow, planDeps, planRow } from "../../support/plans.ts";

describe.each(dialects)("starting a plan on %s", (dialect) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await freshDatabase(dialect);
  });
  afterAll(async () => {
    await database.drop();
  });

  it("a teacher starts a draft MAP for a student in their class", async () => {
    const room = await createClassroom(database.db);

    const { planId } = await startPlan(planDeps(database.db), actorFor(room.teacher), {
      studentId: room.student.id,
    });

    const plan = await planRow(database.db, planId);
    expect(plan).toMatchObject({
      student_id: room.student.id,
      school_id: room.school.id,
      started_by: room.teacher.id,
      stage: "draft",
      version: 1,
      created_at: fixedNow.toISOString(),
    });
    const events = await eventsOf(database.db, planId);
    expect(events.map((event) => [event.kind, event.actor_id])).toEqual([
      ["plan.started", room.teacher.id],
    ]);
  });

  it("a teacher's plan belongs to the school of the class they share", async () => {
    const room = await createClassroom(database.db);
    const otherSchool = await createSchool(database.db, { districtId: room.district.id });
    const otherClass = await createClass(database.db, {
      districtId: room.district.id,
      schoolId: otherSchool.id,
    });
    const otherTeacher = await createTeacher(database.db, { districtId: room.district.id });
    await enroll(database.db, { classId: otherClass.id, person: otherTeacher, role: "teacher" });
    await enroll(database.db, { classId: otherClass.id, person: room.student, role: "student" });

    const { planId } = await startPlan(planDeps(database.db), actorFor(otherTeacher), {
      studentId: room.student.id,
    });

    expect((await planRow(database.db, planId)).school_id).toBe(otherSchool.id);
  });

  it("starting again while the student's plan is open opens that same plan", async () => {
    const room = await createClassroom(database.db);
    const deps = planDeps(database.db);
    const first = await startPlan(deps, actorFor(room.teacher), { studentId: room.student.id });

    const again = await startPlan(deps, actorFor(room.teacher), { studentId: room.student.id });

    expect(first.started).toBe(true);
    expect(again).toEqual({ planId: first.planId, started: false });
    const plans = await database.db
      .selectFrom("plans")
      .select("id")
      .where("student_id", "=", room.student.id)
      .execute();
    expect(plans).toHaveLength(1);
    expect(await eventsOf(database.db, first.planId)).toHaveLength(1);
  });

  it("a teacher starts a new plan once the last one is closed", async () => {
    const room = await createClassroom(database.db);
    const deps = planDeps(database.db);
    const first = await startPlan(deps, actorFor(room.teacher), { studentId: room.student.id });
    await closePlan(deps, actorFor(room.teacher), first.planId);

    const second = await startPlan(deps, actorFor(room.teacher), { studentId: room.student.id });

    expect(second.planId).not.toBe(first.planId);
  });

  it("an administrator starts a plan for a student who is in no class yet", async () => {
    const room = await createClassroom(database.db);
    const newcomer = await createStudent(database.db, {
      districtId: room.district.id,
      schoolId: room.school.id,
    });

    const { planId } = await startPlan(planDeps(database.db), actorFor(room.administrator), {
      studentId: newcomer.id,
    });

    expect((await planRow(database.db, planId)).school_id).toBe(room.school.id);
  });

  it("an administrator is told when a student belongs to no school yet", async () => {
    const room = await createClassroom(database.db);
    const nowhere = await createStudent(database.db, { districtId: room.district.id });

    const error = await failure(
      startPlan(planDeps(database.db), actorFor(room.administrator), { studentId: nowhere.id }),
    );

    expect(error.kind).toBe("conflict");
    expect(error.publicMessage).toMatch(/not in a school/);
  });

  it("a family member cannot start a plan for their child", async () => {
    const room = await createClassroom(database.db);

    const error = await failure(
      startPlan(planDeps(database.db), actorFor(room.guardian), { studentId: room.student.id }),
    );

    expect(error.kind).toBe("forbidden");
  });

  it("a student cannot start their own plan", async () => {
    const room = await createClassroom(database.db);

    const error = await failure(
      startPlan(planDeps(database.db), actorFor(room.student), { studentId: room.student.id }),
    );

    expect(error.kind).toBe("forbidden");
  });

  it("a teacher of another class cannot start a plan for the student", async () => {
    const room = await createClassroom(database.db);
    const stranger = await createClassroom(database.db);

    const error = await failure(
      startPlan(planDeps(database.db), actorFor(stranger.teacher), { studentId: room.student.id }),
    );

    expect(error.kind).toBe("not_found");
  });
});
