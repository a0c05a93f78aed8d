import type { Kysely } from "kysely";
import type { Database, PersonRole } from "../../db/schema.ts";
import { isWholeTruth, type RosterCheck } from "./check-roster.ts";
import type { CheckedRows } from "./checked-rows.ts";
import type { UnlistedRows } from "./roster-report.ts";
import type { RosterStore } from "./write-roster.ts";

/*
 * What importing a refused export's valid rows would deactivate, told before the administrator
 * chooses to: the district's active roster rows that a bulk file does not list at all. Rows it
 * lists with errors are kept as they are (keepInvalidRows), so they count as listed. The
 * database counts the district's active rows, then those among the ids the file lists, a chunk
 * of ids at a time; the difference is what the file leaves out. No row of the district is
 * loaded, and no list of a whole file's ids is made.
 *
 * Like the import's own report, this counts each file's rows: not the enrollments and family
 * links that go along with a deactivated person or class.
 */

export interface CountUnlistedOptions {
  db: Kysely<Database>;
  store: RosterStore;
  check: RosterCheck;
  rows: CheckedRows;
  districtId: string;
}

/**
 * When an update import stops to ask before writing (import-roster.ts): a bulk file would make
 * inactive more than a tenth of the district's active rows of its kind, and more than 20 rows.
 * A truncated export, or another district's, leaves out most of a district; students moving
 * away or a class closing leave out a small part of it, and the floor keeps a district of a
 * few dozen people from being asked about a handful. A new school year's classes and
 * enrollments can pass it: asking once a year costs a click.
 */
export const askBeforeDeactivating = { share: 0.1, rows: 20 } as const;

/** Whether a bulk file would deactivate enough that the import asks first. */
export function deactivatesMuch({ count, active }: Pick<UnlistedRows, "count" | "active">) {
  return count > askBeforeDeactivating.rows && count > active * askBeforeDeactivating.share;
}

/** Files that would deactivate rows, with how many; empty when none would. */
export async function countUnlisted(options: CountUnlistedOptions): Promise<UnlistedRows[]> {
  const { check, rows } = options;
  const counted: UnlistedRows[] = [];

  if (isWholeTruth(check, "users")) counted.push(await unlistedPeople(options));
  if (isWholeTruth(check, "classes")) {
    counted.push(await unlistedRows(options, "classes", inChunks(check.classes.keys())));
  }
  if (isWholeTruth(check, "enrollments")) {
    counted.push(await unlistedRows(options, "enrollments", listedEnrollments(check, rows)));
  }

  return counted.filter((entry) => entry.count > 0);
}

const chunkSize = 1000;

function* inChunks(ids: Iterable<string>): Generator<string[]> {
  let chunk: string[] = [];
  for (const id of ids) {
    // An id holding a NUL was refused and names no stored row; PostgreSQL takes no NUL in text.
    if (id.includes("\u0000")) continue;
    chunk.push(id);
    if (chunk.length < chunkSize) continue;

    yield chunk;
    chunk = [];
  }
  if (chunk.length > 0) yield chunk;
}

/** Every roster id of users.csv, with errors or not: the check keeps each once. */
function* listedPeople(check: RosterCheck) {
  const people = check.people;
  for (let index = 0; index < people.size; index += 1) yield people.sourceId(index);
}

/**
 * Every roster id of enrollments.csv, each once: the valid rows, from the rows the check kept
 * on disk, then those with errors that no valid row shares (a repeated id is both).
 */
async function* listedEnrollments(check: RosterCheck, rows: CheckedRows) {
  const invalid = new Set(check.invalidIds.get("enrollments"));
  for await (const batch of rows.enrollments()) {
    const ids = batch.map((row) => row.value.sourcedId);
    for (const id of ids) invalid.delete(id);
    yield ids;
  }
  yield* inChunks(invalid);
}

function fileName(check: RosterCheck, kind: UnlistedRows["kind"]) {
  return check.layout.files[kind]?.name ?? `${kind}.csv`;
}

async function unlistedPeople(options: CountUnlistedOptions): Promise<UnlistedRows> {
  const { db, store, check, districtId } = options;
  const active = await store.countActiveRosterPeople(db, { districtId });
  const listed = new Map<PersonRole, number>();
  // Nobody active (a district's first roster): nothing to count the file's ids against.
  const ids = active.size > 0 ? listedPeople(check) : [];
  await twoAtOnce(inChunks(ids), async (sourceIds) => {
    const counts = await store.countActiveRosterPeople(db, { districtId, sourceIds });
    for (const [role, count] of counts) listed.set(role, (listed.get(role) ?? 0) + count);
  });

  const left = (role: PersonRole) => Math.max(0, (active.get(role) ?? 0) - (listed.get(role) ?? 0));
  const roles = {
    administrator: left("administrator"),
    teacher: left("teacher"),
    student: left("student"),
    guardian: left("guardian"),
  };
  const sum = (counts: Iterable<number>) => [...counts].reduce((total, n) => total + n, 0);

  return {
    kind: "users",
    file: fileName(check, "users"),
    count: sum(Object.values(roles)),
    active: sum(active.values()),
    roles,
  };
}

async function unlistedRows(
  options: CountUnlistedOptions,
  kind: "classes" | "enrollments",
  listedIds: Iterable<string[]> | AsyncIterable<string[]>,
): Promise<UnlistedRows> {
  const { db, store, check, districtId } = options;
  const active = await store.countActiveRosterRows(db, kind, { districtId });
  let listed = 0;
  // None active (a district's first roster): the file's ids are not read (generators are lazy).
  if (active === 0) return { kind, file: fileName(check, kind), count: 0, active };

  await twoAtOnce(listedIds, async (sourceIds) => {
    // Added once counted: `listed += await ...` would add to what it read before the wait.
    const counted = await store.countActiveRosterRows(db, kind, { districtId, sourceIds });
    listed += counted;
  });

  return { kind, file: fileName(check, kind), count: Math.max(0, active - listed), active };
}

/**
 * Counts a chunk while the next is asked about: PostgreSQL then looks two chunks up at once, on
 * two of its connections, which took a third off the count (SQLite runs them one by one).
 */
async function twoAtOnce(
  chunks: Iterable<string[]> | AsyncIterable<string[]>,
  count: (sourceIds: string[]) => Promise<void>,
) {
  let previous: Promise<void> = Promise.resolve();
  for await (const sourceIds of chunks) {
    const current = count(sourceIds);
    // Its failure is thrown where it is awaited; until then it is not an unhandled one.
    current.catch(() => undefined);
    await previous;
    previous = current;
  }
  await previous;
}
