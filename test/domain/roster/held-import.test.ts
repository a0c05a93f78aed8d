import { afterEach, beforeEach, describe, expect, it } from "vitest";
import * as rosterStore from "../../../src/db/roster-store.ts";
import type { ImportRosterOptions } from "../../../src/domain/roster/import-roster.ts";
import { dialects, freshDatabase, type TestDatabase } from "../../support/databases.ts";
import { createDistrict } from "../../support/factories.ts";
import { largeDistrict } from "./large-district.ts";
import {
  enrollmentsOf,
  exportWith,
  fixture,
  importInto,
  peopleOf,
  removeScratch,
  rosterRowCounts,
} from "./roster-fixtures.ts";

/*
 * A bulk file is the district's whole list: what it leaves out is made inactive. An update whose
 * bulk files would make a large part of the district inactive (a truncated export, another
 * district's) stops before writing anything and waits for the administrator to confirm.
 */

const riverside = fixture("small-district-1.1");

/** Store calls that change a district's roster: none may run while an import is held. */
const writes = [
  "inWriteTransaction",
  "upsertPeople",
  "upsertClasses",
  "upsertEnrollments",
  "upsertGuardianLinks",
  "keepRows",
  "keepLinksOf",
  "deactivateUnseen",
  "deactivateWhatHangsOnInactive",
] as const;

describe.each(dialects)(
  "an import that would make much of the district inactive, on %s",
  (dialect) => {
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

    /** A store that records which of its writing calls the import made. */
    function watchingWrites() {
      const called: string[] = [];
      const calls = { ...rosterStore } as unknown as Record<
        string,
        (...args: unknown[]) => unknown
      >;
      const store = { ...rosterStore };
      for (const name of writes) {
        const write = calls[name];
        Object.assign(store, {
          [name]: (...args: unknown[]) => {
            called.push(name);
            return write?.(...args);
          },
        });
      }

      return { store, called };
    }

    async function importsOf() {
      return database.db
        .selectFrom("roster_imports")
        .select(["status", "report"])
        .where("district_id", "=", districtId)
        .orderBy("created_at")
        .execute();
    }

    it("a cut-short export is held before any write, saying how much of what", async () => {
      await run(largeDistrict(100));
      const before = await rosterRowCounts(database.db, districtId);
      const peopleBefore = await peopleOf(database.db, districtId);
      const { store, called } = watchingWrites();

      const held = await run(largeDistrict(100, { listed: 30 }), { store });

      expect(held).toMatchObject({ imported: false, held: true, canImportValidRows: false });
      expect(held.counts.students).toBe(0);
      expect(held.wouldDeactivate).toEqual([
        {
          kind: "users",
          file: "users.csv",
          count: 70,
          active: 101,
          roles: { administrator: 0, teacher: 0, student: 70, guardian: 0 },
        },
        { kind: "enrollments", file: "enrollments.csv", count: 70, active: 101 },
      ]);
      expect(called).toEqual([]);
      expect(await rosterRowCounts(database.db, districtId)).toEqual(before);
      expect(await peopleOf(database.db, districtId)).toEqual(peopleBefore);
      const [, entry] = await importsOf();
      expect(entry?.status).toBe("held");
      expect(JSON.parse(entry?.report ?? "{}")).toMatchObject({ held: true, imported: false });
    });

    it("the held export, once confirmed, makes the students it leaves out inactive", async () => {
      await run(largeDistrict(100));
      const truncated = largeDistrict(100, { listed: 30 });
      await run(truncated);

      const confirmed = await run(truncated, { allowDeactivate: true });

      expect(confirmed).toMatchObject({ imported: true });
      expect(confirmed).not.toHaveProperty("held");
      expect(confirmed.deactivated).toEqual([
        { kind: "users", file: "users.csv", count: 70 },
        { kind: "enrollments", file: "enrollments.csv", count: 70 },
      ]);
      const people = await peopleOf(database.db, districtId);
      expect(people.filter((person) => person.active === 1)).toHaveLength(31);
      expect((await importsOf()).map(({ status }) => status)).toEqual([
        "imported",
        "held",
        "imported",
      ]);
    });

    it.each([
      ["a handful of students moving away", 100, 95],
      ["more than a tenth of a small district, but no more than 20 rows", 100, 80],
      ["more than 20 rows, but no more than a tenth of the district", 250, 229],
    ])("%s is imported without asking", async (_case, students, listed) => {
      await run(largeDistrict(students));

      const imported = await run(largeDistrict(students, { listed }));

      expect(imported.imported).toBe(true);
      expect(imported.deactivated?.[0]?.count).toBe(students - listed);
    });

    it("the first students past the threshold make the import ask", async () => {
      await run(largeDistrict(250));

      // 26 of the 251 active people and enrollments: more than a tenth, and more than 20.
      const held = await run(largeDistrict(250, { listed: 224 }));

      expect(held.held).toBe(true);
      expect(held.wouldDeactivate?.map(({ count, active }) => [count, active])).toEqual([
        [26, 251],
        [26, 251],
      ]);
    });

    it("a new year's enrollments under new ids ask first, though all are listed", async () => {
      await run(largeDistrict(100));

      const held = await run(largeDistrict(100, { enrollmentPrefix: "e-2026-" }));

      expect(held.held).toBe(true);
      expect(held.wouldDeactivate).toEqual([
        { kind: "enrollments", file: "enrollments.csv", count: 100, active: 101 },
      ]);
      const confirmed = await run(largeDistrict(100, { enrollmentPrefix: "e-2026-" }), {
        allowDeactivate: true,
      });
      expect(confirmed.imported).toBe(true);
      expect(await enrollmentsOf(database.db, districtId)).toHaveLength(101);
    });

    it("a delta export of a few students counts nothing unlisted and imports", async () => {
      await run(largeDistrict(100));
      const counted: string[] = [];
      const store = {
        ...rosterStore,
        countActiveRosterPeople: (
          ...args: Parameters<typeof rosterStore.countActiveRosterPeople>
        ) => {
          counted.push("people");
          return rosterStore.countActiveRosterPeople(...args);
        },
      };

      const imported = await run(largeDistrict(100, { listed: 3, delta: true }), { store });

      expect(imported.imported).toBe(true);
      expect(counted).toEqual([]);
    });

    it("the valid rows of a refused export, without the confirmation, are held too", async () => {
      await run(largeDistrict(100));
      const source = largeDistrict(100, { listed: 30, invalid: 5 });

      const refused = await run(source);
      const held = await run(source, { skipInvalid: true });
      const confirmed = await run(source, { skipInvalid: true, allowDeactivate: true });

      expect(refused.wouldDeactivate?.[0]).toMatchObject({ count: 70, active: 101 });
      expect(held).toMatchObject({ imported: false, held: true, canImportValidRows: false });
      expect(held.errors).toHaveLength(2);
      expect(confirmed.imported).toBe(true);
    });
  },
);

describe.each(dialects)("a re-import that makes rows active again, on %s", (dialect) => {
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

  /** Riverside without Ana Costa (s-3), her enrollment (e-5) or class c-2. */
  const withoutAna = () =>
    exportWith(riverside, {
      "users.csv": (text) => text.replace(/^s-3,.*\n/m, ""),
      "classes.csv": (text) => text.replace(/^c-2,.*\n/m, ""),
      "enrollments.csv": (text) => text.replace(/^e-[45],.*\n/gm, ""),
    });

  it("a student who comes back is counted as made active again, file by file", async () => {
    await run(riverside);
    await run(withoutAna());

    const back = await run(riverside);

    expect(back.reactivated).toEqual([
      { kind: "users", file: "users.csv", count: 1 },
      { kind: "classes", file: "classes.csv", count: 1 },
      { kind: "enrollments", file: "enrollments.csv", count: 2 },
    ]);
    expect(back.warnings.map(({ file, message }) => `${file}: ${message}`)).toContain(
      "users.csv: 1 row that was inactive is listed again and was made active again.",
    );
    expect((await peopleOf(database.db, districtId)).every((p) => p.active === 1)).toBe(true);
  });

  it("a delta that brings a few back of many who left asks about its own rows", async () => {
    await run(largeDistrict(100));
    await run(largeDistrict(100, { listed: 30 }), { allowDeactivate: true });
    // Ten of the 70 students who left, in a delta: fewer rows than the district's inactive ones.
    const only = (pattern: RegExp) => (text: string) =>
      text
        .split("\n")
        .filter((line, at) => at === 0 || pattern.test(line))
        .join("\n");
    const tenBack = exportWith(largeDistrict(100, { delta: true }), {
      "users.csv": only(/^s-(3[1-9]|40),/),
      "enrollments.csv": only(/^e-(3[1-9]|40),/),
    });

    const back = await run(tenBack);

    expect(back.reactivated).toEqual([
      { kind: "users", file: "users.csv", count: 10 },
      { kind: "enrollments", file: "enrollments.csv", count: 10 },
    ]);
  });

  it("an import that brings nobody back says nothing of it", async () => {
    await run(riverside);

    const again = await run(riverside);

    expect(again).not.toHaveProperty("reactivated");
  });

  it("a row listed again but still marked for removal is not counted as active again", async () => {
    await run(riverside);
    await run(withoutAna());

    const stillGone = await run(
      exportWith(riverside, {
        "users.csv": (text) => text.replace(/^s-3,,/m, "s-3,tobedeleted,"),
        "classes.csv": (text) => text.replace(/^c-2,.*\n/m, ""),
        "enrollments.csv": (text) => text.replace(/^e-[45],.*\n/gm, ""),
      }),
    );

    expect(stillGone.imported).toBe(true);
    expect(stillGone).not.toHaveProperty("reactivated");
  });
});
