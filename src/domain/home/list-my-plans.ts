import type { Kysely } from "kysely";
import { findActiveRole, findStudent } from "../../db/access-store.ts";
import { studentsOfGuardian } from "../../db/family-store.ts";
import { listPlansForFamily } from "../../db/plan-store.ts";
import type { Database, PlanStage } from "../../db/schema.ts";
import type { Actor } from "../access/actor.ts";
import { AppError } from "../errors.ts";
import { personName } from "../plans/person-name.ts";
import { dayIn } from "../plans/school-time.ts";
import { schoolYearOf } from "../reflections/school-year.ts";

/** One plan on a start page, with what tells it apart from the child's other plans. */
export interface MyPlan {
  id: string;
  stage: PlanStage;
  startedAt: string;
  /** The day the plan started at its school: an evening start in New York is not the next day. */
  startedOn: string;
  timeZone: string;
  schoolName: string;
  /** The closed year it was archived with, or else the school year its first day falls in. */
  schoolYear: string;
  /** Who started it, most often the student's teacher; null once they are deleted. */
  startedBy: string | null;
}

export interface StudentPlans {
  student: { id: string; given_name: string; family_name: string; preferred_name: string | null };
  plans: MyPlan[];
}

/**
 * The plans a student or family member may open from their start page: a student's own, or
 * each linked child's, child by child. Staff have their student lists instead.
 */
export async function listMyPlans(db: Kysely<Database>, actor: Actor): Promise<StudentPlans[]> {
  const role = await findActiveRole(db, actor.districtId, actor.personId);
  const students =
    role === "student"
      ? [await findStudent(db, actor.districtId, actor.personId)].filter((row) => row !== undefined)
      : role === "guardian"
        ? await studentsOfGuardian(db, actor.districtId, actor.personId)
        : undefined;
  if (!students) {
    throw new AppError({ kind: "forbidden", message: `${actor.personId} has no family plans` });
  }

  const rows = await listPlansForFamily(
    db,
    actor.districtId,
    students.map((student) => student.id),
  );
  const plans = rows.map((row) => ({ studentId: row.student_id, plan: myPlan(row) }));

  return students.map((student) => ({
    student,
    plans: plans.filter((each) => each.studentId === student.id).map((each) => each.plan),
  }));
}

function myPlan(row: Awaited<ReturnType<typeof listPlansForFamily>>[number]): MyPlan {
  const startedOn = dayIn(row.time_zone, new Date(row.created_at));
  const starter = {
    given_name: row.starter_given_name,
    family_name: row.starter_family_name,
    preferred_name: row.starter_preferred_name,
  };

  return {
    id: row.id,
    stage: row.stage,
    startedAt: row.created_at,
    startedOn,
    timeZone: row.time_zone,
    schoolName: row.school_name,
    schoolYear: row.closed_year ?? schoolYearOf(startedOn),
    startedBy: personName(starter) || null,
  };
}
