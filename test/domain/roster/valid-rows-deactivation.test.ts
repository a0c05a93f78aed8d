import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ImportRosterOptions } from "../../../src/domain/roster/import-roster.ts";
import { dialects, freshDatabase, type TestDatabase } from "../../support/databases.ts";
import { createDistrict } from "../../support/factories.ts";
import { largeDistrict } from "./large-district.ts";
import {
  classesOf,
  enrollmentsOf,
  exportWith,
  familyLinksOf,
  fixture,
  importInto,
  peopleOf,
  removeScratch,
} from "./roster-fixtures.ts";

/*
 * A refused bulk export says beforehand how many of the district's active roster rows importing
 * its valid rows would deactivate: those its files do not list at all, not those they list in
 * rows with errors (the import keeps those as they are).
 */

const riverside = fixture("small-district-1.1");

/** Riverside without s-3, g-2, class c-2 and its enrollments; s-2 has a role that is an error. */
const fewerPeopleAndAnError = {
  "users.csv": (text: string) =>
    text
      .replace(/^s-3,.*\n/m, "")
      .replace(/^g-2,.*\n/m, "")
      .replace("s-2,,,true,sch-1,student,", "s-2,,,true,sch-1,janitor,"),
  "classes.csv": (text: string) => text.replace(/^c-2,.*\n/m, ""),
  // e-3 names s-2, whose row has an error; e-1 again is an error of its own, with a listed id.
  "enrollments.csv": (text: string) =>
    `${text.replace(/^e-4,.*\n/m, "").replace(/^e-5,.*\n/m, "")}e-1,,,c-1,sch-1,t-1,teacher,true,,\n`,
};

describe.each(dialects)(
  "what importing a refused export's valid rows deactivates, on %s",
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
    const unlistedNotes = (warnings: { file: string; message: string }[]) =>
      warnings
        .filter((warning) => warning.message.includes("not in this bulk file"))
        .map((warning) => `${warning.file}: ${warning.message.split(" ")[0]}`);

    it("an administrator is told the unlisted people, classes and enrollments, not the rows with errors", async () => {
      // Another district's roster is none of this district's business.
      const otherDistrict = (await createDistrict(database.db, { name: "Lakeside" })).id;
      await run(riverside, { districtId: otherDistrict });
      await run(riverside);

      const refused = await run(exportWith(riverside, fewerPeopleAndAnError));

      expect(refused.imported).toBe(false);
      expect(refused.canImportValidRows).toBe(true);
      expect(refused.wouldDeactivate).toEqual([
        {
          kind: "users",
          file: "users.csv",
          count: 2,
          active: 6,
          roles: { administrator: 0, teacher: 0, student: 1, guardian: 1 },
        },
        { kind: "classes", file: "classes.csv", count: 1, active: 2 },
        { kind: "enrollments", file: "enrollments.csv", count: 2, active: 5 },
      ]);
      expect((await peopleOf(database.db, districtId)).every((p) => p.active === 1)).toBe(true);
    });

    it("importing the valid rows then deactivates exactly as many as the refused report said", async () => {
      await run(riverside);
      const source = exportWith(riverside, fewerPeopleAndAnError);
      const refused = await run(source);

      const imported = await run(source, { skipInvalid: true });

      expect(imported.imported).toBe(true);
      expect(unlistedNotes(imported.warnings)).toEqual(
        (refused.wouldDeactivate ?? []).map((entry) => `${entry.file}: ${entry.count}`),
      );
      const people = await peopleOf(database.db, districtId);
      expect(people.filter((p) => p.active === 0).map((p) => p.source_id)).toEqual(["g-2", "s-3"]);
      expect(people.find((p) => p.source_id === "s-2")).toMatchObject({
        active: 1,
        role: "student",
      });
      expect(
        (await classesOf(database.db, districtId)).map((c) => [c.source_id, c.active]),
      ).toEqual([
        ["c-1", 1],
        ["c-2", 0],
      ]);
      expect(await enrollmentsOf(database.db, districtId)).toEqual([
        "c-1: s-1 (student)",
        "c-1: s-2 (student)",
        "c-1: t-1 (teacher)",
      ]);
    });

    it("counts past the size of a batch of ids, and the import agrees", async () => {
      await run(largeDistrict(1500));
      const source = largeDistrict(1500, { listed: 1100, invalid: 1050 });

      const refused = await run(source);
      // A quarter of the district: the click that imports the valid rows confirms it (held).
      const imported = await run(source, { skipInvalid: true, allowDeactivate: true });

      expect(refused.wouldDeactivate).toEqual([
        {
          kind: "users",
          file: "users.csv",
          count: 400,
          active: 1501,
          roles: { administrator: 0, teacher: 0, student: 400, guardian: 0 },
        },
        { kind: "enrollments", file: "enrollments.csv", count: 400, active: 1501 },
      ]);
      expect(unlistedNotes(imported.warnings)).toEqual(["users.csv: 400", "enrollments.csv: 400"]);
    });

    it("a kept link its guardian takes along is not counted off (-1 family link)", async () => {
      await run(riverside);
      // g-1 and g-2 are left out; s-2's row (with the link to g-2) has an error, so its link is
      // kept, then goes inactive with g-2. The export itself makes no family link at all.
      const source = exportWith(riverside, {
        "users.csv": (text: string) =>
          text
            .replace(/^g-[12],.*\n/gm, "")
            .replace(",g-1,07,", ",,07,")
            .replace("s-2,,,true,sch-1,student,", "s-2,,,true,sch-1,janitor,"),
      });

      const imported = await run(source, { skipInvalid: true });

      expect(imported.imported).toBe(true);
      expect(imported.counts.guardianLinks).toBe(0);
      expect(await familyLinksOf(database.db, districtId)).toEqual([]);
    });

    it("a refused export whose bulk files list every active row says nothing of deactivating", async () => {
      await run(riverside);

      const refused = await run(
        exportWith(riverside, {
          "users.csv": (text) =>
            text.replace("s-2,,,true,sch-1,student,", "s-2,,,true,sch-1,janitor,"),
        }),
      );

      expect(refused.canImportValidRows).toBe(true);
      expect(refused).not.toHaveProperty("wouldDeactivate");
    });

    it("a refused delta export deactivates nothing, and says nothing of it", async () => {
      await run(riverside);

      const refused = await run(
        exportWith(riverside, {
          ...fewerPeopleAndAnError,
          "manifest.csv": (text) => text.replaceAll(",bulk", ",delta"),
        }),
      );

      expect(refused.canImportValidRows).toBe(true);
      expect(refused).not.toHaveProperty("wouldDeactivate");
    });
  },
);
