import type { Kysely } from "kysely";
import { classesOfDistrict, classesTaughtBy } from "../../db/access-store.ts";
import {
  type FilterReach,
  findActiveClass,
  findClassesInReachByCode,
  findClassInReach,
  findPersonName,
  findTeacherInReach,
  listClassesInReach,
  listClassParticulars,
  listSchoolsTaughtAt,
  listStudentGrades,
  listTeachersInReach,
  searchClassesInReach,
  searchTeachersInReach,
  teachesAtSchools,
} from "../../db/program-store.ts";
import type { Database } from "../../db/schema.ts";
import { gradeOrder, orderBy, peopleOrder, sortedBy, textOrder } from "../../lib/reading-order.ts";
import type { Actor } from "../access/actor.ts";
import { personName } from "../plans/person-name.ts";
import { type ChoiceFinder, pickTypedChoice, type TypedPick } from "./pick-typed-choice.ts";
import type { ProgramFilters, TypedNames } from "./program-filters.ts";
import type { ProgramReach, SchoolChoice } from "./read-program-reach.ts";

/*
 * The choices of the program page's filters. Two teachers of the same name, or two classes of
 * the same title at the same school, would read as one choice: those, and only those, carry a
 * detail that tells them apart. A teacher's is the schools they teach at, else their email,
 * else their roster id; a class's is its code, else its teachers, else its roster id. Only
 * teachers are ever named: a class's students are not read.
 */

/**
 * Past this many teachers (or classes) a filter lists none: a district's 6,000 of each made a
 * page of megabytes. The viewer chooses a school, or types a name, instead.
 */
export const programChoicesOnOnePage = 200;

/**
 * The most matches of typed words read to offer the first in the reader's order: past this
 * many, the ones offered are the first of those the database read.
 */
const matchesRead = 200;

export interface TeacherChoice {
  id: string;
  name: string;
  detail: string | null;
  rosterId: string | null;
}

export interface ClassChoice {
  id: string;
  title: string;
  schoolName: string;
  detail: string | null;
  rosterId: string | null;
}

/** A filter's choice, and every choice in reach, or null past a page of them (words instead). */
export interface ChoiceFilter<T> extends TypedPick<T> {
  choices: T[] | null;
}

export interface FilterChoices {
  schools: SchoolChoice[];
  teachers: ChoiceFilter<TeacherChoice>;
  grades: string[];
  classes: ChoiceFilter<ClassChoice>;
}

type Db = Kysely<Database>;
type Detail<T> = (item: T) => string | null;

interface ChoicesAsked {
  reach: ProgramReach;
  filters: ProgramFilters;
  typed: TypedNames;
  /** How many choices a filter lists before it asks for words. */
  onOnePage?: number;
}

/**
 * The schools, teachers, grades and classes the actor may filter the program figures by, within
 * the reach (a school's administrator is offered those of their schools only: the names of
 * another school's teachers and classes are not theirs to read; a school chosen narrows them to
 * its own), and the teacher and class the figures are of, typed words settled.
 */
export async function readFilterChoices(
  db: Db,
  actor: Actor,
  asked: ChoicesAsked,
): Promise<FilterChoices> {
  const { reach } = asked;
  const schoolIds = reach.ownClassesOnly ? null : reach.schoolIds;

  return {
    schools: reach.schools,
    teachers: await teacherFilter(db, actor, asked),
    grades: sortedBy(
      await listStudentGrades(db, actor.districtId, schoolIds),
      gradeOrder(actor.locale),
    ),
    classes: await classFilter(db, actor, asked),
  };
}

/**
 * Whether a teacher or class chosen in the address is one the viewer is offered, with their
 * schools, or the school chosen, as `schoolIds`. One of another school, typed in by hand, then
 * matches no plan, as an unknown one does: else it would count their schools' students taught
 * in that school's classes.
 */
export async function filtersWithinReach(
  db: Db,
  districtId: string,
  access: { filters: ProgramFilters; schoolIds: readonly string[] | null },
): Promise<boolean> {
  const { filters, schoolIds } = access;
  if (!schoolIds) return true;

  const { teacherId, classId } = filters;
  const teacher = { districtId, teacherId: teacherId ?? "", schoolIds };
  if (teacherId && !(await teachesAtSchools(db, teacher))) return false;
  const klass = classId ? await findActiveClass(db, districtId, classId) : undefined;

  return !classId || (klass !== undefined && schoolIds.includes(klass.school_id));
}

async function teacherFilter(
  db: Db,
  actor: Actor,
  asked: ChoicesAsked,
): Promise<ChoiceFilter<TeacherChoice>> {
  const { reach, filters } = asked;
  if (reach.ownClassesOnly) {
    const self = await findPersonName(db, actor.districtId, actor.personId);
    const choices = self
      ? [{ id: self.id, name: personName(self), detail: null, rosterId: null }]
      : [];
    return pickedFromList(choices, filters.teacherId);
  }

  const looking = {
    db,
    actor,
    where: { districtId: actor.districtId, schoolIds: reach.schoolIds },
  };
  const onOnePage = asked.onOnePage ?? programChoicesOnOnePage;
  const rows = await listTeachersInReach(db, { ...looking.where, limit: onOnePage + 1 });
  const choices = rows.length > onOnePage ? null : await toldApartTeachers(looking, rows);
  const pick = await pickTypedChoice(teacherFinder(looking), {
    id: filters.teacherId,
    typed: asked.typed.teacher,
  });

  return { ...pick, choices };
}

/** Where a filter looks for its choices (the viewer's reach), and for whom. */
interface Looking {
  db: Db;
  actor: Actor;
  where: FilterReach;
}

function teacherFinder(looking: Looking): ChoiceFinder<TeacherChoice> {
  const { db, where } = looking;
  const one = async (column: "id" | "source_id", value: string) => {
    const row = await findTeacherInReach(db, where, { column, value });
    return row ? (await toldApartTeachers(looking, [row]))[0] : undefined;
  };
  const byName = peopleOrder<TeacherRow>(looking.actor.locale);

  return {
    byId: (id) => one("id", id),
    byWholeCode: async (rosterId) => {
      const teacher = await one("source_id", rosterId);
      return teacher ? [teacher] : [];
    },
    byWords: async (words, limit) => {
      const rows = await searchTeachersInReach(db, { ...where, words, limit: matchesRead });
      return toldApartTeachers(looking, sortedBy(rows, byName).slice(0, limit));
    },
    shownAs: (teacher) => teacher.name,
  };
}

type TeacherRow = Awaited<ReturnType<typeof listTeachersInReach>>[number];

/** The teachers as choices in the reader's order, each namesake with what tells them apart. */
async function toldApartTeachers(
  { db, actor, where }: Looking,
  rows: TeacherRow[],
): Promise<TeacherChoice[]> {
  const teachers = rows.map((row) => ({ ...row, name: personName(row) }));
  const clashing = clashingGroups(teachers, (teacher) => teacher.name).flat();
  const schools = await listSchoolsTaughtAt(
    db,
    actor.districtId,
    clashing.map((teacher) => teacher.id),
    where.schoolIds,
  );
  const schoolsOf = (teacher: { id: string }) =>
    listed(
      actor.locale,
      sortedBy(
        schools.filter((row) => row.teacherId === teacher.id).map((row) => row.schoolName),
        textOrder(actor.locale),
      ),
    );
  const details = tellApart(clashing, (teacher) => teacher.name, [
    schoolsOf,
    (teacher) => teacher.email,
    (teacher) => teacher.source_id,
  ]);

  // Namesakes by what tells them apart, as the reader orders it.
  const inOrder = orderBy<(typeof teachers)[number]>(
    actor.locale,
    (teacher) => teacher.family_name,
    (teacher) => teacher.given_name,
    (teacher) => details.get(teacher.id),
    (teacher) => teacher.id,
  );

  return sortedBy(teachers, inOrder).map(({ id, name, source_id }) => ({
    id,
    name,
    detail: details.get(id) ?? null,
    rosterId: source_id,
  }));
}

/**
 * The classes the program's reach covers, a teacher's own or those of the schools reached, by
 * school and title in the reader's order.
 */
export async function classesInReach(
  db: Db,
  actor: Actor,
  ownClassesOnly: boolean,
  schoolIds: readonly string[] | null,
) {
  const rows = ownClassesOnly
    ? await classesTaughtBy(db, actor.districtId, actor.personId)
    : await classesOfDistrict(db, actor.districtId);

  const classes = rows
    .filter((row) => !schoolIds || schoolIds.includes(row.schoolId))
    .map((row) => ({
      id: row.classId,
      title: row.classTitle,
      schoolId: row.schoolId,
      schoolName: row.schoolName,
    }));

  return sortedBy(classes, classOrder(actor.locale));
}

/** Classes by school, then title (namesakes by what tells them apart), as the reader orders. */
function classOrder<T extends OrderedClass>(locale: string) {
  return orderBy<T>(
    locale,
    (klass) => klass.schoolName,
    (klass) => klass.title,
    (klass) => klass.detail,
    (klass) => klass.id,
  );
}

type OrderedClass = { id: string; title: string; schoolName: string; detail?: string | null };

async function classFilter(
  db: Db,
  actor: Actor,
  asked: ChoicesAsked,
): Promise<ChoiceFilter<ClassChoice>> {
  const { reach, filters } = asked;
  if (reach.ownClassesOnly) {
    const own = await classesInReach(db, actor, true, reach.schoolIds);
    const rows = own.map((klass) => ({ ...klass, rosterId: null }));
    return pickedFromList(await toldApartClasses(db, actor, rows), filters.classId);
  }

  const looking = {
    db,
    actor,
    where: { districtId: actor.districtId, schoolIds: reach.schoolIds },
  };
  const onOnePage = asked.onOnePage ?? programChoicesOnOnePage;
  const rows = await listClassesInReach(db, { ...looking.where, limit: onOnePage + 1 });
  const choices =
    rows.length > onOnePage ? null : await toldApartClasses(db, actor, rows.map(classRow));
  const pick = await pickTypedChoice(classFinder(looking), {
    id: filters.classId,
    typed: asked.typed.klass,
  });

  return { ...pick, choices };
}

function classFinder({ db, actor, where }: Looking): ChoiceFinder<ClassChoice> {
  const byPlace = classOrder<ClassRow>(actor.locale);

  return {
    byId: async (id) => {
      const row = await findClassInReach(db, where, { column: "id", value: id });
      return row ? (await toldApartClasses(db, actor, [classRow(row)]))[0] : undefined;
    },
    byWholeCode: async (code) => {
      const rows = await findClassesInReachByCode(db, where, code);
      return toldApartClasses(db, actor, rows.map(classRow));
    },
    byWords: async (words, limit) => {
      const rows = await searchClassesInReach(db, { ...where, words, limit: matchesRead });
      return toldApartClasses(db, actor, sortedBy(rows.map(classRow), byPlace).slice(0, limit));
    },
    shownAs: (klass) => klass.title,
  };
}

function classRow(row: Awaited<ReturnType<typeof listClassesInReach>>[number]) {
  return { id: row.id, title: row.title, schoolName: row.schoolName, rosterId: row.source_id };
}

type ClassRow = Omit<ClassChoice, "detail">;

/**
 * The classes as choices in the reader's order, each namesake at one school with what tells
 * them apart.
 */
async function toldApartClasses(db: Db, actor: Actor, classes: ClassRow[]) {
  // The school is part of every class's choice already: only a clash within a school counts.
  const shown = (klass: ClassRow) => `${klass.title}\u0000${klass.schoolName}`;
  const clashing = clashingGroups(classes, shown).flat();
  const particulars = await listClassParticulars(
    db,
    actor.districtId,
    clashing.map((klass) => klass.id),
  );
  const particularsOf = (klass: { id: string }) =>
    particulars.classes.find((row) => row.id === klass.id);
  const byName = orderBy<(typeof particulars.teachers)[number]>(
    actor.locale,
    (teacher) => teacher.family_name,
    (teacher) => teacher.given_name,
  );
  const teachersOf = (klass: { id: string }) =>
    listed(
      actor.locale,
      sortedBy(
        particulars.teachers.filter((row) => row.classId === klass.id),
        byName,
      ).map(personName),
    );
  const details = tellApart(clashing, shown, [
    (klass) => particularsOf(klass)?.class_code ?? null,
    teachersOf,
    (klass) => particularsOf(klass)?.source_id ?? null,
  ]);

  const choices = classes.map((klass) => ({ ...klass, detail: details.get(klass.id) ?? null }));

  return sortedBy(choices, classOrder(actor.locale));
}

/** A teacher's own short list: the address's id is a choice of it, or one outside it. */
function pickedFromList<T extends { id: string }>(
  choices: T[],
  id: string | null,
): ChoiceFilter<T> {
  const chosen = choices.find((choice) => choice.id === id) ?? null;

  return { choices, chosen, id, words: null, matches: [], more: false };
}

/** The items that share their name with another, in groups; names differing in case clash. */
function clashingGroups<T>(items: T[], nameOf: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = nameOf(item).toLowerCase();
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }

  return [...groups.values()].filter((group) => group.length > 1);
}

/**
 * For each clashing item, the first kind of detail that gives every item of its group a label
 * of its own (an item without that detail counts as one label). When no kind does, the first
 * kind any of them has, which still helps more than nothing.
 */
function tellApart<T extends { id: string }>(
  clashing: T[],
  nameOf: (item: T) => string,
  details: Detail<T>[],
): Map<string, string | null> {
  const told = new Map<string, string | null>();
  for (const group of clashingGroups(clashing, nameOf)) {
    const setsApart = (detail: Detail<T>) =>
      new Set(group.map((item) => detail(item)?.toLowerCase() || null)).size === group.length;
    const chosen =
      details.find(setsApart) ?? details.find((detail) => group.some((item) => detail(item)));
    for (const item of group) told.set(item.id, chosen?.(item) || null);
  }

  return told;
}

function listed(locale: string, names: string[]): string | null {
  if (names.length === 0) return null;

  return new Intl.ListFormat(locale, { type: "conjunction" }).format(names);
}
