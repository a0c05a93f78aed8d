import { countStudentsWithoutClass } from "../../db/access-store.ts";
import {
  classesOfSchool,
  countClassesOfSchool,
  countOverdueStudentsInNoClass,
  countStudentRowsUpTo,
  countStudentsOfSchoolClasses,
  countStudentsOfSchools,
  findClassesOfSchoolByCode,
  listOverdueStudentsInClasses,
  type listSchoolsWithClasses,
  listSchoolTimeZones,
  searchClassesOfSchool,
  type TodayBySchool,
} from "../../db/class-directory-store.ts";
import { wordsOf } from "../../db/typed-words.ts";
import { orderBy, sortedBy, textOrder } from "../../lib/reading-order.ts";
import type { Actor } from "../access/actor.ts";
import type { StaffOfList } from "../access/policy.ts";
import type { PlanDeps } from "./plan-deps.ts";
import { dayIn } from "./school-time.ts";

/*
 * An administrator of a whole district sees 100,000 students in 6,000 classes: far more than one
 * page holds (the whole list was 900 KB for a school's 1,800 students, and the list of every
 * class 860 KB). Past a page, they choose a school, then one of its classes, and past a longer
 * list of classes they type part of a class's title, code or roster id.
 */

/** The most rows (a student in a class) the whole list shows on one page. */
export const studentsOnOnePage = 300;

/** The most classes the whole list shows on one page, however few students they have. */
export const classesOnOnePage = 40;

/** The most classes of one school listed to choose from; past it, a class is searched for. */
export const classesOfSchoolOnOnePage = 200;

/** The most classes a search offers; more, and longer words narrow them. */
export const classMatchesShown = 20;

/**
 * The most classes a search reads to offer the first in the reader's order: past this many
 * matches, the ones offered are the first of those the database read.
 */
const classMatchesRead = 200;

/** The most classes the overdue check-ins are listed in; the rest are counted. */
export const overduePlacesShown = 20;

// No class's title is this long: the rest of what was typed is not searched for.
const typedLimit = 200;
const wordsSearched = 8;

export interface SchoolEntry {
  schoolId: string;
  schoolName: string;
  classes: number;
  students: number;
  /** Its students with an overdue check-in. */
  overdue: number;
}

export interface ClassEntry {
  classId: string;
  classTitle: string;
  classCode: string | null;
  rosterId: string | null;
  students: number;
}

/** A school or class with students whose check-ins are overdue, and how many. */
export interface OverduePlace {
  id: string;
  name: string;
  /** A class's code (else its roster id), to tell apart two classes of the same title. */
  code?: string | null;
  students: number;
}

/** Where the overdue check-ins are, when the page shows a directory rather than students. */
export interface OverdueSummary {
  /** Students with an overdue check-in, each once. */
  students: number;
  /** The schools or classes they are in, most first; at most overduePlacesShown. */
  places: OverduePlace[];
  /** How many more places have overdue check-ins than are listed. */
  morePlaces: number;
  /** Those of them in no class. */
  inNoClass: number;
}

/** What a search for a class found: the words read, and the classes that hold them all. */
export interface ClassSearch {
  words: string;
  matches: ClassEntry[];
  /** More classes match than are offered. */
  more: boolean;
}

/** Whether the whole list of students fits on one page. */
export function wholeListFits(size: { rows: number; classes: number }): boolean {
  return size.rows <= studentsOnOnePage && size.classes <= classesOnOnePage;
}

/** The words of a search for a class: at most eight, of what a title could hold. */
export function classSearchWords(typed: string | undefined): string[] {
  return wordsOf((typed ?? "").slice(0, typedLimit), wordsSearched);
}

/**
 * The classes a search offers: those whose code or roster id is the word typed first (two
 * classes may share a code), then the others holding every word, at most `shown`.
 */
export function offeredMatches<T extends { classId: string }>(
  exact: readonly T[],
  found: readonly T[],
  shown: number,
): { matches: T[]; more: boolean } {
  const seen = new Set(exact.map((row) => row.classId));
  const all = [...exact, ...found.filter((row) => !seen.has(row.classId))];

  return { matches: all.slice(0, shown), more: all.length > shown };
}

/**
 * The places with overdue check-ins, most first (then by name, in the reader's order), at most
 * `shown` of them.
 */
export function overduePlaces<Place extends { id: string; name: string }>(
  places: readonly Place[],
  counts: ReadonlyMap<string, number>,
  options: { shown: number; locale: string },
): { places: (Place & { students: number })[]; morePlaces: number } {
  const { shown } = options;
  const byName = textOrder(options.locale);
  const late = places
    .map((place) => ({ ...place, students: counts.get(place.id) ?? 0 }))
    .filter((place) => place.students > 0)
    .sort((one, other) => other.students - one.students || byName(one.name, other.name));

  return { places: late.slice(0, shown), morePlaces: Math.max(0, late.length - shown) };
}

/** Each school's and each class's students with an overdue check-in, and all of them: once each. */
export function countOverdue(
  rows: readonly { schoolId: string; classId: string; studentId: string }[],
) {
  const bySchool = new Map<string, Set<string>>();
  const byClass = new Map<string, Set<string>>();
  const add = (sets: Map<string, Set<string>>, key: string, studentId: string) =>
    sets.set(key, (sets.get(key) ?? new Set()).add(studentId));
  for (const row of rows) {
    add(bySchool, row.schoolId, row.studentId);
    add(byClass, row.classId, row.studentId);
  }
  const sizes = (sets: Map<string, Set<string>>) =>
    new Map([...sets].map(([key, students]) => [key, students.size]));

  return {
    bySchool: sizes(bySchool),
    byClass: sizes(byClass),
    students: new Set(rows.map((row) => row.studentId)).size,
  };
}

type SchoolsWithClasses = Awaited<ReturnType<typeof listSchoolsWithClasses>>;

/** How many rows and classes the whole list of these schools would show, to the bound only. */
export async function wholeListSize(
  deps: PlanDeps,
  actor: Actor,
  options: { staff: StaffOfList; schools: SchoolsWithClasses },
) {
  const { districtId } = actor;
  const { staff } = options;
  const classes = options.schools.reduce((sum, school) => sum + school.classes, 0);
  const limit = studentsOnOnePage + 1;
  const enrolled = await countStudentRowsUpTo(deps.db, { ...staff, districtId, limit });
  // Only a list that may still fit needs its students in no class counted.
  const rows =
    enrolled < limit && classes <= classesOnOnePage
      ? enrolled + (await countStudentsWithoutClass(deps.db, districtId, staff.schoolIds))
      : enrolled;

  return { rows, classes };
}

/**
 * The administrator's schools, each with its classes, its students and those of them with an
 * overdue check-in; and how many of their students are in no class.
 */
export async function readSchoolDirectory(
  deps: PlanDeps,
  actor: Actor,
  options: { staff: StaffOfList; schools: SchoolsWithClasses },
) {
  const { districtId } = actor;
  const { schoolIds } = options.staff;
  const students = await countStudentsOfSchools(deps.db, districtId, schoolIds);
  const today = await todayAtEachSchool(deps, districtId);
  const late = countOverdue(
    await listOverdueStudentsInClasses(deps.db, { districtId, today, schoolIds }),
  );
  const inNoClass = await countOverdueStudentsInNoClass(deps.db, { districtId, today, schoolIds });
  const byName = orderBy<SchoolsWithClasses[number]>(
    actor.locale,
    (school) => school.schoolName,
    (school) => school.schoolId,
  );
  const schools: SchoolEntry[] = sortedBy(options.schools, byName).map((school) => ({
    ...school,
    students: students.get(school.schoolId) ?? 0,
    overdue: late.bySchool.get(school.schoolId) ?? 0,
  }));
  // Each school says its own overdue count beside it: the summary names no place of its own.
  const overdue: OverdueSummary = {
    students: late.students + inNoClass,
    inNoClass,
    places: [],
    morePlaces: 0,
  };

  return {
    schools,
    unplaced: await countStudentsWithoutClass(deps.db, districtId, schoolIds),
    overdue,
  };
}

/**
 * One school's classes to choose from, each with how many students it has, and where its
 * check-ins are late; past classesOfSchoolOnOnePage, the classes a search found instead. When
 * the school is all the administrator has (staff given), their students in no class too.
 */
export async function readSchoolClasses(
  deps: PlanDeps,
  actor: Actor,
  options: { schoolId: string; typed?: string | undefined; staff?: StaffOfList | undefined },
) {
  const { staff } = options;
  const unplaced = staff
    ? await countStudentsWithoutClass(deps.db, actor.districtId, staff.schoolIds)
    : 0;

  return {
    ...(await classesToChoose(deps, actor, options)),
    unplaced,
    overdue: await overdueInClasses(deps, actor, options),
  };
}

/** All of the school's classes while a list holds them, else those the typed words found. */
async function classesToChoose(
  deps: PlanDeps,
  actor: Actor,
  options: { schoolId: string; typed?: string | undefined },
) {
  const { districtId } = actor;
  const { schoolId } = options;
  const classCount = await countClassesOfSchool(deps.db, districtId, schoolId);
  const listed = classCount <= classesOfSchoolOnOnePage;
  const rows = listed
    ? sortedBy(await classesOfSchool(deps.db, districtId, schoolId), classOrder(actor.locale))
    : [];
  const search = listed ? undefined : await searchClass(deps, actor, options);
  const shown = [...rows, ...(search?.matches ?? [])];
  const counts = await countStudentsOfSchoolClasses(deps.db, {
    districtId,
    schoolId,
    classIds: shown.map((row) => row.classId),
  });
  const withCounts = (row: (typeof shown)[number]): ClassEntry => ({
    ...row,
    students: counts.get(row.classId) ?? 0,
  });

  const found: ClassSearch | undefined = search && {
    ...search,
    matches: search.matches.map(withCounts),
  };

  return { classCount, classes: listed ? rows.map(withCounts) : null, search: found };
}

async function searchClass(
  deps: PlanDeps,
  actor: Actor,
  options: { schoolId: string; typed?: string | undefined },
) {
  const words = classSearchWords(options.typed);
  const [first] = words;
  if (!first) return undefined;
  const inSchool = { districtId: actor.districtId, schoolId: options.schoolId };
  const exact =
    words.length === 1
      ? await findClassesOfSchoolByCode(deps.db, { ...inSchool, code: first })
      : [];
  const found = await searchClassesOfSchool(deps.db, {
    ...inSchool,
    words,
    limit: classMatchesRead,
  });
  const ordered = sortedBy(found, classOrder(actor.locale));

  return { words: words.join(" "), ...offeredMatches(exact, ordered, classMatchesShown) };
}

/**
 * The class of the school whose code or roster id is the whole of what was typed, letter case
 * aside, when one class alone has it: typing it chooses that class, though other codes begin
 * with it (cls-12 among cls-120 to cls-129).
 */
export async function classOfTypedCode(
  deps: PlanDeps,
  actor: Actor,
  options: { schoolId: string; typed: string | undefined },
): Promise<string | undefined> {
  const [code, ...more] = classSearchWords(options.typed);
  if (!code || more.length > 0) return undefined;
  const inSchool = { districtId: actor.districtId, schoolId: options.schoolId };
  const exact = await findClassesOfSchoolByCode(deps.db, { ...inSchool, code });
  const [only] = exact;

  return only && exact.length === 1 ? only.classId : undefined;
}

/** A school's classes by title in the reader's order; namesakes by the code setting them apart. */
function classOrder(locale: string) {
  return orderBy<{
    classId: string;
    classTitle: string;
    classCode: string | null;
    rosterId: string | null;
  }>(
    locale,
    (row) => row.classTitle,
    (row) => row.classCode ?? row.rosterId,
    (row) => row.classId,
  );
}

async function overdueInClasses(
  deps: PlanDeps,
  actor: Actor,
  options: { schoolId: string; staff?: StaffOfList | undefined },
): Promise<OverdueSummary> {
  const { districtId } = actor;
  const { schoolId, staff } = options;
  const today = await todayAtEachSchool(deps, districtId);
  const late = countOverdue(
    await listOverdueStudentsInClasses(deps.db, { districtId, today, schoolIds: [schoolId] }),
  );
  // Only the classes with late check-ins are named, however many classes the school has.
  const named = await classesOfSchool(deps.db, districtId, schoolId);
  const places = sortedBy(named, classOrder(actor.locale))
    .filter((row) => late.byClass.has(row.classId))
    .map((row) => ({ id: row.classId, name: row.classTitle, code: row.classCode ?? row.rosterId }));
  const inNoClass = staff
    ? await countOverdueStudentsInNoClass(deps.db, {
        districtId,
        today,
        schoolIds: staff.schoolIds,
      })
    : 0;

  return {
    students: late.students + inNoClass,
    inNoClass,
    ...overduePlaces(places, late.byClass, { shown: overduePlacesShown, locale: actor.locale }),
  };
}

async function todayAtEachSchool(deps: PlanDeps, districtId: string): Promise<TodayBySchool> {
  const now = deps.clock();
  const schools = await listSchoolTimeZones(deps.db, districtId);

  return new Map(schools.map((school) => [school.id, dayIn(school.time_zone, now)]));
}
