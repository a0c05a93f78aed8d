import { z } from "zod";

/** The program page's filters, read from the address: unknown or overlong values are ignored. */
export interface ProgramFilters {
  teacherId: string | null;
  grade: string | null;
  classId: string | null;
  /** The name of a closed school year to show; null for the current year. */
  closedYear: string | null;
}

const filterValue = z
  .string()
  .trim()
  .max(100)
  .optional()
  .catch(undefined)
  .transform((value) => value || null);

const filtersInput = z.object({
  teacher: filterValue,
  grade: filterValue,
  class: filterValue,
  year: filterValue,
});

/** A filter that matches nothing shows empty figures, which is the honest answer. */
export function parseProgramFilters(query: Record<string, string | undefined>): ProgramFilters {
  const parsed = filtersInput.parse(query);

  return {
    teacherId: parsed.teacher,
    grade: parsed.grade,
    classId: parsed.class,
    closedYear: parsed.year,
  };
}

/** The filters as an address query, for links that keep them (the CSV export, grade PDFs). */
export function filtersQuery(filters: ProgramFilters): string {
  const query = new URLSearchParams();
  if (filters.teacherId) query.set("teacher", filters.teacherId);
  if (filters.grade) query.set("grade", filters.grade);
  if (filters.classId) query.set("class", filters.classId);
  if (filters.closedYear) query.set("year", filters.closedYear);

  return query.toString();
}
