/**
 * The grades a roster gives a person: OneRoster writes a list ("01,02"), most often of one.
 * Each grade once, as written, without the spaces some exports put after the commas.
 */
export function gradesOf(list: string | null | undefined): string[] {
  if (!list) return [];

  return [...new Set(list.split(",").map((grade) => grade.trim()))].filter((grade) => grade);
}
