import type { Kysely } from "kysely";
import {
  countCheckInsDue,
  countFamilyParticipation,
  countPlansByGradeAndStage,
  countPlansBySchoolAndStage,
  countPlansByStage,
  countPlansByTeacherAndStage,
  type IdentityMovement,
  identityMovement,
  listCheckInsDue,
  listSchoolZones,
  type PlanScope,
  type TodayBySchool,
} from "../../db/program-store.ts";
import type { Database, PlanStage } from "../../db/schema.ts";
import { listClosedYearNames } from "../../db/school-year-store.ts";
import { translator } from "../../i18n/translate.ts";
import { gradeOrder, orderBy, sortedBy } from "../../lib/reading-order.ts";
import type { Actor } from "../access/actor.ts";
import { authorizeProgram } from "../access/policy.ts";
import { starterWording } from "../identity/identity-statements.ts";
import { personName } from "../plans/person-name.ts";
import type { PlanDeps } from "../plans/plan-deps.ts";
import { addDays, dayIn } from "../plans/school-time.ts";
import { firstDayOf, schoolYearOf } from "../reflections/school-year.ts";
import { type FilterChoices, filtersWithinReach, readFilterChoices } from "./filter-choices.ts";
import { keepFiltersOfSchool, type LeftOutFilters } from "./filters-of-school.ts";
import type { ProgramFilters, ProgramView } from "./program-filters.ts";
import { type ProgramReach, readProgramReach, spansSchools } from "./read-program-reach.ts";

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
/** The per-teacher figures a page shows; a school of more teachers is shown a page at a time. */
export const teachersOnOnePage = 50;

export type StageCounts = Record<PlanStage, number>;

export interface ProgramFigures {
  /** The year the figures are of: a closed year's name, else the current one's (2026-2027). */
  schoolYear: string;
  /** The names of the closed years the figures can be shown for, the latest first. */
  closedYears: string[];
  filters: ProgramFilters;
  /** The teacher, class and grade of another school left out when a school was chosen. */
  leftOut: LeftOutFilters | null;
  ownClassesOnly: boolean;
  options: FilterChoices;
  stages: StageCounts;
  total: number;
  /**
   * Per school, when the figures span several schools; null within one. The page then shows
   * these instead of the teachers (thousands of them in a district).
   */
  bySchool: { schoolId: string; name: string; stages: StageCounts; total: number }[] | null;
  byTeacher: { teacherId: string; name: string; stages: StageCounts; total: number }[];
  /** Which page of the teachers byTeacher holds, of how many (every teacher: 1 of 1). */
  teacherPages: { page: number; pages: number };
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

export interface ReadProgramOptions {
  /** The words typed in the filters and the page of teachers the page asks for. */
  view?: ProgramView;
  /** Every teacher's figures (the CSV export), beside the schools' when there are several. */
  everyTeacher?: boolean;
  /** How many teachers or classes a filter lists before it asks for words. */
  choicesOnOnePage?: number;
}

const noView: ProgramView = { typed: { teacher: undefined, klass: undefined }, page: 1 };

/**
 * The figures of the school's MAP work this school year: plans by stage (in all, per school or
 * per teacher, per grade), check-ins coming up and overdue, families taking part and how
 * students' identity answers moved. Administrators see the district or their schools, one of
 * them when chosen; a teacher only their own classes.
 */
export async function readProgram(
  deps: PlanDeps,
  actor: Actor,
  asked: ProgramFilters,
  options: ReadProgramOptions = {},
): Promise<ProgramFigures> {
  const view = options.view ?? noView;
  const { reach, choices, filters, leftOut } = await settleFilters(deps, actor, {
    asked,
    view,
    options,
  });

  const { today, schoolYear, closedYears, scope } = await scopeWithin(deps, actor, {
    filters,
    reach,
  });
  const [stages, byGrade, bySchool] = await Promise.all([
    countPlansByStage(deps.db, scope),
    countPlansByGradeAndStage(deps.db, scope),
    spansSchools(reach) ? countPlansBySchoolAndStage(deps.db, scope) : null,
  ]);
  const stageCounts = countsOf(stages);
  // Within one school the teachers are shown a page at a time; across schools, the schools.
  const teachers = options.everyTeacher ? "every" : bySchool ? "none" : view.page;

  return {
    schoolYear,
    closedYears,
    filters: { ...filters, closedYear: scope.closedYear },
    leftOut,
    ownClassesOnly: reach.ownClassesOnly,
    options: choices,
    stages: stageCounts,
    total: sum(stageCounts),
    bySchool: bySchool && groupBySchool(bySchool, actor.locale),
    ...(await teacherFigures(deps.db, scope, { teachers, locale: actor.locale })),
    byGrade: groupByGrade(byGrade, actor.locale),
    checkIns: await checkInsOf(deps, scope, today),
    families: await countFamilyParticipation(deps.db, scope),
    identity: await identityOf(deps, scope, actor.locale),
  };
}

/**
 * Who may see what, the school chosen within it, and the filters' choices: the teacher and class
 * the figures are of once the words typed for them are settled, and those of another school
 * left out.
 */
async function settleFilters(
  deps: PlanDeps,
  actor: Actor,
  request: { asked: ProgramFilters; view: ProgramView; options: ReadProgramOptions },
) {
  const { asked, view, options } = request;
  const { ownClassesOnly, schoolIds } = await authorizeProgram(deps.db, actor);
  const reach = await readProgramReach(deps.db, actor, {
    ownClassesOnly,
    schoolIds,
    schoolId: asked.schoolId,
  });
  const kept = await keepFiltersOfSchool(deps.db, actor, {
    filters: asked,
    typed: view.typed,
    reach,
    schoolIds,
  });
  const choices = await readFilterChoices(deps.db, actor, {
    reach,
    filters: kept.filters,
    typed: kept.typed,
    ...(options.choicesOnOnePage ? { onOnePage: options.choicesOnOnePage } : {}),
  });
  const teacherId = choices.teachers.id;
  const filters = { ...kept.filters, teacherId, classId: choices.classes.id };

  return { reach, choices, filters, leftOut: kept.leftOut };
}

/**
 * Every teacher's figures, none, or one page of them; a page past the last shows the last. The
 * page shows teachers within one school only, so their counts (a few rows each) are read whole
 * in one query, put in the reader's order and cut into pages here.
 */
async function teacherFigures(
  db: Kysely<Database>,
  scope: PlanScope,
  asked: { teachers: "every" | "none" | number; locale: string },
): Promise<Pick<ProgramFigures, "byTeacher" | "teacherPages">> {
  const { teachers } = asked;
  if (teachers === "none") return { byTeacher: [], teacherPages: { page: 1, pages: 1 } };

  const counts = await countPlansByTeacherAndStage(db, scope);
  const byTeacher = groupByTeacher(sortedBy(counts, teacherOrder(asked.locale)));
  if (teachers === "every") return { byTeacher, teacherPages: { page: 1, pages: 1 } };

  const pages = Math.max(1, Math.ceil(byTeacher.length / teachersOnOnePage));
  const page = Math.min(teachers, pages);
  const from = (page - 1) * teachersOnOnePage;

  return {
    byTeacher: byTeacher.slice(from, from + teachersOnOnePage),
    teacherPages: { page, pages },
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
 * administrator, to their schools' plans; to the school chosen; and to none for a teacher or
 * class of another school. A year name that no closed year has shows the current year. The
 * caller has authorized the actor (authorizeProgram).
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
  const reach = await readProgramReach(deps.db, actor, {
    ownClassesOnly: access.ownClassesOnly,
    schoolIds: access.schoolIds ?? null,
    schoolId: access.filters.schoolId,
  });

  return scopeWithin(deps, actor, { filters: access.filters, reach });
}

async function scopeWithin(
  deps: PlanDeps,
  actor: Actor,
  access: { filters: ProgramFilters; reach: ProgramReach },
) {
  const { filters, reach } = access;
  const today = await todayAtEachSchool(deps, actor.districtId);
  const currentYear = schoolYearOf(earliestDay(today));
  const closedYears = await listClosedYearNames(deps.db, actor.districtId);
  const closedYear = closedYears.find((name) => name === filters.closedYear) ?? null;
  const withinReach = await filtersWithinReach(deps.db, actor.districtId, {
    filters,
    schoolIds: reach.schoolIds,
  });
  const scope = scopeOf({
    actor,
    filters,
    ownClassesOnly: reach.ownClassesOnly,
    // The plans of no school: what an unknown teacher or class matches too.
    schoolIds: withinReach ? reach.schoolIds : [],
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

type TeacherCounts = Awaited<ReturnType<typeof countPlansByTeacherAndStage>>;

/** Teachers by family name, then given name, as the reader orders them. */
function teacherOrder(locale: string) {
  return orderBy<TeacherCounts[number]>(
    locale,
    (row) => row.family_name,
    (row) => row.given_name,
    (row) => row.teacherId,
  );
}

/** Each teacher's counts by stage, in the order of the rows. */
function groupByTeacher(rows: TeacherCounts) {
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

/** Each school's counts by stage, by name in the reader's order. */
function groupBySchool(
  rows: Awaited<ReturnType<typeof countPlansBySchoolAndStage>>,
  locale: string,
) {
  const schools = new Map<string, { schoolId: string; name: string; stages: StageCounts }>();
  for (const row of rows) {
    const school = schools.get(row.schoolId) ?? {
      schoolId: row.schoolId,
      name: row.name,
      stages: emptyCounts(),
    };
    school.stages[row.stage] += row.plans;
    schools.set(row.schoolId, school);
  }

  const byName = orderBy<{ schoolId: string; name: string }>(
    locale,
    (school) => school.name,
    (school) => school.schoolId,
  );

  return sortedBy([...schools.values()], byName).map((school) => ({
    ...school,
    total: sum(school.stages),
  }));
}

/** Each grade's counts by stage, in school order (no grade last). */
function groupByGrade(rows: Awaited<ReturnType<typeof countPlansByGradeAndStage>>, locale: string) {
  const grades = new Map<string, StageCounts>();
  for (const row of rows) {
    const counts = grades.get(row.grade) ?? emptyCounts();
    counts[row.stage] += row.plans;
    grades.set(row.grade, counts);
  }

  const inOrder = sortedBy([...grades.keys()], gradeOrder(locale));

  return inOrder.map((grade) => {
    const stages = grades.get(grade) ?? emptyCounts();
    return { grade, stages, total: sum(stages) };
  });
}
