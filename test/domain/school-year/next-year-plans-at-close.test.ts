import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { carryPlanForward } from "../../../src/domain/next-year/carry-plan-forward.ts";
import { readNextYear } from "../../../src/domain/next-year/read-next-year.ts";
import { startPlansForClass } from "../../../src/domain/next-year/start-plans-for-class.ts";
import { listStudents } from "../../../src/domain/plans/list-students.ts";
import { closeSchoolYear } from "../../../src/domain/school-year/close-school-year.ts";
import { dialects, freshDatabase, type TestDatabase } from "../../support/databases.ts";
import {
  actorFor,
  createClass,
  createClassroom,
  createPlan,
  createStudent,
  enroll,
  type Person,
} from "../../support/factories.ts";
import { planDeps } from "../../support/plans.ts";

/*
 * Plans started from the next-year page while the school's year is under way are next year's,
 * whether or not their students had a plan this year: the close leaves them all open, and they
 * are the new year's plans. The days below lie ahead of the factories' clock, in this order.
 */

const daysAhead = (days: number) => new Date(Date.now() + days * 24 * 60 * 60 * 1000);
const may = daysAhead(1);
const june = daysAhead(30);
const august = daysAhead(60);
const nextJune = daysAhead(400);

describe.each(dialects)("next year's plans when the year is closed, on %s", (dialect) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await freshDatabase(dialect);
  });
  afterAll(async () => {
    await database.drop();
  });

  /** Sam's class with Nina and Omar, who have no plan this year. */
  async function classOfThree() {
    const room = await createClassroom(database.db);
    const inSchool = { districtId: room.district.id, schoolId: room.school.id };
    const nina = await createStudent(database.db, { ...inSchool, givenName: "Nina" });
    const omar = await createStudent(database.db, { ...inSchool, givenName: "Omar" });
    for (const student of [nina, omar]) {
      await enroll(database.db, { classId: room.klass.id, person: student, role: "student" });
    }

    return { ...room, nina, omar };
  }

  async function closeYear(room: { administrator: Person; school: { id: string } }, on: Date) {
    return closeSchoolYear({ db: database.db, clock: () => on }, actorFor(room.administrator), {
      schoolId: room.school.id,
      label: `${on.getUTCFullYear()}–${on.getUTCFullYear() + 1}`,
      confirm: "yes",
    });
  }

  const draftsOf = (students: Person[]) =>
    database.db
      .selectFrom("plans")
      .select(["id", "student_id", "archived_at"])
      .where(
        "student_id",
        "in",
        students.map((student) => student.id),
      )
      .where("stage", "=", "draft")
      .execute();

  const planById = async (planId: string) =>
    database.db
      .selectFrom("plans")
      .select(["stage", "archived_at"])
      .where("id", "=", planId)
      .executeTakeFirstOrThrow();

  it("the teacher's list says a draft is next year's until the close makes it this year's", async () => {
    const room = await classOfThree();
    const inPlan = { schoolId: room.school.id, startedBy: room.teacher };
    await createPlan(database.db, { ...inPlan, student: room.student, stage: "agreed" });
    const admin = actorFor(room.administrator);
    await startPlansForClass(planDeps(database.db, may), admin, room.klass.id);
    const stages = async () => {
      const [group] = await listStudents(planDeps(database.db, august), actorFor(room.teacher));
      return new Map(group?.students.map((row) => [row.id, row.plan]) ?? []);
    };

    const before = await stages();
    expect(before.get(room.student.id)).toMatchObject({ stage: "agreed", nextYear: false });
    expect(before.get(room.nina.id)).toMatchObject({ stage: "draft", nextYear: true });
    await closeYear(room, june);
    expect((await stages()).get(room.nina.id)).toMatchObject({ stage: "draft", nextYear: false });
  });

  it("an administrator's next-year drafts for a class all survive the close, plan or not", async () => {
    const room = await classOfThree();
    const inPlan = { schoolId: room.school.id, startedBy: room.teacher };
    const samsClosed = await createPlan(database.db, {
      ...inPlan,
      student: room.student,
      stage: "closed",
    });
    const otherClass = await createClass(database.db, {
      districtId: room.district.id,
      schoolId: room.school.id,
    });
    const pia = await createStudent(database.db, {
      districtId: room.district.id,
      schoolId: room.school.id,
    });
    await enroll(database.db, { classId: otherClass.id, person: pia, role: "student" });
    const piasOpen = await createPlan(database.db, { ...inPlan, student: pia, stage: "agreed" });
    const students = [room.student, room.nina, room.omar];
    const admin = actorFor(room.administrator);
    const asked = { classId: room.klass.id, schoolId: undefined };
    const page = await readNextYear(planDeps(database.db, may), admin, asked);
    expect(page.chosen?.forNextYear).toBe(true);

    const started = await startPlansForClass(planDeps(database.db, may), admin, room.klass.id);
    expect(started).toMatchObject({ started: 3, skipped: 0 });
    const closed = await closeYear(room, june);

    expect(closed).toMatchObject({ plansClosed: 1, plansArchived: 2 });
    expect(await planById(samsClosed.id)).toMatchObject({ archived_at: expect.any(String) });
    expect(await planById(piasOpen.id)).toMatchObject({
      stage: "closed",
      archived_at: expect.any(String),
    });
    const drafts = await draftsOf(students);
    expect(drafts.map((plan) => plan.student_id).sort()).toEqual(
      students.map((student) => student.id).sort(),
    );
    for (const draft of drafts) expect(draft.archived_at).toBeNull();

    // Once the new year has begun they are its open plans: its own close archives them.
    await closeYear(room, nextJune);
    for (const draft of drafts) {
      expect(await planById(draft.id)).toMatchObject({ archived_at: expect.any(String) });
    }
  });

  it("a teacher's plan carried forward from an earlier year survives this year's close", async () => {
    const room = await classOfThree();
    const inPlan = { schoolId: room.school.id, startedBy: room.teacher };
    const ninasOld = await createPlan(database.db, {
      ...inPlan,
      student: room.nina,
      stage: "closed",
    });
    await closeYear(room, june);
    const samsPlan = await createPlan(database.db, {
      ...inPlan,
      student: room.student,
      stage: "agreed",
    });

    const carried = await carryPlanForward(
      planDeps(database.db, august),
      actorFor(room.teacher),
      ninasOld.id,
    );
    expect(carried.started).toBe(true);
    await closeYear(room, nextJune);

    expect(await planById(samsPlan.id)).toMatchObject({ archived_at: expect.any(String) });
    expect(await planById(carried.planId)).toMatchObject({ stage: "draft", archived_at: null });
  });

  it("an administrator's plans started just after a close, none agreed yet, are that year's", async () => {
    const room = await classOfThree();
    const inPlan = { schoolId: room.school.id, startedBy: room.teacher };
    await createPlan(database.db, { ...inPlan, student: room.student, stage: "closed" });
    await closeYear(room, june);
    const secondClass = await createClass(database.db, {
      districtId: room.district.id,
      schoolId: room.school.id,
    });
    const pia = await createStudent(database.db, {
      districtId: room.district.id,
      schoolId: room.school.id,
    });
    await enroll(database.db, { classId: secondClass.id, person: pia, role: "student" });

    const admin = actorFor(room.administrator);
    const asked = { classId: secondClass.id, schoolId: undefined };
    await startPlansForClass(planDeps(database.db, august), admin, room.klass.id);
    const page = await readNextYear(planDeps(database.db, august), admin, asked);
    expect(page.chosen?.forNextYear).toBe(false);
    await startPlansForClass(planDeps(database.db, august), admin, secondClass.id);
    const drafts = await draftsOf([room.student, room.nina, room.omar, pia]);
    expect(drafts).toHaveLength(4);
    await closeYear(room, nextJune);

    for (const draft of drafts) {
      expect(await planById(draft.id)).toMatchObject({ archived_at: expect.any(String) });
    }
  });
});
