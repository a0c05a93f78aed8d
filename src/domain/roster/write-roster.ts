import type { Kysely } from "kysely";
import type * as rosterStore from "../../db/roster-store.ts";
import type { Database, PersonRole } from "../../db/schema.ts";
import type { Translate } from "../../i18n/translate.ts";
import {
  administersSchoolsOnly,
  isWholeTruth,
  placeOfOrg,
  type RosterCheck,
  rowsIn,
} from "./check-roster.ts";
import { CheckedBatches } from "./checked-batches.ts";
import type {
  CheckedRow,
  CheckedRows,
  ClassValues,
  EnrollmentValues,
  PersonValues,
} from "./checked-rows.ts";
import type { RosterFileKind } from "./roster-files.ts";
import { noCounts, type Problem, problemOf, type RosterCounts, say } from "./roster-report.ts";
import { RowIds } from "./row-ids.ts";

/*
 * Rows the import makes get time-ordered ids (UUID version 7, row-ids.ts): each new row's key
 * then lands at the end of its table's primary key index instead of at a random place in it,
 * which halved the time the database took to store a 100,000-student district. The time in the
 * id is the import's, which the row's created_at says anyway.
 */

/*
 * The writing, inside the import's transaction: stores the rows the check kept, in batches, then
 * deactivates what a bulk file no longer lists.
 */

export type RosterStore = typeof rosterStore;

export interface WriteOptions {
  db: Kysely<Database>;
  store: RosterStore;
  check: RosterCheck;
  rows: CheckedRows;
  districtId: string;
  importId: string;
  now: string;
  t: Translate;
  /** What was written while the check read the export (a district's first roster). */
  along?: WritingAlong;
}

/**
 * The writing's own: the ids it makes for new rows, and whether the district has nobody yet (its
 * first roster: no row can be there already, so rows are inserted without asking).
 */
type Writing = WriteOptions & {
  ids: RowIds;
  firstRoster: boolean;
  batchRows: number;
  /** What the writing knows of each file's inactive rows, to count those it makes active. */
  inactive: ReadonlyMap<ReactivatedKind, InactiveRows>;
};

/** Rows the writing deactivated, by file: marked for removal, or missing from a bulk file. */
export interface Deactivated {
  kind: RosterFileKind;
  marked: number;
  unlisted: number;
}

type ReactivatedKind = "users" | "classes" | "enrollments";

/**
 * A table's inactive roster rows before the writing: their roster ids, read at once when they
 * are few; or "ask", when there are too many to keep, so each batch asks about its own rows.
 */
type InactiveRows = Set<string> | "ask";

/** Rows that were inactive and that the writing made active again, by file. */
export interface Reactivated {
  kind: ReactivatedKind;
  count: number;
}

/**
 * A kept row disagrees with what the check settled about it: a fault of the app, not of the
 * export. The import is undone and reports the failure.
 */
class CheckedRowsError extends Error {
  constructor(kind: RosterFileKind, line: number | null) {
    super(`the checked ${kind} row${line ? ` of line ${line}` : "s"} cannot be written`);
    this.name = "CheckedRowsError";
  }
}

/** Writes every valid row of a checked export; the caller holds the transaction. */
export async function writeRoster(written: WriteOptions) {
  const { along } = written;
  const firstRoster =
    along !== undefined || !(await written.store.hasRosterPeople(written.db, written.districtId));
  const ids = along?.ids ?? new RowIds();
  const batchRows = written.store.batchRows(written.db);
  const inactive = firstRoster ? new Map() : await inactiveRowsOf(written);
  const options: Writing = { ...written, ids, firstRoster, batchRows, inactive };
  const tally = along?.tally ?? {
    counts: noCounts(),
    deactivated: new Map(),
    reactivated: new Map(),
  };
  const { counts, deactivated, reactivated } = tally;

  await writeDistrict(options);
  const notes: Problem[] = [];
  const schools = await writeSchools(options, counts, notes);
  await writeOrgTree(options);
  if (along) await along.settlePeople(options, schools);
  await writePeople(options, { ...tally, schools }, options.rows.people());
  // The import is one transaction: PostgreSQL would plan what follows for empty tables.
  await options.store.refreshStatistics(options.db, ["people", "person_schools"]);
  const classes = await writeClasses(options, { ...tally, schools }, along?.classIds);
  const classId = (sourceId: string) => classes.get(sourceId);
  await writeEnrollments(options, tally, classId, options.rows.enrollments());
  await writeLinks(options, counts);
  await options.store.refreshStatistics(options.db, ["classes", "enrollments", "guardian_links"]);
  await keepInvalidRows(options);
  await deactivateUnlisted(options, deactivated);
  // A link to someone this import deactivated (a guardian a bulk file no longer lists) is
  // written and then turned off with them: the report counts the links that stand. Counted
  // before the links of rows with errors are kept, which takes them as this import's too.
  const { db, store, districtId, importId } = options;
  counts.guardianLinks -= await store.countLinksLeftInactive(db, { districtId, importId });
  await keepLinksOfInvalidRows(options);
  await deactivateUnlistedLinks(options);

  const madeActive = [...reactivated].map(([kind, count]) => ({ kind, count }));
  return { counts, deactivated: [...deactivated.values()], reactivated: madeActive, notes };
}

interface Tally {
  counts: RosterCounts;
  deactivated: Map<RosterFileKind, Deactivated>;
  reactivated: Map<ReactivatedKind, number>;
}

/** The most inactive roster ids of a table the writing keeps (about 8 MB). */
const keptInactiveIds = 100_000;

/**
 * The inactive rows of each table the export's files write, before the writing. Their ids are
 * kept when they are at most twice the file's rows: reading a row's id took a third of the time
 * of asking the database about a row of the file (SQLite, 1 µs), and a district's history of
 * people who left can outgrow what it has active. A table with none is left out.
 */
async function inactiveRowsOf({ db, store, check, districtId }: WriteOptions) {
  const inactive = new Map<ReactivatedKind, InactiveRows>();
  for (const kind of ["users", "classes", "enrollments"] as const) {
    if (rowsIn(check, kind) === 0) continue;
    const most = Math.min(keptInactiveIds, 2 * rowsIn(check, kind));
    const ids = await store.inactiveRosterIds(db, tableOf[kind], { districtId, most: most + 1 });
    if (ids.length === 0) continue;

    inactive.set(kind, ids.length > most ? "ask" : new Set(ids));
  }

  return inactive;
}

/**
 * Counts the rows of a batch, before it is stored, that were inactive and that it makes active
 * again. One that goes inactive again with its person or class is still counted: an export
 * rarely lists an enrollment as active with a person it marks for removal.
 */
async function countReactivated(
  options: Writing,
  tally: Tally,
  batch: { kind: ReactivatedKind; rows: readonly { sourceId: string; active: boolean }[] },
) {
  const { db, store, districtId } = options;
  const inactive = options.inactive.get(batch.kind);
  if (!inactive) return;

  const sourceIds = batch.rows.flatMap((row) => (row.active ? [row.sourceId] : []));
  const table = tableOf[batch.kind];
  const count =
    inactive === "ask"
      ? await store.countInactiveRosterRows(db, table, { districtId, sourceIds })
      : sourceIds.filter((sourceId) => inactive.has(sourceId)).length;
  const { reactivated } = tally;
  if (count > 0) reactivated.set(batch.kind, (reactivated.get(batch.kind) ?? 0) + count);
}

function markRemoved(tally: Tally, kind: RosterFileKind, active: boolean) {
  const entry = tally.deactivated.get(kind) ?? { kind, marked: 0, unlisted: 0 };
  if (!active) entry.marked += 1;
  tally.deactivated.set(kind, entry);
}

async function writeDistrict({ db, store, check, districtId }: Writing) {
  if (!check.district) return;

  await store.nameDistrict(db, districtId, {
    sourceId: check.district.sourcedId,
    name: check.district.name,
  });
}

/**
 * A district set up by hand has one school without a roster id; when the roster brings exactly
 * one school, it is that school, and it keeps its Math Vision. Returns school ids by roster id.
 */
async function writeSchools(options: Writing, counts: RosterCounts, notes: Problem[]) {
  const { db, store, check, districtId, now } = options;
  const schools = [...check.schoolIds].map((sourceId) => {
    const org = check.orgs.get(sourceId);
    const active = org?.active ?? true;
    return { id: options.ids.next(), sourceId, name: org?.name ?? sourceId, active };
  });
  const existing = await store.listSchools(db, districtId);
  const [setUp] = existing;
  const handMade = existing.length === 1 && setUp?.source_id === null ? setUp : undefined;
  const adopted = handMade && rosterSchoolOf(handMade, schools);

  if (handMade && adopted) {
    await store.adoptSchool(db, handMade.id, { ...adopted, now });
    if (handMade.name !== adopted.name) {
      notes.push(adoptedSchool(options, handMade.name, adopted.name));
    }
  }
  const others = schools.filter((school) => school !== adopted);
  if (others.length > 0) {
    const settings = setUp
      ? { timeZone: setUp.time_zone, checkInCadenceDays: setUp.check_in_cadence_days }
      : store.defaultSchoolSettings;
    await store.upsertSchools(db, { districtId, now, schools: others, settings });
    if (!adopted) notes.push(...unmatchedSchools(options, existing, schools.length));
  }
  counts.schools = schools.length;

  const all = await store.listSchools(db, districtId);
  return new Map(
    all.flatMap((school) => (school.source_id ? [[school.source_id, school.id]] : [])),
  );
}

/**
 * Keeps the district's tree of orgs as orgs.csv lists it (valid rows only), so that a later
 * export without orgs.csv, or without a department in it, still places the department's people
 * by its school (placeOfOrg). A bulk orgs.csv is the whole tree: what it no longer lists goes,
 * but for its rows with errors, which stay as they were.
 */
async function writeOrgTree({ db, store, check, districtId, importId }: Writing) {
  if (!check.read.has("orgs")) return;

  const orgs = [...check.orgs].flatMap(([sourceId, org]) =>
    org.valid ? [{ sourceId, type: org.type, name: org.name, parentId: org.parentId }] : [],
  );
  await store.upsertRosterOrgs(db, { districtId, importId, orgs });
  if (!isWholeTruth(check, "orgs")) return;

  const sourceIds = [...(check.invalidIds.get("orgs") ?? [])];
  await store.keepRosterOrgs(db, { districtId, importId, sourceIds });
  await store.removeUnseenRosterOrgs(db, { districtId, importId });
}

/**
 * The roster's school that the one set up by hand is: the roster's only school, else the one of
 * the same name (letter case and spaces aside), when exactly one has it.
 */
function rosterSchoolOf<School extends { name: string }>(
  handMade: { name: string },
  schools: School[],
) {
  if (schools.length === 1) return schools[0];
  const name = comparableName(handMade.name);
  const named = schools.filter((school) => comparableName(school.name) === name);

  return named.length === 1 ? named[0] : undefined;
}

const comparableName = (name: string) => name.trim().replace(/\s+/g, " ").toLocaleLowerCase();

/** The school set up by hand takes the roster's name: said, as it is the name everyone sees. */
function adoptedSchool({ check, t }: Writing, before: string, name: string): Problem {
  const file = check.layout.files.orgs?.name ?? "orgs.csv";
  const message = say("roster.school.adopted", { before, name });

  return problemOf(t, { file, line: null, column: "name", message });
}

/** Schools made in the app stay as they are beside the roster's: worth telling the importer. */
function unmatchedSchools(
  { check, t }: Writing,
  existing: { source_id: string | null; name: string }[],
  count: number,
): Problem[] {
  const file = check.layout.files.orgs?.name ?? "orgs.csv";

  return existing
    .filter((school) => school.source_id === null)
    .map((school) =>
      problemOf(t, {
        file,
        line: null,
        column: null,
        message: say("roster.school.notMatched", { name: school.name, count }),
      }),
    );
}

/**
 * A batch's work in two steps: `prepare` makes its rows (the app's work) and `store` writes them.
 * The next batch is prepared while one is being stored, so that PostgreSQL's work on one overlaps
 * the app's on the other; with both in one step the server waited a quarter of the writing.
 */
interface BatchWork<T, Prepared> {
  prepare: (batch: CheckedRow<T>[]) => Prepared | Promise<Prepared>;
  store: (prepared: Prepared) => Promise<void>;
}

/**
 * Hands the rows the check kept to `work`, a batch at a time, leaving out those it skipped
 * after keeping them (a reference that turned out missing, a person left without a role).
 */
async function inBatches<T, Prepared>(
  kind: RosterFileKind,
  options: Writing,
  kept: AsyncIterable<CheckedRow<T>[]>,
  work: BatchWork<T, Prepared>,
) {
  const skipped = options.check.skippedLines.get(kind);
  let batch: CheckedRow<T>[] = [];
  const storing = new OneInFlight();
  try {
    for await (const rows of kept) {
      for (const row of rows) {
        if (skipped?.has(row.line)) continue;
        batch.push(row);
        if (batch.length < options.batchRows) continue;

        const prepared = await work.prepare(batch);
        batch = [];
        await storing.start(() => work.store(prepared));
      }
    }
  } finally {
    await storing.settle();
  }
  await storing.finish();
  if (batch.length > 0) await work.store(await work.prepare(batch));
}

/**
 * Stores one batch while the next is made ready: PostgreSQL's work on one then overlaps the
 * app's on the other (SQLite's calls are synchronous, so nothing overlaps there). One batch at
 * most is in flight, and none is left running when the work stops.
 */
class OneInFlight {
  private storing: Promise<void> = Promise.resolve();

  async start(store: () => Promise<void>) {
    await this.storing;
    this.storing = store();
    // Its failure is thrown where it is awaited; until then it is not an unhandled one.
    this.storing.catch(() => undefined);
  }

  /** Waits for the batch in flight and throws its failure. */
  finish() {
    return this.storing;
  }

  /** Waits for the batch in flight when the work stopped on a failure of its own. */
  settle() {
    return this.storing.catch(() => undefined);
  }
}

/**
 * Writes people a batch at a time. Without the schools (people written along the check), their
 * schools are left for `WritingAlong.settlePeople`, which knows them once the check has ended.
 */
async function writePeople(
  options: Writing,
  tally: Tally & { schools: Map<string, string> | undefined; administrators?: number[] },
  kept: AsyncIterable<CheckedRow<PersonValues>[]>,
) {
  const { db, store, check, districtId, importId, now, firstRoster } = options;
  const facts = check.people;

  const prepare = (batch: CheckedRow<PersonValues>[]) => {
    // Known once the check has read a row of users.csv (the writing may start before).
    const columns = check.personColumns;
    const people = batch.map(({ value, line }) => {
      const index = value.person;
      const role = index === -1 ? undefined : facts.role(index);
      if (!role || !facts.valid(index) || facts.line(index) !== line) {
        throw new CheckedRowsError("users", line);
      }
      countPerson(tally.counts, role);
      markRemoved(tally, "users", value.active);
      // The check may have taken a person's rights away (an administrator of no school).
      const active = value.active && facts.active(index);
      if (active && role === "administrator") tally.administrators?.push(index);
      return personWrite(options.ids.next(), value, role, index, active);
    });
    if (!columns) throw new CheckedRowsError("users", null);
    if (!firstRoster) return { people, columns, schools: null };

    // A first roster's people keep the ids made here, so their schools are known before storing.
    for (const person of people) facts.setStoredId(person.index, person.id);
    const schools = tally.schools && personSchoolsOf(options, people, tally.schools);
    return { people, columns, schools: schools ?? null };
  };

  const storePeople = async (prepared: ReturnType<typeof prepare>) => {
    const { people, columns } = prepared;
    const write = { districtId, importId, now, people, columns, firstRoster };
    await countReactivated(options, tally, { kind: "users", rows: people });
    // Returning what was stored costs SQLite a tenth of the people's time; a first roster knows.
    const stored = await store.upsertPeople(db, write);
    // Rows come back in the order they went in; one that does not is found by its roster id.
    stored.forEach((row, at) => {
      if (!row.source_id) return;
      const sent = people[at];
      const index = sent?.sourceId === row.source_id ? sent.index : facts.indexOf(row.source_id);
      facts.setStoredId(index, row.id);
    });
    if (!tally.schools) return;

    const schools = prepared.schools ?? personSchoolsOf(options, people, tally.schools);
    await store.replacePersonSchools(db, { districtId, ...schools, firstRoster });
  };

  await inBatches("users", options, kept, { prepare, store: storePeople });
}

/*
 * The rows to store are made field by field: on Node 20, an object spread with fields added
 * after it (`{ ...value, id }`) took about 5 µs a row, a tenth of the district's import.
 */

function personWrite(
  id: string,
  value: PersonValues,
  role: PersonRole,
  index: number,
  active: boolean,
) {
  return {
    id,
    sourceId: value.sourcedId,
    role,
    index,
    givenName: value.givenName,
    familyName: value.familyName,
    preferredName: value.preferredName,
    preferredLanguage: value.preferredLanguage,
    email: value.email,
    phone: value.phone,
    grades: value.grades,
    active,
  };
}

function classWrite(id: string, value: ClassValues, schoolId: string) {
  return {
    id,
    sourceId: value.sourcedId,
    schoolId,
    title: value.title,
    classCode: value.classCode,
    grades: value.grades,
    active: value.active,
  };
}

function enrollmentWrite(id: string, value: EnrollmentValues, personId: string, classId: string) {
  return {
    id,
    sourceId: value.sourcedId,
    classId,
    personId,
    role: value.role,
    active: value.active,
  };
}

function countPerson(counts: RosterCounts, role: string) {
  if (role === "teacher") counts.teachers += 1;
  if (role === "student") counts.students += 1;
  if (role === "guardian") counts.guardians += 1;
  if (role === "administrator") counts.administrators = (counts.administrators ?? 0) + 1;
}

/** The schools of a batch's people, and who of them the district had (their schools replaced). */
function personSchoolsOf(
  { check }: Writing,
  people: { id: string; index: number }[],
  schools: Map<string, string>,
) {
  const facts = check.people;
  // Only people the district already had (they kept their own id) can have schools to replace.
  const personIds: string[] = [];
  const links: { personId: string; schoolId: string }[] = [];
  for (const person of people) {
    const index = person.index;
    const personId = facts.storedId(index);
    if (!personId) continue;

    if (personId !== person.id) personIds.push(personId);
    // An administrator the roster lists at the district too administers the whole district:
    // their schools are not written, as the policy reads schools as a limit on their rights.
    const administrator = facts.role(index) === "administrator";
    if (administrator && !administersSchoolsOnly(check, index)) continue;
    const first = links.length;
    // An administrator's schools are where their rights lie: their administrator roles' orgs.
    for (const orgId of administrator ? facts.administeredOrgIds(index) : facts.orgIds(index)) {
      // A department stands for its school, which the person may be listed at as well.
      const place = placeOfOrg(check, orgId);
      const schoolId = typeof place === "string" ? schools.get(place) : undefined;
      if (schoolId && !listedFrom(links, first, schoolId)) links.push({ personId, schoolId });
    }
  }

  return { personIds, links };
}

/** Whether the links from `first` on (one person's) hold this school. */
function listedFrom(links: { schoolId: string }[], first: number, schoolId: string) {
  for (let at = first; at < links.length; at += 1) {
    if (links[at]?.schoolId === schoolId) return true;
  }

  return false;
}

/** `given`: ids already given to classes (enrollments written along the check name them). */
async function writeClasses(
  options: Writing,
  tally: Tally & { schools: Map<string, string> },
  given?: Map<string, string>,
) {
  const { db, store, check, districtId, importId, now } = options;
  const ids = new Map<string, string>();

  const prepare = (batch: CheckedRow<ClassValues>[]) =>
    batch.map(({ value, line }) => {
      const facts = check.classes.get(value.sourcedId);
      const schoolId = tally.schools.get(value.schoolId);
      if (!facts?.valid || facts.line !== line || !schoolId) {
        throw new CheckedRowsError("classes", line);
      }
      tally.counts.classes += 1;
      markRemoved(tally, "classes", value.active);
      return classWrite(given?.get(value.sourcedId) ?? options.ids.next(), value, schoolId);
    });
  const storeClasses = async (classes: ReturnType<typeof prepare>) => {
    await countReactivated(options, tally, { kind: "classes", rows: classes });
    const stored = await store.upsertClasses(db, { districtId, importId, now, classes });
    for (const klass of stored) if (klass.source_id) ids.set(klass.source_id, klass.id);
  };

  await inBatches("classes", options, options.rows.classes(), { prepare, store: storeClasses });

  return ids;
}

/**
 * The people and classes of enrollments that this import did not write (the district had them
 * and the export does not list them); those it wrote are known in memory.
 */
async function idsFromDistrict(
  { db, store, districtId }: Writing,
  batch: CheckedRow<EnrollmentValues>[],
  known: { personIds: (string | undefined)[]; classIds: (string | undefined)[] },
) {
  const people: string[] = [];
  const classes: string[] = [];
  batch.forEach(({ value }, at) => {
    if (known.personIds[at] === undefined) people.push(value.userId);
    if (known.classIds[at] === undefined) classes.push(value.classId);
  });

  return {
    people: await store.idsBySource(db, "people", districtId, people),
    classes: await store.idsBySource(db, "classes", districtId, classes),
  };
}

async function writeEnrollments(
  options: Writing,
  tally: Tally,
  klass: (sourceId: string) => string | undefined,
  kept: AsyncIterable<CheckedRow<EnrollmentValues>[]>,
) {
  const { db, store, check, districtId, importId, now } = options;

  const prepare = async (batch: CheckedRow<EnrollmentValues>[]) => {
    const personIds = batch.map(({ value }) => check.people.storedId(value.person));
    const classIdsOf = batch.map(({ value }) => klass(value.classId));
    const outside = await idsFromDistrict(options, batch, { personIds, classIds: classIdsOf });

    return batch.map(({ value, line }, at) => {
      const personId = personIds[at] ?? outside.people.get(value.userId);
      const classId = classIdsOf[at] ?? outside.classes.get(value.classId);
      if (!personId || !classId) throw new CheckedRowsError("enrollments", line);
      tally.counts.enrollments += 1;
      markRemoved(tally, "enrollments", value.active);
      return enrollmentWrite(options.ids.next(), value, personId, classId);
    });
  };
  const storeEnrollments = async (enrollments: Awaited<ReturnType<typeof prepare>>) => {
    await countReactivated(options, tally, { kind: "enrollments", rows: enrollments });
    const write = { districtId, importId, now, enrollments, firstRoster: options.firstRoster };
    await store.upsertEnrollments(db, write);
  };

  await inBatches("enrollments", options, kept, { prepare, store: storeEnrollments });
}

async function writeLinks(options: Writing, counts: RosterCounts) {
  const { db, store, check, districtId, importId, now, firstRoster } = options;
  const { guardians } = check.links;
  const storing = new OneInFlight();
  try {
    const { batchRows } = options;
    for (let start = 0; start < guardians.length; start += batchRows) {
      const links = await linksFrom(options, start, Math.min(start + batchRows, guardians.length));
      await storing.start(() =>
        store.upsertGuardianLinks(db, { districtId, importId, now, links, firstRoster }),
      );
      counts.guardianLinks += links.length;
    }
  } finally {
    await storing.settle();
  }
  await storing.finish();
}

/** The family links from `start` to `end`, with our ids of the people they join. */
async function linksFrom(options: Writing, start: number, end: number) {
  const { db, store, check, districtId } = options;
  const { guardians, students, outside } = check.links;
  // People outside the export are the district's: looked up, a batch at a time.
  const outsideIds: string[] = [];
  for (let at = start; at < end; at += 1) {
    for (const number of [guardians[at] as number, students[at] as number]) {
      if (number < 0) outsideIds.push(outside[-number - 1] as string);
    }
  }
  const found = await store.idsBySource(db, "people", districtId, outsideIds);
  const idOf = (number: number) =>
    number >= 0 ? check.people.storedId(number) : found.get(outside[-number - 1] as string);
  const links: { id: string; guardianId: string; studentId: string }[] = [];
  for (let at = start; at < end; at += 1) {
    const guardianId = idOf(guardians[at] as number);
    const studentId = idOf(students[at] as number);
    if (guardianId && studentId) links.push({ id: options.ids.next(), guardianId, studentId });
  }

  return links;
}

/** Rows a file lists but that had errors stay as they were: listed, so not removed. */
async function keepInvalidRows({ db, store, check, districtId, importId }: Writing) {
  const ids = (kind: RosterFileKind) => [...(check.invalidIds.get(kind) ?? [])];
  const write = { districtId, importId };

  await store.keepRows(db, "people", { ...write, sourceIds: ids("users") });
  await store.keepRows(db, "classes", { ...write, sourceIds: ids("classes") });
  await store.keepRows(db, "enrollments", { ...write, sourceIds: ids("enrollments") });
}

/** The family links of people whose rows had errors stay too, while both people are active. */
async function keepLinksOfInvalidRows({ db, store, check, districtId, importId }: Writing) {
  const personSourceIds = [...(check.invalidIds.get("users") ?? [])];

  await store.keepLinksOf(db, { districtId, importId, personSourceIds });
}

const tableOf = { users: "people", classes: "classes", enrollments: "enrollments" } as const;

/** A bulk file is the whole truth: what it does not list is deactivated (never deleted). */
async function deactivateUnlisted(options: Writing, deactivated: Map<RosterFileKind, Deactivated>) {
  const { db, store, check, districtId, importId, now, firstRoster } = options;
  const write = { districtId, importId, now };
  // Before its first roster a district has no roster people, so no roster enrollments or family
  // links either (they hang on people): none can be unlisted (rows made in the app never are).
  // Classes can be there, from a roster of none.
  const unlistedIn = (kind: keyof typeof tableOf) =>
    firstRoster && kind !== "classes" ? 0 : store.deactivateUnseen(db, tableOf[kind], write);

  for (const kind of ["users", "classes", "enrollments"] as const) {
    if (!isWholeTruth(check, kind)) continue;

    const unlisted = await unlistedIn(kind);
    const entry = deactivated.get(kind) ?? { kind, marked: 0, unlisted: 0 };
    deactivated.set(kind, { ...entry, unlisted });
  }

  await store.deactivateWhatHangsOnInactive(db, { districtId, now });
}

/** A bulk users.csv is the whole truth of family links too: those it no longer makes go. */
async function deactivateUnlistedLinks(options: Writing) {
  const { db, store, check, districtId, importId, now, firstRoster } = options;
  // Before its first roster a district has no roster people, so no roster family links.
  if (!isWholeTruth(check, "users") || firstRoster) return;

  await store.deactivateUnseen(db, "guardian_links", { districtId, importId, now });
}

/**
 * A district's first roster is written while it is checked (mayWriteAlong): its people as
 * users.csv is read, its enrollments as enrollments.csv is. PostgreSQL stores the rows while the
 * app reads the rest (one waited for the other through a district's import); SQLite, whose calls
 * run on the app's thread, is spared the temporary file of checked rows (checked-rows.ts). The
 * check hands over only rows nothing later in the export can change (CheckedRows.handOver); what
 * only the whole export settles is written after it: people's schools, administrators left with
 * no school to run, classes (with the ids enrollments already name), family links. The
 * references are checked once before the commit, so enrollments may go in before their classes;
 * a refused export undoes the transaction like any failure.
 */
export class WritingAlong {
  readonly people = new CheckedBatches<PersonValues>();
  readonly enrollments = new CheckedBatches<EnrollmentValues>();
  readonly ids = new RowIds();
  readonly tally: Tally = { counts: noCounts(), deactivated: new Map(), reactivated: new Map() };
  /** Ids given to the classes that enrollments written along name; the classes take them. */
  readonly classIds = new Map<string, string>();
  /** Administrators written active: the check may yet find they have no school to run. */
  private readonly administrators: number[] = [];
  private writing: Promise<void> = Promise.resolve();
  private failure: { error: unknown } | undefined;

  /** Starts writing what the check hands over; `check` is the check under way. */
  start(options: Omit<WriteOptions, "along">) {
    const batchRows = options.store.batchRows(options.db);
    const inactive = new Map<ReactivatedKind, InactiveRows>();
    const writing: Writing = { ...options, ids: this.ids, firstRoster: true, batchRows, inactive };
    this.writing = this.write(writing).catch((error: unknown) => {
      this.failure = { error };
      this.people.fail(error);
      this.enrollments.fail(error);
      throw error;
    });
    // Its failure is thrown where it is awaited (finish); until then it is not an unhandled one.
    this.writing.catch(() => undefined);
  }

  /** Whether this error is the writing's own (the check stopped because the writing failed). */
  failedWith(error: unknown) {
    return this.failure !== undefined && this.failure.error === error;
  }

  /** Nothing more is handed over: waits for the rest to be written, throws the failure. */
  async finish() {
    this.people.close();
    this.enrollments.close();
    await this.writing;
  }

  private async write(options: Writing) {
    const tally = { ...this.tally, schools: undefined, administrators: this.administrators };
    await writePeople(options, tally, this.people);
    await writeEnrollments(options, this.tally, (id) => this.classIdOf(id), this.enrollments);
  }

  private classIdOf(sourceId: string) {
    let id = this.classIds.get(sourceId);
    if (id === undefined) {
      id = this.ids.next();
      this.classIds.set(sourceId, id);
    }

    return id;
  }

  /**
   * Once the check has ended and the schools are written: the schools of the people written
   * along, and administrators the check left with no school to run made inactive.
   */
  async settlePeople(options: Writing, schools: Map<string, string>) {
    const { db, store, check, districtId, now } = options;
    const facts = check.people;
    const deactivated = this.administrators.filter((index) => !facts.active(index));
    const ids = deactivated.flatMap((index) => facts.storedId(index) ?? []);
    await store.deactivatePeople(db, { districtId, ids, now });

    // The next batch's schools are found while the server stores the last one (OneInFlight).
    let batch: { id: string; index: number }[] = [];
    const storing = new OneInFlight();
    const writeSchools = async () => {
      const { links } = personSchoolsOf(options, batch, schools);
      batch = [];
      await storing.start(() =>
        store.replacePersonSchools(db, { districtId, personIds: [], links, firstRoster: true }),
      );
    };
    try {
      for (let index = 0; index < facts.size; index += 1) {
        const id = facts.storedId(index);
        if (id === undefined) continue;
        batch.push({ id, index });
        if (batch.length >= options.batchRows) await writeSchools();
      }
      if (batch.length > 0) await writeSchools();
    } finally {
      await storing.settle();
    }
    await storing.finish();
  }
}
