import type { Kysely } from "kysely";
import { classesOfDistrict, classesTaughtBy } from "../../db/access-store.ts";
import {
  findActiveClass,
  findPersonName,
  listClassParticulars,
  listSchoolsTaughtAt,
  listStudentGrades,
  listTeachersOfDistrict,
  teachesAtSchools,
} from "../../db/program-store.ts";
import type { Database } from "../../db/schema.ts";
import type { Actor } from "../access/actor.ts";
import { personName } from "../plans/person-name.ts";
import type { ProgramFilters } from "./program-filters.ts";

/*
 * The choices of the program page's filters. Two teachers of the same name, or two classes of
 * the same title at the same school, would read as one choice: those, and only those, carry a
 * detail that tells them apart. A teacher's is the schools they teach at, else their email,
 * else their roster id; a class's is its code, else its teachers, else its roster id. Only
 * teachers are ever named: a class's students are not read.
 */

export interface FilterChoices {
  teachers: { id: string; name: string; detail: string | null }[];
  grades: string[];
  classes: { id: string; title: string; schoolName: string; detail: string | null }[];
}

type Db = Kysely<Database>;
type Detail<T> = (item: T) => string | null;

/**
 * The teachers, grades and classes the actor may filter the program figures by. A school's
 * administrator (schoolIds) is offered those of their schools only: the names of another
 * school's teachers and classes are not theirs to read.
 */
export async function readFilterChoices(
  db: Db,
  actor: Actor,
  ownClassesOnly: boolean,
  schoolIds: readonly string[] | null = null,
): Promise<FilterChoices> {
  return {
    teachers: await teacherChoices(db, actor, ownClassesOnly, schoolIds),
    grades: await listStudentGrades(db, actor.districtId, schoolIds),
    classes: await classChoices(db, actor, ownClassesOnly, schoolIds),
  };
}

/**
 * Whether a teacher or class chosen in the address is one a school's administrator is offered.
 * One of another school, typed in by hand, then matches no plan, as an unknown one does: else it
 * would count their schools' students taught in that school's classes.
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

async function teacherChoices(
  db: Db,
  actor: Actor,
  ownClassesOnly: boolean,
  schoolIds: readonly string[] | null,
) {
  if (ownClassesOnly) {
    const self = await findPersonName(db, actor.districtId, actor.personId);
    return self ? [{ id: self.id, name: personName(self), detail: null }] : [];
  }

  const rows = await listTeachersOfDistrict(db, actor.districtId, schoolIds);
  const teachers = rows.map((row) => ({ ...row, name: personName(row) }));
  const clashing = clashingGroups(teachers, (teacher) => teacher.name).flat();
  const schools = await listSchoolsTaughtAt(
    db,
    actor.districtId,
    clashing.map((teacher) => teacher.id),
    schoolIds,
  );
  const schoolsOf = (teacher: { id: string }) =>
    listed(
      actor.locale,
      schools.filter((row) => row.teacherId === teacher.id).map((row) => row.schoolName),
    );
  const details = tellApart(clashing, (teacher) => teacher.name, [
    schoolsOf,
    (teacher) => teacher.email,
    (teacher) => teacher.source_id,
  ]);

  return teachers.map(({ id, name }) => ({ id, name, detail: details.get(id) ?? null }));
}

/** The classes the program's reach covers: a teacher's own, or those of the schools reached. */
export async function classesInReach(
  db: Db,
  actor: Actor,
  ownClassesOnly: boolean,
  schoolIds: readonly string[] | null,
) {
  const rows = ownClassesOnly
    ? await classesTaughtBy(db, actor.districtId, actor.personId)
    : await classesOfDistrict(db, actor.districtId);

  return rows
    .filter((row) => !schoolIds || schoolIds.includes(row.schoolId))
    .map((row) => ({
      id: row.classId,
      title: row.classTitle,
      schoolName: row.schoolName,
    }));
}

async function classChoices(
  db: Db,
  actor: Actor,
  ownClassesOnly: boolean,
  schoolIds: readonly string[] | null,
) {
  const classes = await classesInReach(db, actor, ownClassesOnly, schoolIds);
  // The school is part of every class's choice already: only a clash within a school counts.
  const shown = (klass: (typeof classes)[number]) => `${klass.title}\u0000${klass.schoolName}`;
  const clashing = clashingGroups(classes, shown).flat();
  const particulars = await listClassParticulars(
    db,
    actor.districtId,
    clashing.map((klass) => klass.id),
  );
  const particularsOf = (klass: { id: string }) =>
    particulars.classes.find((row) => row.id === klass.id);
  const teachersOf = (klass: { id: string }) =>
    listed(
      actor.locale,
      particulars.teachers.filter((row) => row.classId === klass.id).map(personName),
    );
  const details = tellApart(clashing, shown, [
    (klass) => particularsOf(klass)?.class_code ?? null,
    teachersOf,
    (klass) => particularsOf(klass)?.source_id ?? null,
  ]);

  return classes.map((klass) => ({ ...klass, detail: details.get(klass.id) ?? null }));
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
