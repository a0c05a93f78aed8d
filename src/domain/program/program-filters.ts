import { z } from "zod";

/** The program page's filters, read from the address: unknown or overlong values are ignored. */
export interface ProgramFilters {
  /** One school of the viewer's: its plans only, and its teachers and classes in the lists. */
  schoolId: string | null;
  teacherId: string | null;
  grade: string | null;
  classId: string | null;
  /** The name of a closed school year to show; null for the current year. */
  closedYear: string | null;
}

/**
 * What was typed in the teacher and class filters when they ask for words (past a page of
 * choices): undefined when the field was not sent, "" when it was sent empty (every teacher).
 */
export interface TypedNames {
  teacher: string | undefined;
  klass: string | undefined;
}

/** What the page shows of the filtered figures beyond the filters themselves. */
export interface ProgramView {
  typed: TypedNames;
  /** The page of the per-teacher figures, from 1. */
  page: number;
}

/** The most characters of typed words read: as long as a name or a roster id reads. */
export const typedWordsLimit = 100;

/**
 * No id is this long. A longer one is kept cut short rather than dropped: dropped, it would show
 * the figures of every teacher (or class, school, grade) as if none were asked for; kept, it is
 * an unknown one, which counts nothing and is said so.
 */
const filterValueLimit = 200;

const filterValue = z
  .string()
  .optional()
  .catch(undefined)
  .transform((value) => value?.trim().slice(0, filterValueLimit) || null);

const filtersInput = z.object({
  school: filterValue,
  teacher: filterValue,
  grade: filterValue,
  class: filterValue,
  year: filterValue,
});

// Kept as sent, empty included: an emptied field means every teacher (or class) again.
const typedWords = z
  .string()
  .optional()
  .catch(undefined)
  .transform((value) => value?.trim().slice(0, typedWordsLimit));

const viewInput = z.object({
  teacherName: typedWords,
  className: typedWords,
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
});

/** A filter that matches nothing shows empty figures, which is the honest answer. */
export function parseProgramFilters(query: Record<string, string | undefined>): ProgramFilters {
  const parsed = filtersInput.parse(query);

  return {
    schoolId: parsed.school,
    teacherId: parsed.teacher,
    grade: parsed.grade,
    classId: parsed.class,
    closedYear: parsed.year,
  };
}

/** The typed words and the page of teachers; a page that is no number is the first. */
export function parseProgramView(query: Record<string, string | undefined>): ProgramView {
  const parsed = viewInput.parse(query);

  return {
    typed: { teacher: parsed.teacherName, klass: parsed.className },
    page: parsed.page ?? 1,
  };
}

/** The filters as an address query, for links that keep them (the CSV export, grade PDFs). */
export function filtersQuery(filters: ProgramFilters): string {
  const query = new URLSearchParams();
  if (filters.schoolId) query.set("school", filters.schoolId);
  if (filters.teacherId) query.set("teacher", filters.teacherId);
  if (filters.grade) query.set("grade", filters.grade);
  if (filters.classId) query.set("class", filters.classId);
  if (filters.closedYear) query.set("year", filters.closedYear);

  return query.toString();
}

/**
 * What the page reads of an address, written one way: its filters and view once parsed, in a
 * fixed order. Another order, spelling or parameter of the same page comes to the same query.
 */
export function programPageQuery(query: Record<string, string | undefined>): URLSearchParams {
  const params = new URLSearchParams(filtersQuery(parseProgramFilters(query)));
  const { typed, page } = parseProgramView(query);
  if (typed.teacher !== undefined) params.set("teacherName", typed.teacher);
  if (typed.klass !== undefined) params.set("className", typed.klass);
  if (page > 1) params.set("page", String(page));

  return params;
}
