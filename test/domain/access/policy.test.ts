import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../../src/domain/access/actor.ts";
import {
  authorizePlan,
  authorizeStudent,
  listVisibleStudents,
  may,
  mayEditStatement,
  mayRetireStatement,
  type PlanAction,
  type Relationship,
  sectionsFor,
} from "../../../src/domain/access/policy.ts";
import { dialects, freshDatabase, type TestDatabase } from "../../support/databases.ts";
import {
  actorFor,
  createAdministrator,
  createClass,
  createClassroom,
  createGuardian,
  createPlan,
  createStudent,
  createTeacher,
  enroll,
  linkGuardian,
} from "../../support/factories.ts";
import { failure } from "../../support/plans.ts";

async function refusal(promise: Promise<unknown>) {
  return (await failure(promise)).kind;
}

describe("what each relationship may do on a plan", () => {
  const table: [Relationship, PlanAction, boolean][] = [
    ["self", "view", true],
    ["self", "writeStudentVoice", true],
    ["self", "writeFamilyVoice", false],
    ["self", "writeTeacherVoice", false],
    ["self", "viewStaffNotes", false],
    ["self", "recordMeeting", false],
    ["self", "agree", false],
    ["self", "comment", true],
    ["guardian", "view", true],
    ["guardian", "writeFamilyVoice", true],
    ["guardian", "writeStudentVoice", false],
    ["guardian", "viewStaffNotes", false],
    ["guardian", "writeStaffNotes", false],
    ["guardian", "checkIn", false],
    ["guardian", "comment", true],
    ["teacher", "viewStaffNotes", true],
    ["teacher", "writeTeacherVoice", true],
    ["teacher", "writeStudentVoice", false],
    ["teacher", "writeFamilyVoice", false],
    ["teacher", "agree", true],
    ["teacher", "checkIn", true],
    ["administrator", "viewStaffNotes", true],
    ["administrator", "recordMeeting", true],
    ["administrator", "share", true],
  ];

  it.each(table)("someone related as %s may %s: %s", (relationship, action, allowed) => {
    expect(may(relationship, action)).toBe(allowed);
  });

  // The Mathematics Progress is written together: areas of improvement in every voice.
  it("a student writes strengths, areas of improvement and their own actions", () => {
    expect(sectionsFor("self")).toEqual(["strength", "area", "student_action"]);
  });

  it("a family member writes strengths, areas of improvement and family actions", () => {
    expect(sectionsFor("guardian")).toEqual(["strength", "area", "family_action"]);
  });

  it("a teacher writes in every section of the plan", () => {
    expect(sectionsFor("teacher")).toHaveLength(5);
  });

  it("a teacher cannot change a student's words but can retire their own teacher's words", () => {
    const teacher = { personId: "t1" } as Actor;
    const studentWords = { authorId: "s1", voice: "student" as const };
    const colleagueWords = { authorId: "t2", voice: "teacher" as const };

    expect(mayEditStatement(teacher, "teacher", studentWords)).toBe(false);
    expect(mayRetireStatement(teacher, "teacher", studentWords)).toBe(false);
    expect(mayEditStatement(teacher, "teacher", colleagueWords)).toBe(false);
    expect(mayRetireStatement(teacher, "teacher", colleagueWords)).toBe(true);
  });
});

describe.each(dialects)("the authorization policy on %s", (dialect) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await freshDatabase(dialect);
  });
  afterAll(async () => {
    await database.drop();
  });

  async function classroomWithPlan() {
    const room = await createClassroom(database.db);
    const plan = await createPlan(database.db, {
      student: room.student,
      schoolId: room.school.id,
      startedBy: room.teacher,
    });

    return { ...room, plan };
  }

  it("a teacher opens the plan of a student in their class", async () => {
    const room = await classroomWithPlan();

    const found = await authorizePlan(database.db, actorFor(room.teacher), room.plan.id, "view");

    expect(found.relationship).toBe("teacher");
    expect(found.plan.id).toBe(room.plan.id);
  });

  it("a teacher of another class cannot find a student's plan", async () => {
    const room = await classroomWithPlan();
    const otherClass = await createClass(database.db, {
      districtId: room.district.id,
      schoolId: room.school.id,
    });
    const otherTeacher = await createTeacher(database.db, { districtId: room.district.id });
    await enroll(database.db, { classId: otherClass.id, person: otherTeacher, role: "teacher" });

    const kind = await refusal(
      authorizePlan(database.db, actorFor(otherTeacher), room.plan.id, "view"),
    );

    expect(kind).toBe("not_found");
  });

  it("a teacher no longer enrolled in the class cannot find the plan", async () => {
    const room = await classroomWithPlan();
    const formerTeacher = await createTeacher(database.db, { districtId: room.district.id });
    await enroll(database.db, {
      classId: room.klass.id,
      person: formerTeacher,
      role: "teacher",
      active: false,
    });

    const kind = await refusal(
      authorizePlan(database.db, actorFor(formerTeacher), room.plan.id, "view"),
    );

    expect(kind).toBe("not_found");
  });

  it("a teacher cannot find the plan of a student who left their class", async () => {
    const room = await createClassroom(database.db);
    const leaver = await createStudent(database.db, { districtId: room.district.id });
    await enroll(database.db, {
      classId: room.klass.id,
      person: leaver,
      role: "student",
      active: false,
    });
    const plan = await createPlan(database.db, {
      student: leaver,
      schoolId: room.school.id,
      startedBy: room.teacher,
    });

    const kind = await refusal(authorizePlan(database.db, actorFor(room.teacher), plan.id, "view"));

    expect(kind).toBe("not_found");
  });

  it("a teacher cannot reach students through a class that was closed", async () => {
    const room = await createClassroom(database.db);
    const closed = await createClass(database.db, {
      districtId: room.district.id,
      schoolId: room.school.id,
      active: false,
    });
    const student = await createStudent(database.db, { districtId: room.district.id });
    await enroll(database.db, { classId: closed.id, person: room.teacher, role: "teacher" });
    await enroll(database.db, { classId: closed.id, person: student, role: "student" });
    const plan = await createPlan(database.db, {
      student,
      schoolId: room.school.id,
      startedBy: room.teacher,
    });

    const kind = await refusal(authorizePlan(database.db, actorFor(room.teacher), plan.id, "view"));

    expect(kind).toBe("not_found");
  });

  it("a deactivated teacher cannot find the plan of a student in their class", async () => {
    const room = await classroomWithPlan();
    await database.db
      .updateTable("people")
      .set({ active: 0 })
      .where("id", "=", room.teacher.id)
      .execute();

    const kind = await refusal(
      authorizePlan(database.db, actorFor(room.teacher), room.plan.id, "view"),
    );

    expect(kind).toBe("not_found");
  });

  it("a family member opens their own child's plan", async () => {
    const room = await classroomWithPlan();

    const found = await authorizePlan(database.db, actorFor(room.guardian), room.plan.id, "view");

    expect(found.relationship).toBe("guardian");
  });

  it("a family member cannot open another child's plan", async () => {
    const room = await classroomWithPlan();
    const otherChild = await createStudent(database.db, { districtId: room.district.id });
    const otherGuardian = await createGuardian(database.db, { districtId: room.district.id });
    await linkGuardian(database.db, { guardian: otherGuardian, student: otherChild });

    const kind = await refusal(
      authorizePlan(database.db, actorFor(otherGuardian), room.plan.id, "view"),
    );

    expect(kind).toBe("not_found");
  });

  it("a family member whose link to the child ended cannot open the plan", async () => {
    const room = await classroomWithPlan();
    const formerGuardian = await createGuardian(database.db, { districtId: room.district.id });
    await linkGuardian(database.db, {
      guardian: formerGuardian,
      student: room.student,
      active: false,
    });

    const kind = await refusal(
      authorizePlan(database.db, actorFor(formerGuardian), room.plan.id, "view"),
    );

    expect(kind).toBe("not_found");
  });

  it("a deactivated family member cannot open their child's plan", async () => {
    const room = await classroomWithPlan();
    await database.db
      .updateTable("people")
      .set({ active: 0 })
      .where("id", "=", room.guardian.id)
      .execute();

    const kind = await refusal(
      authorizePlan(database.db, actorFor(room.guardian), room.plan.id, "view"),
    );

    expect(kind).toBe("not_found");
  });

  it("a family member may read the plan but not the conference notes", async () => {
    const room = await classroomWithPlan();

    const kind = await refusal(
      authorizePlan(database.db, actorFor(room.guardian), room.plan.id, "viewStaffNotes"),
    );

    expect(kind).toBe("forbidden");
  });

  it("a student opens their own plan but not its conference notes", async () => {
    const room = await classroomWithPlan();
    const student = actorFor(room.student);

    const found = await authorizePlan(database.db, student, room.plan.id, "view");
    const kind = await refusal(authorizePlan(database.db, student, room.plan.id, "viewStaffNotes"));

    expect(found.relationship).toBe("self");
    expect(kind).toBe("forbidden");
  });

  it("a student cannot open a classmate's plan", async () => {
    const room = await classroomWithPlan();
    const classmate = await createStudent(database.db, { districtId: room.district.id });
    await enroll(database.db, { classId: room.klass.id, person: classmate, role: "student" });

    const kind = await refusal(
      authorizePlan(database.db, actorFor(classmate), room.plan.id, "view"),
    );

    expect(kind).toBe("not_found");
  });

  it("an administrator opens any plan in their district", async () => {
    const room = await classroomWithPlan();

    const found = await authorizePlan(
      database.db,
      actorFor(room.administrator),
      room.plan.id,
      "viewStaffNotes",
    );

    expect(found.relationship).toBe("administrator");
  });

  it("an administrator of another district cannot find the plan", async () => {
    const room = await classroomWithPlan();
    const elsewhere = await createClassroom(database.db);

    const kind = await refusal(
      authorizePlan(database.db, actorFor(elsewhere.administrator), room.plan.id, "view"),
    );

    expect(kind).toBe("not_found");
  });

  it("an administrator claiming another district in their session finds nothing", async () => {
    const room = await classroomWithPlan();
    const elsewhere = await createClassroom(database.db);
    const forged = { ...actorFor(elsewhere.administrator), districtId: room.district.id };

    const kind = await refusal(authorizePlan(database.db, forged, room.plan.id, "view"));

    expect(kind).toBe("not_found");
  });

  it("a teacher may start a plan for their student, a family member may not", async () => {
    const room = await createClassroom(database.db);

    const found = await authorizeStudent(
      database.db,
      actorFor(room.teacher),
      room.student.id,
      "start",
    );
    const kind = await refusal(
      authorizeStudent(database.db, actorFor(room.guardian), room.student.id, "start"),
    );

    expect(found.relationship).toBe("teacher");
    expect(kind).toBe("forbidden");
  });

  it("a teacher sees only the students of their own classes", async () => {
    const room = await createClassroom(database.db);
    const otherClass = await createClass(database.db, {
      districtId: room.district.id,
      schoolId: room.school.id,
    });
    const stranger = await createStudent(database.db, { districtId: room.district.id });
    await enroll(database.db, { classId: otherClass.id, person: stranger, role: "student" });

    const groups = await listVisibleStudents(database.db, actorFor(room.teacher));

    expect(groups.map((group) => group.classId)).toEqual([room.klass.id]);
    expect(groups[0]?.students.map((student) => student.id)).toEqual([room.student.id]);
  });

  it("an administrator sees every class and the students in no class", async () => {
    const room = await createClassroom(database.db);
    const unplaced = await createStudent(database.db, { districtId: room.district.id });
    await createClassroom(database.db);

    const groups = await listVisibleStudents(database.db, actorFor(room.administrator));
    const ids = groups.flatMap((group) => group.students.map((student) => student.id));

    expect(ids.sort()).toEqual([room.student.id, unplaced.id].sort());
    expect(groups.at(-1)?.classId).toBeNull();
  });

  it("a student and a family member are refused the list of students", async () => {
    const room = await createClassroom(database.db);

    expect(await refusal(listVisibleStudents(database.db, actorFor(room.student)))).toBe(
      "forbidden",
    );
    expect(await refusal(listVisibleStudents(database.db, actorFor(room.guardian)))).toBe(
      "forbidden",
    );
  });

  it("a deactivated administrator is refused the list of students", async () => {
    const room = await createClassroom(database.db);
    const former = await createAdministrator(database.db, {
      districtId: room.district.id,
      active: false,
    });

    expect(await refusal(listVisibleStudents(database.db, actorFor(former)))).toBe("forbidden");
  });
});
