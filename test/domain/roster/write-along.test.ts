import { randomBytes } from "node:crypto";
import path from "node:path";
import { sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { generateDistrict, sizeForRows } from "../../../bench/district/generate-district.ts";
import { openDatabase } from "../../../src/db/connection.ts";
import * as rosterStore from "../../../src/db/roster-store.ts";
import type { ImportRosterOptions } from "../../../src/domain/roster/import-roster.ts";
import type { RosterCounts } from "../../../src/domain/roster/roster-report.ts";
import { adminQuery, dialects, freshDatabase, type TestDatabase } from "../../support/databases.ts";
import {
  createAdministrator,
  createDistrict,
  createSchool,
  createStudent,
} from "../../support/factories.ts";
import {
  type ExportEdits,
  exportWith,
  fixture,
  importInto,
  nothingStored,
  peopleOf,
  removeScratch,
  rosterRowCounts,
  scratchFolder,
} from "./roster-fixtures.ts";

/*
 * A district's first roster is written while it is checked (WritingAlong): people as users.csv
 * is read, enrollments as enrollments.csv is; on SQLite only for the server's first district.
 * These tests watch the order of the writing's calls, and that a refusal or a failure on either
 * side stores nothing.
 */

const riverside = fixture("small-district-1.1");
const lakeside = fixture("small-district-1.2");

type Store = typeof rosterStore;

/** The store, with the order of the writing's main calls kept, and some calls made to fail. */
function watchedStore(failing: Partial<Record<"upsertPeople" | "upsertEnrollments", Error>> = {}) {
  const calls: string[] = [];
  const original: Store = { ...rosterStore };
  const watch =
    <K extends keyof Store>(name: K, call: string) =>
    // biome-ignore lint/suspicious/noExplicitAny: the wrapped store functions differ in shape
    async (...args: any[]) => {
      calls.push(call);
      const failure = failing[name as keyof typeof failing];
      if (failure) throw failure;
      // biome-ignore lint/suspicious/noExplicitAny: as above
      return (original[name] as any)(...args);
    };
  const store: Store = {
    ...rosterStore,
    upsertSchools: watch("upsertSchools", "schools"),
    upsertPeople: watch("upsertPeople", "people"),
    upsertClasses: watch("upsertClasses", "classes"),
    upsertEnrollments: watch("upsertEnrollments", "enrollments"),
  };

  return { calls, store };
}

describe.each(dialects)("a first roster written along its check on %s", (dialect) => {
  let database: TestDatabase;
  let districtId: string;

  beforeEach(async () => {
    database = await freshDatabase(dialect);
    districtId = (await createDistrict(database.db, { name: "Riverside" })).id;
  });
  afterEach(async () => {
    await database.drop();
    removeScratch();
  });

  const run = (source: string, options: Partial<ImportRosterOptions> = {}) =>
    importInto(database.db, districtId, source, options);
  const riversideWith = (edits: ExportEdits) => exportWith(riverside, edits);
  const order = (calls: string[], first: string, then: string) =>
    calls.indexOf(first) < calls.indexOf(then);

  it("stores people and enrollments before the schools and classes the check settles last", async () => {
    const { calls, store } = watchedStore();
    const report = await run(riverside, { store });

    expect(report.imported).toBe(true);
    expect(report.counts).toMatchObject({ students: 3, enrollments: 5, guardianLinks: 2 });
    expect(order(calls, "people", "schools")).toBe(true);
    expect(order(calls, "enrollments", "classes")).toBe(true);
    const counts = await rosterRowCounts(database.db, districtId);
    expect(counts).toMatchObject({ people: 6, personSchools: 6, classes: 2, enrollments: 5 });
  });

  it("gives an administrator of no school no rights, though written before the check ended", async () => {
    const administrator = "a-1,,,true,dep-9,administrator,a-1,,Ada,Admin,,,,,,,,\n";
    const source = riversideWith({ "users.csv": (text) => text + administrator });

    const report = await run(source);

    expect(report.imported).toBe(true);
    const people = await peopleOf(database.db, districtId);
    expect(people.find((person) => person.source_id === "a-1")?.active).toBe(0);
    expect(people.find((person) => person.source_id === "t-1")?.active).toBe(1);
  });

  it("undoes the people it wrote when a later file refuses the export", async () => {
    const { calls, store } = watchedStore();
    const source = riversideWith({
      "enrollments.csv": (text) => `${text}e-9,,,c-404,sch-1,s-1,student,false,,\n`,
    });

    const report = await run(source, { store });

    expect(report.imported).toBe(false);
    expect(report.errors.map((error) => [error.file, error.line, error.column])).toEqual([
      ["enrollments.csv", 7, "classSourcedId"],
    ]);
    expect(calls.includes("people")).toBe(true);
    expect(await rosterRowCounts(database.db, districtId)).toEqual(nothingStored);
  });

  it("imports only the valid rows when asked, the refused enrollment left out", async () => {
    const source = riversideWith({
      "enrollments.csv": (text) => `${text}e-9,,,c-404,sch-1,s-1,student,false,,\n`,
    });

    const report = await run(source, { skipInvalid: true });

    expect(report.imported).toBe(true);
    expect(report.counts).toMatchObject({ students: 3, enrollments: 5 });
    expect(await rosterRowCounts(database.db, districtId)).toMatchObject({ enrollments: 5 });
  });

  it("stops the check when the writing fails, says so, and stores nothing", async () => {
    const { store } = watchedStore({ upsertPeople: new Error("the disk is full") });

    const report = await run(riverside, { store });

    expect(report.imported).toBe(false);
    expect(report.errors.map((error) => error.message)).toEqual([
      expect.stringContaining("the disk is full"),
    ]);
    expect(await rosterRowCounts(database.db, districtId)).toEqual(nothingStored);
  });

  it("stops reading a large export as soon as the writing fails, rather than waiting on it", async () => {
    // Many batches of people: more than the writing lets the check run ahead by.
    const source = path.join(scratchFolder(), "district");
    await generateDistrict({ size: sizeForRows(30_000), out: source, seed: 3 });
    const { calls, store } = watchedStore({ upsertPeople: new Error("the disk is full") });

    const report = await run(source, { store });

    expect(report.imported).toBe(false);
    expect(report.errors.map((error) => error.message)).toEqual([
      expect.stringContaining("the disk is full"),
    ]);
    expect(calls.filter((call) => call === "people")).toHaveLength(1);
    expect(await rosterRowCounts(database.db, districtId)).toEqual(nothingStored);
  });

  it("reports a failure of the last writing after the check has ended", async () => {
    const { store } = watchedStore({ upsertEnrollments: new Error("the connection dropped") });

    const report = await run(riverside, { store });

    expect(report.imported).toBe(false);
    expect(report.errors.map((error) => error.message)).toEqual([
      expect.stringContaining("the connection dropped"),
    ]);
    expect(await rosterRowCounts(database.db, districtId)).toEqual(nothingStored);
  });

  it("waits for the end of the check when roles.csv may change anyone's role", async () => {
    const { calls, store } = watchedStore();

    const report = await run(lakeside, { store });

    expect(report.errors).toEqual([]);
    expect(order(calls, "schools", "people")).toBe(true);
  });

  it("writes along after the first-run setup, whose administrator no roster lists", async () => {
    const school = await createSchool(database.db, { districtId, name: "Set up by hand" });
    await createAdministrator(database.db, { districtId, schoolId: school.id });
    const { calls, store } = watchedStore();

    const report = await run(riverside, { store });

    expect(report.imported).toBe(true);
    // The school set up by hand is adopted, not written anew: the classes show the order.
    expect(order(calls, "enrollments", "classes")).toBe(true);
    const people = await peopleOf(database.db, districtId);
    // The administrator of the setup stays, beside the roster's people (no roster id).
    expect(people.map((person) => person.source_id ?? "(none)").sort()).toEqual([
      "(none)",
      "g-1",
      "g-2",
      "s-1",
      "s-2",
      "s-3",
      "t-1",
    ]);
  });

  it("waits for the end of the check when a roster brought the district people", async () => {
    const school = await createSchool(database.db, { districtId, name: "Set up by hand" });
    const student = await createStudent(database.db, { districtId, schoolId: school.id });
    await database.db
      .updateTable("people")
      .set({ source_id: "s-1" })
      .where("id", "=", student.id)
      .execute();
    const { calls, store } = watchedStore();

    const report = await run(riverside, { store });

    expect(report.imported).toBe(true);
    expect(order(calls, "classes", "enrollments")).toBe(true);
    const people = await peopleOf(database.db, districtId);
    // The roster's s-1 is the student the district had: updated in place, not a second one.
    expect(people.filter((person) => person.source_id === "s-1")).toEqual([
      expect.objectContaining({ id: student.id, given_name: "Linh" }),
    ]);
  });

  it("on SQLite, waits for the end of the check when another district is on the server", async () => {
    const other = await createDistrict(database.db, { name: "Lakeside" });
    const school = await createSchool(database.db, { districtId: other.id, name: "Lakeside High" });
    await createStudent(database.db, { districtId: other.id, schoolId: school.id });
    const { calls, store } = watchedStore();

    const report = await run(riverside, { store });

    expect(report.imported).toBe(true);
    // SQLite holds the app's one connection while it writes along: the other district's pages
    // would wait for the whole check. PostgreSQL's other connections read on meanwhile.
    expect(order(calls, "people", "schools")).toBe(dialect === "postgres");
    expect(await rosterRowCounts(database.db, districtId)).toMatchObject({ people: 6 });
  });
});

describe("a server's first district on PostgreSQL", () => {
  let database: TestDatabase;
  let districtId: string;

  beforeEach(async () => {
    database = await freshDatabase("postgres");
    districtId = (await createDistrict(database.db, { name: "Riverside" })).id;
  });
  afterEach(async () => {
    await database.drop();
    removeScratch();
  });

  /** The secondary indexes of the tables a roster fills: name, definition and identity. */
  async function indexes() {
    const { rows } = await sql<{ name: string; definition: string; oid: number }>`
      select index.relname as name, pg_get_indexdef(i.indexrelid) as definition,
        i.indexrelid::int as oid
      from pg_index i
        join pg_class index on index.oid = i.indexrelid
        join pg_class owner on owner.oid = i.indrelid
      where owner.relnamespace = current_schema()::regnamespace and not i.indisprimary
        and owner.relname in ('people', 'enrollments', 'guardian_links')
      order by index.relname`.execute(database.db);

    return rows;
  }
  const definitions = (found: { name: string; definition: string }[]) =>
    found.map(({ name, definition }) => ({ name, definition }));

  /** An export of about 25,000 rows: large enough for the index builds (isBulk counts 20,000). */
  async function largeExport() {
    const source = path.join(scratchFolder(), "district");
    await generateDistrict({ size: sizeForRows(25_000), out: source, seed: 5 });
    return source;
  }
  const peopleIn = ({ counts }: { counts: RosterCounts }) =>
    (counts.administrators ?? 0) + counts.teachers + counts.students + counts.guardians;

  it("builds the indexes of the tables it fills once the rows are in, as they were", async () => {
    const before = await indexes();

    const report = await importInto(database.db, districtId, await largeExport());

    expect(report.imported).toBe(true);
    const after = await indexes();
    expect(definitions(after)).toEqual(definitions(before));
    expect(before.map((index) => index.name)).toEqual(
      expect.arrayContaining(["people_source_unique", "enrollments_person"]),
    );
    // Built anew, but for the one no roster row enters (a person's sign-in account): kept.
    for (const index of after) {
      const old = before.find((each) => each.name === index.name)?.oid;
      if (index.name === "people_auth_user_id") expect(old).toBe(index.oid);
      else expect(old).not.toBe(index.oid);
    }
    expect(await peopleOf(database.db, districtId)).toHaveLength(peopleIn(report));
  });

  it("keeps them for a small export, whose rows cost less than building them again", async () => {
    const before = await indexes();

    const report = await importInto(database.db, districtId, riverside);

    expect(report.imported).toBe(true);
    expect(await indexes()).toEqual(before);
    expect(await peopleOf(database.db, districtId)).toHaveLength(6);
  });

  it("keeps them when another district is on the server, whose reads they serve", async () => {
    const other = await createDistrict(database.db, { name: "Lakeside" });
    await importInto(database.db, other.id, lakeside);
    const before = await indexes();

    const report = await importInto(database.db, districtId, await largeExport());

    expect(report.imported).toBe(true);
    expect(await indexes()).toEqual(before);
  });

  it("keeps them when the app's role may defer the checks but owns no table", async () => {
    const role = `t_granted_${randomBytes(4).toString("hex")}`;
    await adminQuery(`create role ${role} login`);
    const granted = openDatabase({ dataDir: database.dataDir, databaseUrl: urlAs(role) });
    try {
      await adminQuery(`grant set on parameter session_replication_role to ${role}`);
      for (const grant of [
        `grant all on all tables in schema public to ${role}`,
        `grant all on all sequences in schema public to ${role}`,
      ]) {
        await sql.raw(grant).execute(database.db);
      }
      const before = await indexes();

      const report = await importInto(granted.db, districtId, await largeExport());

      expect(report.imported).toBe(true);
      expect(await indexes()).toEqual(before);
      expect(await peopleOf(database.db, districtId)).toHaveLength(peopleIn(report));
    } finally {
      await granted.close();
      await sql.raw(`drop owned by ${role}`).execute(database.db);
      await adminQuery(`revoke set on parameter session_replication_role from ${role}`);
      await adminQuery(`drop role ${role}`);
    }
  });

  /** This test's database, reached as another role. */
  function urlAs(role: string) {
    const url = new URL(database.databaseUrl ?? "");
    url.username = role;
    return url.toString();
  }

  it("keeps them when a refusal undoes the import", async () => {
    const before = await indexes();
    const refused = exportWith(await largeExport(), {
      "enrollments.csv": (text) => `${text}e-x,,,c-none,sch-none,s-none,student,false,,\n`,
    });

    const report = await importInto(database.db, districtId, refused);

    expect(report.imported).toBe(false);
    expect(await indexes()).toEqual(before);
  });
});
