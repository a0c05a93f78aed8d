import { listClassStudentsForNextYear, listClosedPlansOfClass } from "../../db/program-store.ts";
import type { Actor } from "../access/actor.ts";
import { authorizeClass, authorizeProgram } from "../access/policy.ts";
import { personName } from "../plans/person-name.ts";
import type { PlanDeps } from "../plans/plan-deps.ts";
import { dayIn } from "../plans/school-time.ts";
import { classesInReach } from "../program/filter-choices.ts";

export interface NextYearView {
  classes: { id: string; title: string; schoolName: string }[];
  chosen: {
    id: string;
    title: string;
    students: number;
    withOpenPlan: number;
    /** closedOn: the day the plan was closed at its school (YYYY-MM-DD). */
    closedPlans: { planId: string; student: string; closedOn: string | null }[];
  } | null;
}

/**
 * The next-year page: the classes the actor may start plans for and, for the chosen class, how
 * many students have an open plan and the closed plans that can be carried forward.
 */
export async function readNextYear(
  deps: PlanDeps,
  actor: Actor,
  classId: string | undefined,
): Promise<NextYearView> {
  const { ownClassesOnly, schoolIds } = await authorizeProgram(deps.db, actor);
  const classes = await classesInReach(deps.db, actor, ownClassesOnly, schoolIds);
  if (!classId) return { classes, chosen: null };

  const { klass } = await authorizeClass(deps.db, actor, classId);
  const students = await listClassStudentsForNextYear(deps.db, actor.districtId, klass.id);
  const closed = await listClosedPlansOfClass(deps.db, actor.districtId, klass.id);

  return {
    classes,
    chosen: {
      id: klass.id,
      title: klass.title,
      students: students.length,
      withOpenPlan: students.filter((student) => student.hasOpenPlan).length,
      closedPlans: closed.map((row) => ({
        planId: row.id,
        student: personName(row),
        closedOn: row.closed_at ? dayIn(row.time_zone, new Date(row.closed_at)) : null,
      })),
    },
  };
}
