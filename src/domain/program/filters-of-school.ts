import type { Kysely } from "kysely";
import {
  findClassInReach,
  findTeacherInReach,
  listStudentGrades,
  teachesAtSchools,
} from "../../db/program-store.ts";
import type { Database } from "../../db/schema.ts";
import type { Actor } from "../access/actor.ts";
import { personName } from "../plans/person-name.ts";
import { classesInReach } from "./filter-choices.ts";
import type { ProgramFilters, TypedNames } from "./program-filters.ts";
import type { ProgramReach } from "./read-program-reach.ts";

/*
 * Choosing another school leaves out the teacher, class and grade chosen at the one before when
 * the new school has none of them: kept, they would count nothing. The form sends them along
 * with the new school, script or none, so this is settled here. Only one of the viewer's own
 * lists is left out: a teacher or class in none of them (typed into the address by hand, or gone
 * from the roster) stays chosen, counts nothing and is said so, as before.
 */

/** The filters left out for the school chosen, by the names the viewer knows them by. */
export interface LeftOutFilters {
  school: string;
  teacher: string | null;
  klass: string | null;
  grade: string | null;
}

export interface FiltersOfSchool {
  filters: ProgramFilters;
  typed: TypedNames;
  leftOut: LeftOutFilters | null;
}

type Db = Kysely<Database>;

interface Asked {
  filters: ProgramFilters;
  typed: TypedNames;
  /** Where the figures reach with the school chosen. */
  reach: ProgramReach;
  /** The viewer's schools, from authorizeProgram: null for the whole district. */
  schoolIds: readonly string[] | null;
}

/** The filters the chosen school has, and those of the viewer's other schools left out. */
export async function keepFiltersOfSchool(
  db: Db,
  actor: Actor,
  asked: Asked,
): Promise<FiltersOfSchool> {
  const { filters, typed, reach } = asked;
  const school = reach.schools.find((each) => each.id === filters.schoolId);
  if (!school) return { filters, typed, leftOut: null };

  const elsewhere = { db, actor, asked, schoolId: school.id };
  const teacher = await teacherElsewhere(elsewhere);
  const klass = await classElsewhere(elsewhere);
  const grade = await gradeElsewhere(elsewhere);
  if (!teacher && !klass && !grade) return { filters, typed, leftOut: null };

  return {
    filters: {
      ...filters,
      teacherId: teacher ? null : filters.teacherId,
      classId: klass ? null : filters.classId,
      grade: grade ? null : filters.grade,
    },
    typed: {
      teacher: teacher ? undefined : typed.teacher,
      klass: klass ? undefined : typed.klass,
    },
    leftOut: { school: school.name, teacher, klass, grade },
  };
}

interface Elsewhere {
  db: Db;
  actor: Actor;
  asked: Asked;
  schoolId: string;
}

/**
 * A teacher of the viewer's lists who teaches at none of the chosen school's classes, by name.
 * Words typed that differ from their name are a new search, which the school narrows anyway.
 */
async function teacherElsewhere({ db, actor, asked, schoolId }: Elsewhere) {
  const { teacherId } = asked.filters;
  // A teacher's own list is themselves, at each school of theirs.
  if (!teacherId || asked.reach.ownClassesOnly) return null;

  const viewers = { districtId: actor.districtId, schoolIds: asked.schoolIds };
  const row = await findTeacherInReach(db, viewers, { column: "id", value: teacherId });
  const name = row ? personName(row) : null;
  if (!name || (asked.typed.teacher !== undefined && asked.typed.teacher !== name)) return null;
  const teaches = await teachesAtSchools(db, {
    districtId: actor.districtId,
    teacherId,
    schoolIds: [schoolId],
  });

  return teaches ? null : name;
}

/** A class of the viewer's lists (a teacher's: their own) at another school, by title. */
async function classElsewhere({ db, actor, asked, schoolId }: Elsewhere) {
  const { classId } = asked.filters;
  if (!classId) return null;

  const klass = asked.reach.ownClassesOnly
    ? (await classesInReach(db, actor, true, null)).find((own) => own.id === classId)
    : await findClassInReach(
        db,
        { districtId: actor.districtId, schoolIds: asked.schoolIds },
        { column: "id", value: classId },
      );
  if (!klass || klass.schoolId === schoolId) return null;

  const typed = asked.typed.klass;
  return typed === undefined || typed === klass.title ? klass.title : null;
}

/**
 * A grade the students of the viewer's schools are in but those of the chosen school are not.
 * A teacher's grades are the district's, whichever school they choose: none is left out.
 */
async function gradeElsewhere({ db, actor, asked, schoolId }: Elsewhere) {
  const { grade } = asked.filters;
  if (!grade || asked.reach.ownClassesOnly) return null;

  const atSchool = await listStudentGrades(db, actor.districtId, [schoolId]);
  if (atSchool.includes(grade)) return null;
  const atViewers = await listStudentGrades(db, actor.districtId, asked.schoolIds);

  return atViewers.includes(grade) ? grade : null;
}
