import {
  countCheckInsDue,
  countFamilyParticipation,
  countPlansByGradeAndStage,
  countPlansByStage,
  countPlansByTeacherAndStage,
  type IdentityMovement,
  identityMovement,
  listCheckInsDue,
  listSchoolZones,
  type PlanScope,
  type TodayBySchool,
} from "../../db/program-store.ts";
import type { PlanStage } from "../../db/schema.ts";
import { listClosedYearNames } from "../../db/school-year-store.ts";
import { translator } from "../../i18n/translate.ts";
import type { Actor } from "../access/actor.ts";
import { authorizeProgram } from "../access/policy.ts";
import { starterWording } from "../identity/identity-statements.ts";
import { personName } from "../plans/person-name.ts";
import type { PlanDeps } from "../plans/plan-deps.ts";
import { addDays, dayIn } from "../plans/school-time.ts";
import { firstDayOf, schoolYearOf } from "../reflections/school-year.ts";
import { type FilterChoices, filtersWithinReach, readFilterChoices } from "./filter-choices.ts";
import type { ProgramFilters } from "./program-filters.ts";

export const planStages: readonly PlanStage[] = [
  "draft",
  "shared",
  "agreed",
  "checking_in",
  "closed",
];

/** Check-ins due within this many days of today count as coming up. */
export const dueSoonDays = 7;
/** The program page lists at most this many coming check-ins by name; the counts cover all. */
const listedCheckIns = 50;

export type StageCounts = Record<PlanStage, number>;

export interface ProgramFigures {
  /** The year the figures are of: a closed year's name, else the current one's (2026-2027). */
  schoolYear: string;
  /** The names of the closed years the figures can be shown for, the latest first. */
  closedYears: string[];
  filters: ProgramFilters;
  ownClassesOnly: boolean;
  options: FilterChoices;
  stages: StageCounts;
  total: number;
  byTeacher: { teacherId: string; name: string; stages: StageCounts; total: number }[];
  byGrade: { grade: string; stages: StageCounts; total: number }[];
  checkIns: {
    overdue: number;
    dueSoon: number;
    upcoming: {
      planId: string;
      studentId: string;
      name: string;
      dueOn: string;
      overdue: boolean;
    }[];
  };
  families: { plans: number; opened: number; wrote: number; attended: number; any: number };
  identity: IdentityMovement[];
}

/**
 * The figures of the school's MAP work this school year: plans by stage (in all, per teacher,
 * per grade), check-ins coming up and overdue, families taking part and how students' identity
 * answers moved. Administrators see the district; a teacher only their own classes.
 */
export async function readProgram(
  deps: PlanDeps,
  actor: Actor,
  filters: ProgramFilters,
): Promise<ProgramFigures> {
  const { ownClassesOnly, schoolIds } = await authorizeProgram(deps.db, actor);

  const { today, schoolYear, closedYears, scope } = await programScope(deps, actor, {
    filters,
    ownClassesOnly,
    schoolIds,
  });
  const [stages, byTeacher, byGrade] = await Promise.all([
    countPlansByStage(deps.db, scope),
    countPlansByTeacherAndStage(deps.db, scope),
    countPlansByGradeAndStage(deps.db, scope),
  ]);
  const stageCounts = countsOf(stages);

  return {
    schoolYear,
    closedYears,
    filters: { ...filters, closedYear: scope.closedYear },
    ownClassesOnly,
    options: await readFilterChoices(deps.db, actor, ownClassesOnly, schoolIds),
    stages: stageCounts,
    total: sum(stageCounts),
    byTeacher: groupByTeacher(byTeacher),
    byGrade: groupByGrade(byGrade),
    checkIns: await checkInsOf(deps, scope, today),
    families: await countFamilyParticipation(deps.db, scope),
    identity: await identityOf(deps, scope, actor.locale),
  };
}

/** A starter statement the school has not reworded reads as the catalog words it was asked in. */
async function identityOf(deps: PlanDeps, scope: PlanScope, locale: string) {
  const t = translator(locale);
  const movement = await identityMovement(deps.db, scope, locale);

  return movement.map((row) => ({
    ...row,
    wording: row.wording ?? (starterWording(t, row.starterKey) || null),
  }));
}

/**
 * The plans the program figures cover: this school year's, or a closed year's when one is
 * chosen, narrowed by the filters and, for a teacher, to their own classes; for a school's
 * administrator, to their schools' plans, and to none for a teacher or class of another school.
 * A year name that no closed year has shows the current year. The caller has authorized the
 * actor (authorizeProgram).
 */
export async function programScope(
  deps: PlanDeps,
  actor: Actor,
  access: {
    filters: ProgramFilters;
    ownClassesOnly: boolean;
    schoolIds?: readonly string[] | null;
  },
) {
  const today = await todayAtEachSchool(deps, actor.districtId);
  const currentYear = schoolYearOf(earliestDay(today));
  const closedYears = await listClosedYearNames(deps.db, actor.districtId);
  const closedYear = closedYears.find((name) => name === access.filters.closedYear) ?? null;
  const schoolIds = access.schoolIds ?? null;
  const withinReach = await filtersWithinReach(deps.db, actor.districtId, {
    filters: access.filters,
    schoolIds,
  });
  const scope = scopeOf({
    actor,
    ...access,
    // The plans of no school: what an unknown teacher or class matches too.
    schoolIds: withinReach ? schoolIds : [],
    schoolYear: currentYear,
    closedYear,
  });

  return { today, schoolYear: closedYear ?? currentYear, closedYears, scope };
}

function scopeOf(options: {
  actor: Actor;
  filters: ProgramFilters;
  ownClassesOnly: boolean;
  schoolIds?: readonly string[] | null;
  schoolYear: string;
  closedYear: string | null;
}): PlanScope {
  const { actor, filters } = options;
  const teacherIds = [
    ...(options.ownClassesOnly ? [actor.personId] : []),
    ...(filters.teacherId && filters.teacherId !== actor.personId ? [filters.teacherId] : []),
  ];

  return {
    districtId: actor.districtId,
    yearStartsAt: firstDayOf(options.schoolYear),
    closedYear: options.closedYear,
    teacherIds,
    schoolIds: options.schoolIds ?? null,
    classId: filters.classId,
    grade: filters.grade,
  };
}

async function todayAtEachSchool(deps: PlanDeps, districtId: string): Promise<TodayBySchool> {
  const schools = await listSchoolZones(deps.db, districtId);
  const now = deps.clock();

  return new Map(schools.map((school) => [school.id, dayIn(school.time_zone, now)]));
}

function earliestDay(today: TodayBySchool): string {
  const days = [...today.values()].sort();

  return days[0] ?? new Date().toISOString().slice(0, 10);
}

async function checkInsOf(deps: PlanDeps, scope: PlanScope, today: TodayBySchool) {
  const counts = await countCheckInsDue(deps.db, scope, { today, addDays, days: dueSoonDays });
  const latestDay = [...today.values()].sort().at(-1) ?? earliestDay(today);
  const rows = await listCheckInsDue(deps.db, scope, {
    until: addDays(latestDay, dueSoonDays),
    limit: listedCheckIns,
  });
  const upcoming = rows.flatMap((row) => {
    const schoolDay = today.get(row.schoolId);
    if (!schoolDay || row.due_on > addDays(schoolDay, dueSoonDays)) return [];
    const name = personName(row);
    return [
      {
        planId: row.planId,
        studentId: row.studentId,
        name,
        dueOn: row.due_on,
        overdue: row.due_on < schoolDay,
      },
    ];
  });

  return { ...counts, upcoming };
}

function emptyCounts(): StageCounts {
  return { draft: 0, shared: 0, agreed: 0, checking_in: 0, closed: 0 };
}

function countsOf(rows: { stage: PlanStage; plans: number }[]): StageCounts {
  const counts = emptyCounts();
  for (const row of rows) counts[row.stage] += row.plans;

  return counts;
}

const sum = (counts: StageCounts) => planStages.reduce((total, stage) => total + counts[stage], 0);

function groupByTeacher(rows: Awaited<ReturnType<typeof countPlansByTeacherAndStage>>) {
  const teachers = new Map<string, { teacherId: string; name: string; stages: StageCounts }>();
  for (const row of rows) {
    const teacher = teachers.get(row.teacherId) ?? {
      teacherId: row.teacherId,
      name: personName(row),
      stages: emptyCounts(),
    };
    teacher.stages[row.stage] += row.plans;
    teachers.set(row.teacherId, teacher);
  }

  return [...teachers.values()].map((teacher) => ({ ...teacher, total: sum(teacher.stages) }));
}

function groupByGrade(rows: Awaited<ReturnType<typeof countPlansByGradeAndStage>>) {
  const grades = new Map<string, StageCounts>();
  for (const row of rows) {
    const counts = grades.get(row.grade) ?? emptyCounts();
    counts[row.stage] += row.plans;
    grades.set(row.grade, counts);
  }

  return [...grades].map(([grade, stages]) => ({ grade, stages, total: sum(stages) }));
}
