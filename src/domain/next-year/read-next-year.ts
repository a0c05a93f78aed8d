import { listClassStudentsForNextYear, listClosedPlansOfClass } from "../../db/program-store.ts";
import { isSchoolYearUnderWay } from "../../db/school-year-store.ts";
import { orderBy, sortedBy } from "../../lib/reading-order.ts";
import type { Actor } from "../access/actor.ts";
import { authorizeClass, authorizeProgram } from "../access/policy.ts";
import { personName } from "../plans/person-name.ts";
import type { PlanDeps } from "../plans/plan-deps.ts";
import { dayIn } from "../plans/school-time.ts";
import { classesInReach, programChoicesOnOnePage } from "../program/filter-choices.ts";

export interface NextYearClass {
  id: string;
  title: string;
  schoolId: string;
  schoolName: string;
}

export interface NextYearView {
  /** The classes to choose from: a chosen school's when the classes are chosen school first. */
  classes: NextYearClass[];
  /**
   * The schools to choose first, when the actor's classes are too many for one list and span
   * several schools (a district's thousands); empty when the classes are listed at once.
   */
  schools: { id: string; name: string }[];
  /** The school whose classes are listed; null when none is chosen or none is needed. */
  school: string | null;
  /** A school in the address that is not one of the actor's: no class of it is listed. */
  schoolUnknown: boolean;
  chosen: {
    id: string;
    title: string;
    students: number;
    withOpenPlan: number;
    /** Whether the plans started now are next year's: the class's school's year is under way. */
    forNextYear: boolean;
    /** closedOn: the day the plan was closed at its school (YYYY-MM-DD). */
    closedPlans: { planId: string; student: string; closedOn: string | null }[];
  } | null;
}

/** What the address asked for: a class, a school (whose classes to list), or neither. */
export interface NextYearAsked {
  classId: string | undefined;
  schoolId: string | undefined;
  /** The most classes listed at once; more are chosen school first. */
  classesOnOnePage?: number;
}

/**
 * The next-year page: the classes the actor may start plans for (by school and title in the
 * reader's order) and, for the chosen class, how many students have an open plan, which year the
 * plans started now are for, and the closed plans that can be carried forward.
 */
export async function readNextYear(
  deps: PlanDeps,
  actor: Actor,
  asked: NextYearAsked,
): Promise<NextYearView> {
  const { ownClassesOnly, schoolIds } = await authorizeProgram(deps.db, actor);
  const inReach = await classesInReach(deps.db, actor, ownClassesOnly, schoolIds);
  const { classId } = asked;
  const choosing = chooseSchoolFirst(inReach, asked);
  if (!classId) return { ...choosing, chosen: null };

  const { klass } = await authorizeClass(deps.db, actor, classId);
  const students = await listClassStudentsForNextYear(deps.db, actor.districtId, klass.id);
  // By the students' names in the reader's order; a student's plans stay latest first.
  const closed = sortedBy(
    await listClosedPlansOfClass(deps.db, actor.districtId, klass.id),
    orderBy(
      actor.locale,
      (row) => row.family_name,
      (row) => row.given_name,
    ),
  );

  // A class chosen by its link lists its school's classes beside it.
  const listed = choosing.school || choosing.schools.length === 0 ? choosing : undefined;
  const withSchool = listed ?? chooseSchoolFirst(inReach, { ...asked, schoolId: klass.school_id });

  return {
    ...withSchool,
    chosen: {
      id: klass.id,
      title: klass.title,
      students: students.length,
      withOpenPlan: students.filter((student) => student.hasOpenPlan).length,
      forNextYear: await isSchoolYearUnderWay(deps.db, actor.districtId, klass.school_id),
      closedPlans: closed.map((row) => ({
        planId: row.id,
        student: personName(row),
        closedOn: row.closed_at ? dayIn(row.time_zone, new Date(row.closed_at)) : null,
      })),
    },
  };
}

/**
 * Past a page of classes across several schools (a district's six thousand made a page of over
 * a megabyte, and a list no one could scroll), the actor chooses a school first and its classes
 * are listed; fewer are listed all at once, as before.
 */
function chooseSchoolFirst(
  inReach: NextYearClass[],
  asked: NextYearAsked,
): Omit<NextYearView, "chosen"> {
  const schools = [...new Map(inReach.map((row) => [row.schoolId, row.schoolName]))].map(
    ([id, name]) => ({ id, name }),
  );
  const onOnePage = asked.classesOnOnePage ?? programChoicesOnOnePage;
  if (inReach.length <= onOnePage || schools.length < 2) {
    return { classes: inReach, schools: [], school: null, schoolUnknown: false };
  }

  const school = schools.find((each) => each.id === asked.schoolId)?.id ?? null;
  const classes = school ? inReach.filter((row) => row.schoolId === school) : [];

  return { classes, schools, school, schoolUnknown: Boolean(asked.schoolId) && !school };
}
