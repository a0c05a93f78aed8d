import type { Kysely } from "kysely";
import { findActiveRole, findStudent } from "../../db/access-store.ts";
import { studentsOfGuardian } from "../../db/family-store.ts";
import { listPlansOfStudents } from "../../db/plan-store.ts";
import type { Database } from "../../db/schema.ts";
import type { Actor } from "../access/actor.ts";
import { AppError } from "../errors.ts";

export interface StudentPlans {
  student: { id: string; given_name: string; family_name: string; preferred_name: string | null };
  plans: Awaited<ReturnType<typeof listPlansOfStudents>>;
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

  const plans = await listPlansOfStudents(
    db,
    actor.districtId,
    students.map((student) => student.id),
  );

  return students.map((student) => ({
    student,
    plans: plans.filter((plan) => plan.student_id === student.id),
  }));
}
