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
  for (const sourceIds of inChunks(listedPeople(check))) {
    const counts = await store.countActiveRosterPeople(db, { districtId, sourceIds });
    for (const [role, count] of counts) listed.set(role, (listed.get(role) ?? 0) + count);
  }

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
  for await (const sourceIds of listedIds) {
    listed += await store.countActiveRosterRows(db, kind, { districtId, sourceIds });
  }

  return { kind, file: fileName(check, kind), count: Math.max(0, active - listed), active };
}
