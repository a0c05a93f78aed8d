import type { Kysely } from "kysely";
import {
  classesOfDistrict,
  classesTaughtBy,
  findActiveRole,
  findRosterSchoolsOfAdministrator,
  findStudent,
  guardianLinkedToStudent,
  studentSchools,
  studentsOfClasses,
  studentsWithoutClass,
  teacherTeachesStudent,
} from "../../db/access-store.ts";
import { findPlan, findSchool } from "../../db/plan-store.ts";
import { belongsToSchool, findActiveClass, teachesClass } from "../../db/program-store.ts";
import type { Database, StatementSection, Voice } from "../../db/schema.ts";
import { translator } from "../../i18n/translate.ts";
import { AppError } from "../errors.ts";
import type { Actor } from "./actor.ts";

/*
 * The one authorization policy. Whether a person may read or change a plan follows from how they
 * stand to its student, worked out afresh from the roster on every request:
 * - an administrator: every student of the schools they administer (AdministratorReach);
 * - a teacher: students actively enrolled in an active class they actively teach;
 * - a student: themself only;
 * - a guardian: students they have an active guardian link to.
 * A deactivated person stands in no relationship at all.
 */

export type Relationship = "administrator" | "teacher" | "self" | "guardian";

export type PlanAction =
  | "view"
  | "viewStaffNotes"
  | "writeStaffNotes"
  | "writeTeacherVoice"
  | "writeStudentVoice"
  | "writeFamilyVoice"
  | "comment"
  | "recordMeeting"
  | "proposeMeeting"
  | "answerMeeting"
  | "agree"
  | "checkIn"
  | "share"
  | "close"
  | "answerIdentity"
  | "sendCheckInUpdate"
  | "viewCheckInUpdates";

export type StudentAction = "viewStudent" | "start" | "exportRecords" | "deleteStudent";

const everyone: readonly Relationship[] = ["administrator", "teacher", "self", "guardian"];
const staff: readonly Relationship[] = ["administrator", "teacher"];

const allowed: Record<PlanAction | StudentAction, readonly Relationship[]> = {
  view: everyone,
  viewStudent: everyone,
  comment: everyone,
  viewStaffNotes: staff,
  writeStaffNotes: staff,
  writeTeacherVoice: staff,
  writeStudentVoice: ["self"],
  writeFamilyVoice: ["guardian"],
  recordMeeting: staff,
  proposeMeeting: staff,
  // The family chooses the meeting time: the teacher proposes, the family decides.
  answerMeeting: ["guardian"],
  agree: staff,
  checkIn: staff,
  share: staff,
  close: staff,
  start: staff,
  // What the app holds about a child is the family's to read (docs/decisions/0008-*.md).
  exportRecords: ["self", "guardian", "administrator"],
  deleteStudent: ["administrator"],
  // A student's math identity answers are theirs: only they answer, on their own device.
  answerIdentity: ["self"],
  sendCheckInUpdate: ["self", "guardian"],
  viewCheckInUpdates: staff,
};

/** Whether someone standing in this relationship to the student may do the action. */
export function may(relationship: Relationship, action: PlanAction | StudentAction): boolean {
  return allowed[action].includes(relationship);
}

export const isStaff = (relationship: Relationship) => staff.includes(relationship);

/** A closed plan, and every plan of a closed school year, is a record: it takes no change. */
export function planTakesChanges(plan: { stage: string; archived_at: string | null }): boolean {
  return plan.stage !== "closed" && !plan.archived_at;
}

/**
 * What a page may offer on this plan: the relationship allows the action and, unless it only
 * reads, the plan still takes changes, so no form is shown whose save would be refused.
 */
export function mayOnPlan(
  relationship: Relationship,
  plan: { stage: string; archived_at: string | null },
  action: PlanAction,
): boolean {
  return may(relationship, action) && (action.startsWith("view") || planTakesChanges(plan));
}

/** The voice a person writes in on a plan: staff write as the teacher. */
export function voiceOf(relationship: Relationship): Voice {
  if (relationship === "self") return "student";
  if (relationship === "guardian") return "family";

  return "teacher";
}

/*
 * Students write their strengths, what they want to get better at and their own actions; families
 * the same as they see it at home, and their own actions: the Mathematics Progress is written
 * together, in every voice. Teachers write in every section, always shown in the teacher's voice.
 */
const sectionsByVoice: Record<Voice, readonly StatementSection[]> = {
  student: ["strength", "area", "student_action"],
  family: ["strength", "area", "family_action"],
  teacher: ["strength", "area", "student_action", "teacher_action", "family_action"],
};

/** The sections a person standing in this relationship may add statements to. */
export function sectionsFor(relationship: Relationship): readonly StatementSection[] {
  return sectionsByVoice[voiceOf(relationship)];
}

/**
 * Only the author may change their words, and only in the voice they wrote them in: a teacher
 * answers a student's or family's words with a comment instead.
 */
export function mayEditStatement(
  actor: Actor,
  relationship: Relationship,
  statement: { authorId: string; voice: Voice },
): boolean {
  return statement.authorId === actor.personId && statement.voice === voiceOf(relationship);
}

/** The author may take their statement off the plan; staff may do so for the teacher's voice. */
export function mayRetireStatement(
  actor: Actor,
  relationship: Relationship,
  statement: { authorId: string; voice: Voice },
): boolean {
  const teacherWords = statement.voice === "teacher" && may(relationship, "writeTeacherVoice");

  return mayEditStatement(actor, relationship, statement) || teacherWords;
}

/**
 * The student's identity answers are theirs: the plan's staff see them, and their family only
 * while the student agrees to it.
 */
export function mayViewIdentityAnswers(
  relationship: Relationship,
  consent: { familyMaySee: boolean },
): boolean {
  if (relationship === "guardian") return consent.familyMaySee;

  return relationship === "self" || isStaff(relationship);
}

/**
 * Where an administrator's rights reach (docs/decisions/0013-school-administrators.md). The
 * roster lists a principal at their school: they administer that school, not the district. The
 * administrator made at setup, and one the roster lists at the district or at no school,
 * administer the whole district, and only they reach its district-wide pages.
 */
export type AdministratorReach =
  | { wholeDistrict: true }
  | { wholeDistrict: false; schoolIds: readonly string[] };

async function reachOf(db: Kysely<Database>, actor: Actor, role: string | undefined) {
  if (role !== "administrator") return null;
  const schoolIds = await findRosterSchoolsOfAdministrator(db, actor.districtId, actor.personId);
  const reach: AdministratorReach =
    schoolIds.length === 0 ? { wholeDistrict: true } : { wholeDistrict: false, schoolIds };

  return reach;
}

/** The schools the reach is limited to, or null for the whole district. */
export function schoolsOf(reach: AdministratorReach): readonly string[] | null {
  return reach.wholeDistrict ? null : reach.schoolIds;
}

export function reachesSchool(reach: AdministratorReach, schoolId: string): boolean {
  return reach.wholeDistrict || reach.schoolIds.includes(schoolId);
}

/** An active administrator of some school or the district: where their rights reach. */
export async function authorizeAdministrator(
  db: Kysely<Database>,
  actor: Actor,
): Promise<AdministratorReach> {
  const role = await findActiveRole(db, actor.districtId, actor.personId);
  const reach = await reachOf(db, actor, role);
  if (!reach) throw refused(actor, "manageSchool", "the school");

  return reach;
}

/** An administrator whose rights reach this school: to change its settings or close its year. */
export async function authorizeSchoolAdministrator(
  db: Kysely<Database>,
  actor: Actor,
  schoolId: string,
) {
  const reach = await authorizeAdministrator(db, actor);
  if (!reachesSchool(reach, schoolId)) throw refused(actor, "manageSchool", `school ${schoolId}`);

  return reach;
}

/**
 * The district-wide pages (roster imports, the outbox with its sign-in links, the audit trail,
 * backups, district settings) are for administrators of the whole district only.
 */
export async function authorizeDistrictAdministrator(db: Kysely<Database>, actor: Actor) {
  const reach = await authorizeAdministrator(db, actor);
  if (!reach.wholeDistrict) throw refused(actor, "manageDistrict", "the district");
}

/** Whether the actor administers the whole district, for which links a page offers. */
export async function administersDistrict(db: Kysely<Database>, actor: Actor): Promise<boolean> {
  const role = await findActiveRole(db, actor.districtId, actor.personId);

  return role === "administrator" && (await reachesWholeDistrict(db, actor));
}

/** The same for an actor the caller already found to be an active administrator. */
export async function reachesWholeDistrict(db: Kysely<Database>, actor: Actor) {
  return (await reachOf(db, actor, "administrator"))?.wholeDistrict ?? false;
}

/** How the actor stands to the student, or null when they stand in no relationship. */
export async function relationshipToStudent(
  db: Kysely<Database>,
  actor: Actor,
  studentId: string,
): Promise<Relationship | null> {
  const districtId = actor.districtId;
  const role = await findActiveRole(db, districtId, actor.personId);
  const student = role ? await findStudent(db, districtId, studentId) : undefined;
  if (!role || !student) return null;

  if (role === "administrator") {
    const reach = (await reachOf(db, actor, role)) as AdministratorReach;
    if (reach.wholeDistrict) return "administrator";
    const schools = await studentSchools(db, districtId, studentId);
    return schools.some((school) => reach.schoolIds.includes(school)) ? "administrator" : null;
  }
  if (role === "student") return actor.personId === studentId ? "self" : null;
  if (role === "teacher") {
    const teaches = await teacherTeachesStudent(db, {
      districtId,
      teacherId: actor.personId,
      studentId,
    });
    return teaches ? "teacher" : null;
  }
  const linked = await guardianLinkedToStudent(db, {
    districtId,
    guardianId: actor.personId,
    studentId,
  });

  return linked ? "guardian" : null;
}

/**
 * Loads a plan the actor may act on. Someone who may not see the plan at all learns nothing,
 * not even that it exists (not found); someone who may see it but not do this is refused.
 */
export async function authorizePlan(
  db: Kysely<Database>,
  actor: Actor,
  planId: string,
  action: PlanAction,
) {
  const plan = await findPlan(db, actor.districtId, planId);
  const relationship = plan ? await relationshipToStudent(db, actor, plan.student_id) : null;
  if (!plan || !relationship) throw planNotFound(actor, planId);

  if (!may(relationship, action)) throw refused(actor, action, `plan ${planId}`);
  if (plan.archived_at && !action.startsWith("view")) throw archived(actor, planId);

  return { plan, relationship };
}

/** Loads a student the actor may act on, with the same not found / refused split as plans. */
export async function authorizeStudent(
  db: Kysely<Database>,
  actor: Actor,
  studentId: string,
  action: StudentAction,
) {
  const relationship = await relationshipToStudent(db, actor, studentId);
  const student = relationship ? await findStudent(db, actor.districtId, studentId) : undefined;
  if (!relationship || !student) {
    throw new AppError({
      kind: "not_found",
      message: `student ${studentId} not visible to ${actor.personId}`,
    });
  }

  if (!may(relationship, action)) throw refused(actor, action, `student ${studentId}`);

  return { student, relationship };
}

export interface VisibleClass {
  schoolId: string;
  schoolName: string;
  /** Null for the students of the district who are in no active class. */
  classId: string | null;
  classTitle: string | null;
  students: {
    id: string;
    given_name: string;
    family_name: string;
    preferred_name: string | null;
  }[];
}

/** Whose students staff may see, worked out once for a page (visibleClasses). */
export type StudentReach = Awaited<ReturnType<typeof visibleClasses>>;

/** Whose students staff may see, before any class is read (studentListStaff). */
export type StaffOfList = Awaited<ReturnType<typeof studentListStaff>>;

/**
 * Who may read the student list: a teacher (their own classes), or an administrator of the
 * schools schoolIds (null for the whole district). Anyone else is refused.
 */
export async function studentListStaff(db: Kysely<Database>, actor: Actor) {
  const role = await findActiveRole(db, actor.districtId, actor.personId);
  if (role !== "administrator" && role !== "teacher") {
    throw refused(actor, "viewStudent", "the list of students");
  }
  const reach = await reachOf(db, actor, role);

  return { role, schoolIds: reach ? schoolsOf(reach) : null };
}

/**
 * The classes whose students staff may see: a teacher's own classes, or every class of the
 * schools an administrator administers (schoolIds null for the whole district). With a class
 * given, only that one (none when it is out of reach).
 */
export async function visibleClasses(
  db: Kysely<Database>,
  actor: Actor,
  options: { staff?: StaffOfList; classId?: string } = {},
) {
  const { role, schoolIds } = options.staff ?? (await studentListStaff(db, actor));
  const classes =
    role === "teacher"
      ? await classesTaughtBy(db, actor.districtId, actor.personId)
      : (await classesOfDistrict(db, actor.districtId, options.classId)).filter(
          (row) => !schoolIds || schoolIds.includes(row.schoolId),
        );

  return { role, schoolIds, classes };
}

/** A class of the list, or (null) the students in no class, that an administrator sees. */
export type ClassChoice = string | null;

/**
 * The students staff may see, class by class: a teacher's own classes, or every class of the
 * schools an administrator administers (and their students in none). With a class chosen, that
 * class only; one out of reach is not found. A page that already worked out the reach passes it.
 */
export async function listVisibleStudents(
  db: Kysely<Database>,
  actor: Actor,
  chosen?: ClassChoice,
  reach?: StudentReach,
): Promise<VisibleClass[]> {
  const { role, schoolIds, classes: all } = reach ?? (await visibleClasses(db, actor));
  const classes = chosen === undefined ? all : all.filter((row) => row.classId === chosen);
  if (chosen === null) {
    return role === "administrator" ? unplacedStudents(db, actor.districtId, schoolIds) : [];
  }
  if (chosen !== undefined && classes.length === 0) {
    throw new AppError({
      kind: "not_found",
      message: `class ${chosen} not visible to ${actor.personId}`,
    });
  }
  const enrolled = await studentsOfClasses(
    db,
    actor.districtId,
    classes.map((row) => row.classId),
  );
  // Grouped once: filtering every class's students out of the whole list took 40 s for a
  // district's 6,000 classes and 300,000 enrollments, with the server blocked meanwhile.
  const byClass = new Map<string, VisibleClass["students"]>();
  for (const student of enrolled) {
    const students = byClass.get(student.classId);
    if (students) students.push(student);
    else byClass.set(student.classId, [student]);
  }
  const groups: VisibleClass[] = classes.map((row) => ({
    ...row,
    students: byClass.get(row.classId) ?? [],
  }));
  if (role === "teacher" || chosen !== undefined) return groups;

  return [...groups, ...(await unplacedStudents(db, actor.districtId, schoolIds))];
}

async function unplacedStudents(
  db: Kysely<Database>,
  districtId: string,
  schoolIds: readonly string[] | null,
) {
  const students = await studentsWithoutClass(db, districtId, schoolIds);
  if (students.length === 0) return [];

  return [
    {
      schoolId: "",
      schoolName: "",
      classId: null,
      classTitle: null,
      students,
    },
  ];
}

function planNotFound(actor: Actor, planId: string) {
  return new AppError({
    kind: "not_found",
    message: `plan ${planId} not visible to ${actor.personId}`,
  });
}

/** A plan of a closed school year is a record: it can be read, never changed. */
function archived(actor: Actor, planId: string) {
  return new AppError({
    kind: "conflict",
    message: `plan ${planId} is archived`,
    publicMessage: translator(actor.locale)("records.archived.refused"),
  });
}

function refused(actor: Actor, action: string, what: string) {
  return new AppError({
    kind: "forbidden",
    message: `${actor.personId} may not ${action} on ${what}`,
  });
}

/*
 * The school team's pages (program figures, reflections, next year). The roster knows no coach
 * role (OneRoster has none), so administrators stand in for the coach across the schools they
 * administer, and a teacher sees the same pages for the students of their own classes only.
 */

/**
 * Who the program figures may cover: the whole district, the schools an administrator
 * administers (schoolIds), or only the actor's own classes.
 */
export async function authorizeProgram(
  db: Kysely<Database>,
  actor: Actor,
): Promise<{ ownClassesOnly: boolean; schoolIds: readonly string[] | null }> {
  const role = await findActiveRole(db, actor.districtId, actor.personId);
  const reach = await reachOf(db, actor, role);
  if (reach) return { ownClassesOnly: false, schoolIds: schoolsOf(reach) };
  if (role === "teacher") return { ownClassesOnly: true, schoolIds: null };

  throw refused(actor, "viewProgram", "the program page");
}

/**
 * The school team reads and writes reflections and decisions together: the district's
 * administrators and the teachers who belong to the school. Never students or families.
 */
export async function authorizeSchoolTeam(db: Kysely<Database>, actor: Actor, schoolId: string) {
  const role = await findActiveRole(db, actor.districtId, actor.personId);
  const school = role ? await findSchool(db, actor.districtId, schoolId) : undefined;
  if (!school) throw new AppError({ kind: "not_found", message: `school ${schoolId} not visible` });
  const reach = await reachOf(db, actor, role);
  if (reach && reachesSchool(reach, schoolId)) return { role };
  const member =
    role === "teacher" &&
    (await belongsToSchool(db, {
      districtId: actor.districtId,
      personId: actor.personId,
      schoolId,
    }));
  if (member) return { role };

  throw refused(actor, "readTeam", `school ${schoolId}`);
}

/** Plans for a whole class are started by its teacher or an administrator of the district. */
export async function authorizeClass(db: Kysely<Database>, actor: Actor, classId: string) {
  const role = await findActiveRole(db, actor.districtId, actor.personId);
  const klass =
    role === "administrator" || role === "teacher"
      ? await findActiveClass(db, actor.districtId, classId)
      : undefined;
  if (!klass) {
    throw new AppError({ kind: "not_found", message: `class ${classId} not visible` });
  }
  const reach = await reachOf(db, actor, role);
  if (reach && reachesSchool(reach, klass.school_id)) return { klass };

  const link = { districtId: actor.districtId, teacherId: actor.personId, classId };
  if (await teachesClass(db, link)) return { klass };

  throw refused(actor, "startClassPlans", `class ${classId}`);
}

/**
 * The wording coach is for anyone signed in: every active person (staff, student, family) writes
 * on some plan, and the coach only reads the text it is sent.
 */
export function authorizeLanguageCoach(actor: Actor | null): Actor {
  if (!actor) {
    throw new AppError({ kind: "unauthenticated", message: "language coach: no session" });
  }

  return actor;
}
