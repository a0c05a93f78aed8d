import type { Kysely } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../src/db/schema.ts";
import type { Actor } from "../../../src/domain/access/actor.ts";
import { addConferenceNote } from "../../../src/domain/plans/add-conference-note.ts";
import { addStatement } from "../../../src/domain/plans/add-statement.ts";
import { agreePlan } from "../../../src/domain/plans/agree-plan.ts";
import { closePlan } from "../../../src/domain/plans/close-plan.ts";
import { commentOnPlan } from "../../../src/domain/plans/comment-on-plan.ts";
import { commentOnStatement } from "../../../src/domain/plans/comment-on-statement.ts";
import { editStatement } from "../../../src/domain/plans/edit-statement.ts";
import { listPlanHistory } from "../../../src/domain/plans/plan-history.ts";
import { readPlan } from "../../../src/domain/plans/read-plan.ts";
import { recordCheckIn } from "../../../src/domain/plans/record-check-in.ts";
import { recordMeeting } from "../../../src/domain/plans/record-meeting.ts";
import { retireStatement } from "../../../src/domain/plans/retire-statement.ts";
import { dialects, freshDatabase, type TestDatabase } from "../../support/databases.ts";
import {
  actorFor,
  createClass,
  createClassroom,
  createGuardian,
  createStudent,
  createTeacher,
  enroll,
  linkGuardian,
  type Person,
} from "../../support/factories.ts";
import { classroomWithPlan, eventsOf, failure, planDeps, planRow } from "../../support/plans.ts";

type Room = Awaited<ReturnType<typeof classroomWithPlan>> & { strengthId: string };

/** Every read and change a plan has, each with input that would succeed for the right person. */
function everyOperation(db: Kysely<Database>, room: Room) {
  const deps = planDeps(db);
  const planId = room.planId;
  const target = { planId, statementId: room.strengthId };

  return {
    read: (actor: Actor) => readPlan(deps, actor, planId),
    history: (actor: Actor) => listPlanHistory(deps, actor, planId),
    addStrength: (actor: Actor) =>
      addStatement(deps, actor, planId, { section: "strength", body: "Sees patterns" }),
    addStudentAction: (actor: Actor) =>
      addStatement(deps, actor, planId, { section: "student_action", body: "Practise" }),
    addFamilyAction: (actor: Actor) =>
      addStatement(deps, actor, planId, { section: "family_action", body: "Cook together" }),
    addTeacherAction: (actor: Actor) =>
      addStatement(deps, actor, planId, { section: "teacher_action", body: "Meet weekly" }),
    edit: (actor: Actor) => editStatement(deps, actor, target, { body: "Rewritten" }),
    retire: (actor: Actor) => retireStatement(deps, actor, target),
    comment: (actor: Actor) => commentOnPlan(deps, actor, planId, { body: "Hello" }),
    commentOnStatement: (actor: Actor) =>
      commentOnStatement(deps, actor, target, { body: "Hello" }),
    conferenceNote: (actor: Actor) =>
      addConferenceNote(deps, actor, planId, { prompt: "confident", body: "Note" }),
    meeting: (actor: Actor) =>
      recordMeeting(deps, actor, planId, { startsAt: "2025-03-12T15:30", place: "Room 4" }),
    agree: (actor: Actor) => agreePlan(deps, actor, planId, {}),
    checkIn: (actor: Actor) => recordCheckIn(deps, actor, planId, {}),
    close: (actor: Actor) => closePlan(deps, actor, planId),
  };
}

type Outsider = (db: Kysely<Database>, room: Room) => Promise<Person>;

const outsiders: [string, Outsider][] = [
  [
    "a teacher of another class",
    async (db, room) => {
      const klass = await createClass(db, {
        districtId: room.district.id,
        schoolId: room.school.id,
      });
      const teacher = await createTeacher(db, { districtId: room.district.id });
      await enroll(db, { classId: klass.id, person: teacher, role: "teacher" });
      return teacher;
    },
  ],
  [
    "a family member of another child",
    async (db, room) => {
      const child = await createStudent(db, { districtId: room.district.id });
      const guardian = await createGuardian(db, { districtId: room.district.id });
      await linkGuardian(db, { guardian, student: child });
      return guardian;
    },
  ],
  [
    "another student in the same class",
    async (db, room) => {
      const classmate = await createStudent(db, { districtId: room.district.id });
      await enroll(db, { classId: room.klass.id, person: classmate, role: "student" });
      return classmate;
    },
  ],
  ["an administrator of another district", async (db) => (await createClassroom(db)).administrator],
  [
    "a deactivated teacher of the class",
    async (db, room) => {
      const teacher = await createTeacher(db, { districtId: room.district.id, active: false });
      await enroll(db, { classId: room.klass.id, person: teacher, role: "teacher" });
      return teacher;
    },
  ],
  [
    "a deactivated family member of the child",
    async (db, room) => {
      const guardian = await createGuardian(db, { districtId: room.district.id, active: false });
      await linkGuardian(db, { guardian, student: room.student });
      return guardian;
    },
  ],
];

describe.each(dialects)("who may not see or change a plan, on %s", (dialect) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await freshDatabase(dialect);
  });
  afterAll(async () => {
    await database.drop();
  });

  async function roomWithStrength(): Promise<Room> {
    const room = await classroomWithPlan(database.db);
    const { statementId } = await addStatement(
      planDeps(database.db),
      actorFor(room.teacher),
      room.planId,
      { section: "strength", body: "Perseveres" },
    );

    return { ...room, strengthId: statementId };
  }

  it.each(outsiders)("%s can neither find nor change the plan", async (_who, makeOutsider) => {
    const room = await roomWithStrength();
    const outsider = actorFor(await makeOutsider(database.db, room));
    const before = await planRow(database.db, room.planId);
    const eventsBefore = await eventsOf(database.db, room.planId);

    for (const [name, operation] of Object.entries(everyOperation(database.db, room))) {
      const error = await failure(operation(outsider));
      expect(error.kind, name).toBe("not_found");
    }

    expect(await planRow(database.db, room.planId)).toEqual(before);
    expect(await eventsOf(database.db, room.planId)).toEqual(eventsBefore);
  });

  const staffOnly = ["conferenceNote", "meeting", "agree", "checkIn", "close", "addTeacherAction"];

  it("the student reads the plan but is refused staff actions and others' words", async () => {
    const room = await roomWithStrength();
    const operations = everyOperation(database.db, room);
    const student = actorFor(room.student);

    for (const name of [...staffOnly, "addFamilyAction", "edit", "retire"] as const) {
      const error = await failure(operations[name as keyof typeof operations](student));
      expect(error.kind, name).toBe("forbidden");
    }
    await expect(operations.read(student)).resolves.toMatchObject({ relationship: "self" });
  });

  it("the family reads the plan but is refused staff actions and others' words", async () => {
    const room = await roomWithStrength();
    const operations = everyOperation(database.db, room);
    const family = actorFor(room.guardian);

    for (const name of [...staffOnly, "addStudentAction", "edit", "retire"] as const) {
      const error = await failure(operations[name as keyof typeof operations](family));
      expect(error.kind, name).toBe("forbidden");
    }
    await expect(operations.read(family)).resolves.toMatchObject({ relationship: "guardian" });
  });
});
