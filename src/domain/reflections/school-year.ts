/*
 * The school year a day falls in. Schools here start their year in August, so a day from
 * August 1 on belongs to the year that ends the next summer: 2026-09-14 is in "2026-2027".
 */

const firstMonth = 8;

/** The label of the school year of a calendar day (YYYY-MM-DD), e.g. "2026-2027". */
export function schoolYearOf(day: string): string {
  const [year = 1970, month = 1] = day.split("-").map(Number);
  const startYear = month >= firstMonth ? year : year - 1;

  return `${startYear}-${startYear + 1}`;
}

/** The first day (YYYY-MM-DD) of a school year label. */
export function firstDayOf(schoolYear: string): string {
  const startYear = Number(schoolYear.slice(0, 4));

  return `${startYear}-${String(firstMonth).padStart(2, "0")}-01`;
}
