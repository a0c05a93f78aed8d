import { findSchoolInReach, listSchoolsWithClasses } from "../../db/class-directory-store.ts";
import { listNextCheckIns, listPlansOfStudents } from "../../db/plan-store.ts";
import type { PlanStage } from "../../db/schema.ts";
import { orderBy, peopleOrder, sortedBy } from "../../lib/reading-order.ts";
import type { Actor } from "../access/actor.ts";
import {
  type ClassChoice,
  listVisibleStudents,
  type StaffOfList,
  type StudentReach,
  studentListStaff,
  visibleClasses,
} from "../access/policy.ts";
import {
  classOfTypedCode,
  readSchoolClasses,
  readSchoolDirectory,
  wholeListFits,
  wholeListSize,
} from "./class-directory.ts";
import { personName } from "./person-name.ts";
import type { PlanDeps } from "./plan-deps.ts";
import { dayIn } from "./school-time.ts";

export interface StudentPlanSummary {
  id: string;
  stage: PlanStage;
  /** Started for the school's next year: a close of this year leaves it open. */
  nextYear: boolean;
  nextCheckInOn: string | null;
  overdue: boolean;
}

export interface StudentRow {
  id: string;
  name: string;
  /** The open plan, else the most recent closed one, else null. */
  plan: StudentPlanSummary | null;
}

export interface StudentGroup {
  /** Empty for the students in no class. */
  schoolId?: string;
  schoolName: string;
  /** Null for students of the district in no class (an administrator sees them too). */
  classTitle: string | null;
  classId: string | null;
  students: StudentRow[];
}

/**
 * The students the actor teaches (or, for an administrator, all), with each one's plan; with a
 * class chosen (null: the students in no class), that class's only.
 */
export async function listStudents(
  deps: PlanDeps,
  actor: Actor,
  chosen?: ClassChoice,
): Promise<StudentGroup[]> {
  return studentGroups(deps, actor, chosen, await visibleClasses(deps.db, actor));
}

async function studentGroups(
  deps: PlanDeps,
  actor: Actor,
  chosen: ClassChoice | undefined,
  reach: StudentReach,
): Promise<StudentGroup[]> {
  const groups = await listVisibleStudents(deps.db, actor, chosen, reach);
  const studentIds = [...new Set(groups.flatMap((group) => group.students.map((s) => s.id)))];
  const plans = await currentPlans(deps, actor.districtId, studentIds);
  const byName = peopleOrder<(typeof groups)[number]["students"][number]>(actor.locale);

  return inReadingOrder(groups, actor.locale).map((group) => ({
    schoolId: group.schoolId,
    schoolName: group.schoolName,
    classTitle: group.classTitle,
    classId: group.classId,
    students: sortedBy(group.students, byName).map((student) => ({
      id: student.id,
      name: personName(student),
      plan: plans.get(student.id) ?? null,
    })),
  }));
}

/** Classes by school and title in the reader's order; the students in no class last. */
function inReadingOrder<T extends ClassGroup>(groups: T[], locale: string): T[] {
  const placed = groups.filter((group) => group.classId !== null);
  const byPlace = orderBy<T>(
    locale,
    (group) => group.schoolName,
    (group) => group.classTitle,
    (group) => group.classId,
  );

  return [...sortedBy(placed, byPlace), ...groups.filter((group) => group.classId === null)];
}

type ClassGroup = { schoolName: string; classTitle: string | null; classId: string | null };

async function currentPlans(deps: PlanDeps, districtId: string, studentIds: string[]) {
  const plans = await listPlansOfStudents(deps.db, districtId, studentIds);
  const current = new Map<string, (typeof plans)[number]>();
  for (const plan of plans) {
    const known = current.get(plan.student_id);
    if (!known || (known.stage === "closed" && plan.stage !== "closed")) {
      current.set(plan.student_id, plan);
    }
  }
  const open = [...current.values()].filter((plan) => plan.stage !== "closed");
  const checkIns = await listNextCheckIns(
    deps.db,
    open.map((plan) => plan.id),
  );

  const summaries = new Map<string, StudentPlanSummary>();
  for (const [studentId, plan] of current) {
    const dueOn = checkIns.find((checkIn) => checkIn.plan_id === plan.id)?.due_on ?? null;
    const today = dayIn(plan.time_zone, deps.clock());
    summaries.set(studentId, {
      id: plan.id,
      stage: plan.stage,
      nextYear: plan.next_year_plan_id !== null,
      nextCheckInOn: dueOn,
      overdue: dueOn !== null && dueOn < today,
    });
  }

  return summaries;
}

/** What the student list was asked for, from the address. */
export interface StudentListAsk {
  /** One class (null: the students in no class). */
  classChoice?: ClassChoice;
  /** One school's classes, to choose from. */
  schoolId?: string;
  /** Words typed to find a class of that school. */
  typed?: string;
}

/** An address's school that is not one the administrator may see, or no school at all. */
export type StudentListProblem = "notYourSchool";

export type SchoolDirectory = Awaited<ReturnType<typeof readSchoolDirectory>>;
export type SchoolClasses = Awaited<ReturnType<typeof readSchoolClasses>>;

/** What the list of students shows: students, the schools to choose from, or a school's classes. */
export type StudentList =
  | { step: "students"; groups: StudentGroup[]; chosen: boolean }
  | ({ step: "schools"; problem?: StudentListProblem } & SchoolDirectory)
  | ({
      step: "classes";
      school: { id: string; name: string };
      /** The administrator has other schools to go back to. */
      otherSchools: boolean;
      problem?: StudentListProblem;
    } & SchoolClasses);

/**
 * What the list of students shows. A teacher: their classes' students, always. An
 * administrator: every student of their schools while they fit on one page; past that, their
 * schools to choose from (or their one school's classes), then a school's classes, then a
 * class's students. A school out of their reach in the address is told so, its classes unshown.
 */
export async function readStudentList(
  deps: PlanDeps,
  actor: Actor,
  asked: StudentListAsk = {},
): Promise<StudentList> {
  const staff = await studentListStaff(deps.db, actor);
  if (staff.role === "teacher" || asked.classChoice !== undefined) {
    return chosenStudents(deps, actor, staff, asked.classChoice);
  }

  return administratorsList(deps, actor, staff, asked);
}

async function administratorsList(
  deps: PlanDeps,
  actor: Actor,
  staff: StaffOfList,
  asked: StudentListAsk,
): Promise<StudentList> {
  const { districtId } = actor;
  const schools = await listSchoolsWithClasses(deps.db, districtId, staff.schoolIds);
  const { schoolId, typed } = asked;
  const school =
    schoolId === undefined
      ? undefined
      : await findSchoolInReach(deps.db, { ...staff, districtId, schoolId });
  if (school) return schoolStep(deps, actor, staff, { school, schools, typed });

  const problem = schoolId === undefined ? undefined : ("notYourSchool" as const);
  if (!problem && wholeListFits(await wholeListSize(deps, actor, { staff, schools }))) {
    return chosenStudents(deps, actor, staff, undefined);
  }
  const [only] = schools;
  if (only && schools.length === 1) {
    const theirs = { id: only.schoolId, name: only.schoolName };
    return schoolStep(deps, actor, staff, {
      school: theirs,
      schools,
      typed,
      firstStep: true,
      problem,
    });
  }

  const directory = await readSchoolDirectory(deps, actor, { staff, schools });
  return { step: "schools", ...directory, ...(problem && { problem }) };
}

/**
 * One school's classes; as the first step, with the students in no class. A class's whole code
 * or roster id typed chooses that class: its students are shown at once.
 */
async function schoolStep(
  deps: PlanDeps,
  actor: Actor,
  staff: StaffOfList,
  options: {
    school: { id: string; name: string };
    schools: readonly unknown[];
    typed: string | undefined;
    firstStep?: boolean;
    problem?: StudentListProblem | undefined;
  },
): Promise<StudentList> {
  const { school, typed, problem } = options;
  const chosen = problem
    ? undefined
    : await classOfTypedCode(deps, actor, { schoolId: school.id, typed });
  if (chosen) return chosenStudents(deps, actor, staff, chosen);

  const classes = await readSchoolClasses(deps, actor, {
    schoolId: school.id,
    typed,
    ...(options.firstStep && { staff }),
  });
  const otherSchools = options.schools.length > 1;

  return { step: "classes", school, otherSchools, ...classes, ...(problem && { problem }) };
}

async function chosenStudents(
  deps: PlanDeps,
  actor: Actor,
  staff: StaffOfList,
  chosen: ClassChoice | undefined,
): Promise<StudentList> {
  // The students in no class need no class read; one class, only that class.
  const reach =
    chosen === null
      ? { ...staff, classes: [] }
      : await visibleClasses(deps.db, actor, { staff, ...(chosen && { classId: chosen }) });
  const groups = await studentGroups(deps, actor, chosen, reach);

  return { step: "students", groups, chosen: chosen !== undefined };
}
