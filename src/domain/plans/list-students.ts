import { listNextCheckIns, listPlansOfStudents } from "../../db/plan-store.ts";
import type { PlanStage } from "../../db/schema.ts";
import type { Actor } from "../access/actor.ts";
import {
  type ClassChoice,
  listVisibleClasses,
  listVisibleStudents,
  type StudentReach,
  visibleClasses,
} from "../access/policy.ts";
import { personName } from "./person-name.ts";
import type { PlanDeps } from "./plan-deps.ts";
import { dayIn } from "./school-time.ts";

export interface StudentPlanSummary {
  id: string;
  stage: PlanStage;
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

  return groups.map((group) => ({
    schoolName: group.schoolName,
    classTitle: group.classTitle,
    classId: group.classId,
    students: group.students.map((student) => ({
      id: student.id,
      name: personName(student),
      plan: plans.get(student.id) ?? null,
    })),
  }));
}

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
      nextCheckInOn: dueOn,
      overdue: dueOn !== null && dueOn < today,
    });
  }

  return summaries;
}

/**
 * Past this many classes an administrator chooses a class before seeing students: a district's
 * 6,000 classes and 100,000 students on one page took seconds to make and tens of megabytes to
 * send, more than anyone reads.
 */
export const classesOnOnePage = 40;

export interface ClassDirectory {
  classes: { classId: string; classTitle: string; schoolName: string; students: number }[];
  /** Students of the administrator's schools in no class. */
  unplaced: number;
}

/** The classes to choose from, when an administrator has too many for one page; else null. */
export async function studentDirectory(
  deps: PlanDeps,
  actor: Actor,
): Promise<ClassDirectory | null> {
  return directoryOf(deps, actor, await visibleClasses(deps.db, actor));
}

function directoryOf(deps: PlanDeps, actor: Actor, reach: StudentReach) {
  if (reach.role !== "administrator" || reach.classes.length <= classesOnOnePage) return null;

  return listVisibleClasses(deps.db, actor, reach);
}

/**
 * What the list of students shows: with no class chosen, an administrator of more classes than
 * one page holds gets the classes to choose from; anyone else the students with their plans.
 */
export async function readStudentList(
  deps: PlanDeps,
  actor: Actor,
  chosen?: ClassChoice,
): Promise<{ directory: ClassDirectory } | { groups: StudentGroup[] }> {
  const reach = await visibleClasses(deps.db, actor);
  const directory = chosen === undefined ? await directoryOf(deps, actor, reach) : null;
  if (directory) return { directory };

  return { groups: await studentGroups(deps, actor, chosen, reach) };
}
