/*
 * Lists of ids bound into one `in (...)` grow with the district: SQLite takes at most 32,766
 * bound values a statement and PostgreSQL 65,535 (a district's 100,000 students are past
 * both). Such lists are sent in slices that stay far below either limit.
 */

const sliceSize = 500;

/** The items in order, in slices of at most 500. */
export function slices<T>(items: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += sliceSize) {
    result.push(items.slice(start, start + sliceSize));
  }

  return result;
}

/** Runs `read` on each slice of `items` and returns every row, slice after slice. */
export async function readInSlices<T, Row>(
  items: readonly T[],
  read: (slice: T[]) => Promise<Row[]>,
): Promise<Row[]> {
  const rows: Row[] = [];
  for (const part of slices(items)) rows.push(...(await read(part)));

  return rows;
}
