import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Kysely } from "kysely";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import * as rosterStore from "../../../src/db/roster-store.ts";
import type { Database } from "../../../src/db/schema.ts";
import type { ImportRosterOptions } from "../../../src/domain/roster/import-roster.ts";
import { dialects, freshDatabase, type TestDatabase } from "../../support/databases.ts";
import {
  createAdministrator,
  createDistrict,
  createPlan,
  createSchool,
} from "../../support/factories.ts";
import {
  classesOf,
  type ExportEdits,
  enrollmentsOf,
  exportWith,
  familyLinksOf,
  fixture,
  importInto,
  nothingStored,
  peopleOf,
  removeScratch,
  rosterRowCounts,
} from "./roster-fixtures.ts";

const riverside = fixture("small-district-1.1");
const lakeside = fixture("small-district-1.2");

/** A users.csv row (OneRoster 1.1) of an administrator listed at one org, or at a quoted list. */
const administratorRow = (id: string, orgId: string) =>
  `${id},,,true,${orgId},administrator,${id},,Ada,${id},,,,,,,,\n`;

/** Each administrator of the district: active or not, and the schools written for them. */
function administratorsOf(db: Kysely<Database>, districtId: string) {
  return db
    .selectFrom("people")
    .leftJoin("person_schools", "person_schools.person_id", "people.id")
    .leftJoin("schools", "schools.id", "person_schools.school_id")
    .select(["people.source_id", "people.active", "schools.source_id as school"])
    .where("people.district_id", "=", districtId)
    .where("people.role", "=", "administrator")
    .orderBy("people.source_id")
    .execute();
}

describe.each(dialects)("importing a roster on %s", (dialect) => {
  let database: TestDatabase;
  let districtId: string;

  beforeEach(async () => {
    database = await freshDatabase(dialect);
    districtId = (await createDistrict(database.db, { name: "Set up by hand" })).id;
  });
  afterEach(async () => {
    await database.drop();
    removeScratch();
  });

  const run = (source: string, options: Partial<ImportRosterOptions> = {}) =>
    importInto(database.db, districtId, source, options);
  const riversideWith = (edits: ExportEdits) => exportWith(riverside, edits);

  it("brings in a 1.1 district: people with their contacts, classes, enrollments and families", async () => {
    const report = await run(riverside);

    expect(report.errors).toEqual([]);
    expect(report.imported).toBe(true);
    expect(report.counts).toEqual({
      schools: 1,
      classes: 2,
      teachers: 1,
      students: 3,
      guardians: 2,
      administrators: 0,
      guardianLinks: 2,
      enrollments: 5,
    });
    const people = await peopleOf(database.db, districtId);
    expect(people.map((p) => [p.source_id, p.role, p.given_name, p.family_name])).toEqual([
      ["g-1", "guardian", "Hoa", "Nguyen"],
      ["g-2", "guardian", "Marco", "Rivera"],
      ["s-1", "student", "Linh", "Nguyen"],
      ["s-2", "student", "Sam", "Rivera"],
      ["s-3", "student", "Ana", "Costa"],
      ["t-1", "teacher", "Tamara", "Okafor"],
    ]);
    expect(people.find((p) => p.source_id === "g-1")).toMatchObject({
      email: "hoa.nguyen@family.example",
      phone: "555-0199",
    });
    expect(people.find((p) => p.source_id === "s-3")?.grades).toBe("07,08");
    // g-1 and s-1 name each other; g-2 names s-2: one link each, whichever side names it.
    expect(await familyLinksOf(database.db, districtId)).toEqual(["g-1 -> s-1", "g-2 -> s-2"]);
    expect(await enrollmentsOf(database.db, districtId)).toEqual([
      "c-1: s-1 (student)",
      "c-1: s-2 (student)",
      "c-1: t-1 (teacher)",
      "c-2: s-3 (student)",
      "c-2: t-1 (teacher)",
    ]);
    const district = await rosterStore.findDistrict(database.db, districtId);
    expect(district).toMatchObject({ name: "Riverside Unified", source_id: "dist-1" });
    const personSchools = await rosterRowCounts(database.db, districtId);
    expect(personSchools.personSchools).toBe(6);
  });

  it("brings in a 1.2 district with roles.csv, preferred names and an aide", async () => {
    const report = await run(lakeside);

    expect(report.errors).toEqual([]);
    expect(report.counts).toEqual({
      schools: 1,
      classes: 1,
      teachers: 2,
      students: 2,
      guardians: 1,
      administrators: 1,
      guardianLinks: 1,
      enrollments: 4,
    });
    const people = await peopleOf(database.db, districtId);
    expect(people.map((p) => [p.source_id, p.role, p.preferred_name])).toEqual([
      ["u-a1", "teacher", null],
      ["u-d1", "administrator", null],
      ["u-p1", "guardian", null],
      ["u-s1", "student", "Kit"],
      ["u-s2", "student", null],
      ["u-t1", "teacher", null],
    ]);
    expect(await familyLinksOf(database.db, districtId)).toEqual(["u-p1 -> u-s2"]);
    expect(report.warnings.map((w) => `${w.file}:${w.line}:${w.column} ${w.message}`)).toEqual(
      expect.arrayContaining([
        "users.csv:7:null This person is an administrator of the district: they may manage the roster and see every plan of the district.",
        "roles.csv:3:role The role aide is read as teacher.",
        "enrollments.csv:3:role The role aide is read as teacher.",
      ]),
    );
  });

  it("gives administrator rights for a primary or lone role, and a school's only at a school", async () => {
    const roles = (text: string) =>
      text
        .replace("u-a1,primary,aide", "u-a1,secondary,aide")
        .concat(
          "r-7,active,2024-08-01T00:00:00.000Z,u-a1,secondary,siteAdministrator,,,sch-9,\n",
          "r-8,active,2024-08-01T00:00:00.000Z,u-t1,secondary,siteAdministrator,,,sch-9,\n",
          "r-9,active,2024-08-01T00:00:00.000Z,u-h1,primary,principal,,,sch-9,\n",
          "r-10,active,2024-08-01T00:00:00.000Z,u-d1,secondary,siteAdministrator,,,sch-9,\n",
        );
    const users = (text: string) =>
      `${text}u-h1,active,2024-08-01T00:00:00.000Z,true,hsato,,Hana,Sato,,,,,,,,,,,,,sch-9,\n`;

    const report = await run(exportWith(lakeside, { "roles.csv": roles, "users.csv": users }));

    expect(report.errors).toEqual([]);
    const people = await peopleOf(database.db, districtId);
    // A secondary siteAdministrator beside another role stays in that role: the aide (only
    // secondary roles) and the teacher (a primary role).
    expect(people.map((p) => [p.source_id, p.role])).toEqual([
      ["u-a1", "teacher"],
      ["u-d1", "administrator"],
      ["u-h1", "administrator"],
      ["u-p1", "guardian"],
      ["u-s1", "student"],
      ["u-s2", "student"],
      ["u-t1", "teacher"],
    ]);
    // The principal administers Lakeside Elementary only; the district's administrator, listed
    // at the district as well as the school, keeps no school that would limit them.
    const schoolsOf = async (sourceId: string) =>
      (
        await database.db
          .selectFrom("person_schools")
          .innerJoin("people", "people.id", "person_schools.person_id")
          .select("person_schools.school_id")
          .where("people.source_id", "=", sourceId)
          .where("people.district_id", "=", districtId)
          .execute()
      ).length;
    expect([await schoolsOf("u-h1"), await schoolsOf("u-d1")]).toEqual([1, 0]);
    expect(report.warnings.map((w) => `${w.file}:${w.line} ${w.message}`)).toEqual(
      expect.arrayContaining([
        "users.csv:8 This person is an administrator of Lakeside Elementary: they see the plans and settings there, not the roster, sent mail or audit trail.",
        "users.csv:7 This person is an administrator of the district: they may manage the roster and see every plan of the district.",
        "users.csv:3 This person has no primary role in roles.csv; teacher was used.",
      ]),
    );
  });

  it("a department's administrator runs its school; one of no school, nothing", async () => {
    const orgs = (text: string) =>
      text.concat(
        "dep-1,,,Riverside Math Department,department,,sch-1\n",
        "dep-2,,,District Curriculum Office,department,,dist-1\n",
        "dep-3,,,History Department,department,,sch-404\n",
        "dep-4,,,Office A,department,,dep-5\n",
        "dep-5,,,Office B,department,,dep-4\n",
      );
    const users = (text: string) =>
      text.concat(
        administratorRow("a-1", "dep-1"),
        administratorRow("a-2", "dep-2"),
        administratorRow("a-3", "dep-3"),
        administratorRow("a-4", "sch-typo"),
        administratorRow("a-5", '"sch-1,dep-1"'),
        administratorRow("a-6", "dep-4"),
      );

    const report = await run(riversideWith({ "orgs.csv": orgs, "users.csv": users }));

    expect(report.imported).toBe(true);
    const administrators = await administratorsOf(database.db, districtId);
    // The department's school; the district's own office: the whole district (no school);
    // a department whose school is missing and an org nobody knows: no rights at all.
    expect(administrators).toEqual([
      { source_id: "a-1", active: 1, school: "sch-1" },
      { source_id: "a-2", active: 1, school: null },
      { source_id: "a-3", active: 0, school: null },
      { source_id: "a-4", active: 0, school: null },
      // Listed at the school and its department: the school once.
      { source_id: "a-5", active: 1, school: "sch-1" },
      // At an office whose parents go round in a loop: no rights, and the loop is told.
      { source_id: "a-6", active: 0, school: null },
    ]);
    expect(
      report.warnings.map((warning) => `${warning.file}:${warning.line} ${warning.message}`),
    ).toEqual(
      expect.arrayContaining([
        "orgs.csv:7 The parents of the org dep-4 lead back to it, so it belongs to no school; " +
          "an administrator listed only here is imported without rights.",
        "orgs.csv:8 The parents of the org dep-5 lead back to it, so it belongs to no school; " +
          "an administrator listed only here is imported without rights.",
      ]),
    );
    const told = report.warnings
      .filter(
        (warning) => warning.file === "users.csv" && /^This person (is|gets)/.test(warning.message),
      )
      .map((warning) => `${warning.line} ${warning.message.slice(0, 60)}`);
    expect(told).toEqual([
      "8 This person is an administrator of Riverside Middle School: ",
      "9 This person is an administrator of the district: they may ma",
      "10 This person gets no rights and is made inactive: as an admin",
      "11 This person gets no rights and is made inactive: as an admin",
      "12 This person is an administrator of Riverside Middle School: ",
      "13 This person gets no rights and is made inactive: as an admin",
    ]);
  });

  it("a delta without orgs.csv knows the district's own org, with no warning it is missing", async () => {
    await run(riverside);
    const delta = riversideWith({
      "manifest.csv": (text) =>
        text.replaceAll(",bulk", ",delta").replace("file.orgs,delta", "file.orgs,absent"),
      "orgs.csv": null,
      "users.csv": (text) =>
        [text.split("\n")[0], "\n", administratorRow("a-9", "dist-1")].join(""),
      "classes.csv": (text) => text.split("\n")[0] ?? "",
      "enrollments.csv": (text) => text.split("\n")[0] ?? "",
    });

    const report = await run(delta);

    expect(report.imported).toBe(true);
    expect(report.warnings.map((warning) => `${warning.line} ${warning.message}`)).toEqual([
      "2 This person is an administrator of the district: they may manage the roster and see " +
        "every plan of the district.",
    ]);
  });

  it("places administrators by the district's own org, in every kind of export", async () => {
    const first = riversideWith({
      "orgs.csv": (text) => text.concat("dist-2,,,Other District,district,,\n"),
      // A class that names the district's org as its school.
      "classes.csv": (text) =>
        text.concat("c-d,,,District Math,07,crs-1,DM,scheduled,,dist-1,term-1,,,\n"),
      "users.csv": (text) =>
        text.concat(
          administratorRow("a-6", "dist-2"),
          administratorRow("a-7", "dist-1"),
          administratorRow("a-8", "sch-1"),
        ),
    });
    expect((await run(first)).imported).toBe(true);
    // A delta without orgs.csv lists the district's org by the id it was imported with; a
    // school's row with errors is kept as it is stored, its administrator with it.
    const delta = riversideWith({
      "manifest.csv": (text) =>
        text.replaceAll(",bulk", ",delta").replace("file.orgs,delta", "file.orgs,absent"),
      "orgs.csv": null,
      "users.csv": (text) =>
        [
          text.split("\n")[0],
          "\n",
          administratorRow("a-7", "dist-1"),
          administratorRow("a-8", "sch-1"),
        ].join(""),
      "classes.csv": (text) => text.split("\n")[0] ?? "",
      "enrollments.csv": (text) => text.split("\n")[0] ?? "",
    });
    expect((await run(delta)).errors).toEqual([]);
    const badSchool = riversideWith({
      "orgs.csv": (text) => text.replace("Riverside Middle School", "x".repeat(400)),
      "users.csv": (text) =>
        text.concat(administratorRow("a-7", "dist-1"), administratorRow("a-8", "sch-1")),
    });
    const report = await run(badSchool, { skipInvalid: true });

    expect(report.imported).toBe(true);
    const administrators = await administratorsOf(database.db, districtId);
    // Another district's org leads nowhere; the district's org stays the district's.
    expect(administrators).toEqual([
      { source_id: "a-6", active: 0, school: null },
      { source_id: "a-7", active: 1, school: null },
      { source_id: "a-8", active: 1, school: "sch-1" },
    ]);
  });

  /**
   * A delta export of these users.csv rows and nothing else but, when given, these orgs.csv
   * rows: without them the export has no orgs.csv at all.
   */
  const deltaWith = (users: string[], orgs?: string[]) =>
    riversideWith({
      "manifest.csv": (text) =>
        text
          .replaceAll(",bulk", ",delta")
          .replace("file.orgs,delta", orgs ? "file.orgs,delta" : "file.orgs,absent"),
      "orgs.csv": orgs ? (text) => [text.split("\n")[0], "\n", ...orgs].join("") : null,
      "users.csv": (text) => [text.split("\n")[0], "\n", ...users].join(""),
      "classes.csv": (text) => text.split("\n")[0] ?? "",
      "enrollments.csv": (text) => text.split("\n")[0] ?? "",
    });
  const withOrgs = (...orgs: string[]) =>
    riversideWith({ "orgs.csv": (text) => text.concat(...orgs) });
  const told = (report: { warnings: { file: string; line: number | null; message: string }[] }) =>
    report.warnings
      .filter((warning) => warning.file === "users.csv")
      .map((warning) => `${warning.line} ${warning.message}`);

  it("a department's administrator runs its school in a delta without orgs.csv", async () => {
    const full = withOrgs(
      "office-1,,,Riverside Math Office,department,,sch-1\n",
      "dep-1,,,Grade 7 Math,department,,office-1\n",
      "dep-2,,,Grade 8 Math,department,,office-1\n",
    );
    expect((await run(full)).imported).toBe(true);
    const knownRosterOrgs = vi.fn(rosterStore.knownRosterOrgs);
    const store = { ...rosterStore, knownRosterOrgs };

    const delta = deltaWith([
      administratorRow("a-1", "dep-1"),
      administratorRow("a-2", "dep-2"),
      "t-9,,,true,dep-1,teacher,tlopez,,Tia,Lopez,,,,,,,,\n",
    ]);
    const report = await run(delta, { store });

    expect(report.errors).toEqual([]);
    expect(await administratorsOf(database.db, districtId)).toEqual([
      { source_id: "a-1", active: 1, school: "sch-1" },
      { source_id: "a-2", active: 1, school: "sch-1" },
    ]);
    // The report names the school as the roster did, and finds nothing missing.
    expect(told(report)).toEqual([
      "2 This person is an administrator of Riverside Middle School: they see the plans and " +
        "settings there, not the roster, sent mail or audit trail.",
      "3 This person is an administrator of Riverside Middle School: they see the plans and " +
        "settings there, not the roster, sent mail or audit trail.",
    ]);
    // A teacher of the department is of its school too, as in a full export.
    const teacherSchools = await database.db
      .selectFrom("person_schools")
      .innerJoin("people", "people.id", "person_schools.person_id")
      .innerJoin("schools", "schools.id", "person_schools.school_id")
      .select("schools.source_id")
      .where("people.source_id", "=", "t-9")
      .where("people.district_id", "=", districtId)
      .execute();
    expect(teacherSchools).toEqual([{ source_id: "sch-1" }]);
    // Up the tree a level at a time for everyone: the departments, their office, its school.
    expect(knownRosterOrgs).toHaveBeenCalledTimes(3);
  });

  it("a delta's orgs.csv wins over the stored tree, and the tree keeps what it said", async () => {
    const full = withOrgs(
      "sch-2,,,Riverside High School,school,RHS,dist-1\n",
      "dep-1,,,Math Department,department,,sch-1\n",
      "dep-2,,,High School Math,department,,sch-2\n",
    );
    expect((await run(full)).imported).toBe(true);

    // The department moves under a department the export does not list, of the other school.
    const moved = deltaWith(
      [administratorRow("a-1", "dep-1")],
      ["dep-1,,,Math Department,department,,dep-2\n"],
    );
    expect((await run(moved)).errors).toEqual([]);
    const later = await run(deltaWith([administratorRow("a-2", "dep-1")]));

    expect(later.errors).toEqual([]);
    expect(await administratorsOf(database.db, districtId)).toEqual([
      { source_id: "a-1", active: 1, school: "sch-2" },
      { source_id: "a-2", active: 1, school: "sch-2" },
    ]);
    expect(told(later)).toEqual([
      "2 This person is an administrator of Riverside High School: they see the plans and " +
        "settings there, not the roster, sent mail or audit trail.",
    ]);
  });

  it("an administrator at a department a bulk orgs.csv dropped gets no rights", async () => {
    const withDepartments = withOrgs(
      "dep-1,,,Math Department,department,,sch-1\n",
      "dep-2,,,Science Department,department,,sch-1\n",
    );
    expect((await run(withDepartments)).imported).toBe(true);
    expect((await run(deltaWith([administratorRow("a-1", "dep-1")]))).errors).toEqual([]);
    // The next full export leaves the math department out, though it lists an administrator
    // there, and lists science with an error: that row stays as it was.
    const withoutMath = riversideWith({
      "orgs.csv": (text) => text.concat("dep-2,,,,department,,sch-1\n"),
      "users.csv": (text) => text.concat(administratorRow("a-4", "dep-1")),
    });
    expect((await run(withoutMath, { skipInvalid: true })).imported).toBe(true);

    const report = await run(
      deltaWith([administratorRow("a-2", "dep-1"), administratorRow("a-3", "dep-2")]),
    );

    expect(report.imported).toBe(true);
    const administrators = await administratorsOf(database.db, districtId);
    expect(administrators.filter((person) => person.source_id !== "a-1")).toEqual([
      { source_id: "a-2", active: 0, school: null },
      { source_id: "a-3", active: 1, school: "sch-1" },
      { source_id: "a-4", active: 0, school: null },
    ]);
    expect(told(report).map((line) => line.slice(0, 60))).toEqual([
      "2 The org dep-1 is neither in orgs.csv nor a school of the d",
      "2 This person gets no rights and is made inactive: as an adm",
      "3 This person is an administrator of Riverside Middle School",
    ]);
  });

  it("an administrator at a stored department that leads nowhere gets no rights", async () => {
    const full = withOrgs(
      "dist-2,,,Other District,district,,\n",
      "dep-1,,,Math Department,department,,sch-1\n",
      "dep-3,,,History Department,department,,sch-404\n",
      "dep-4,,,Office A,department,,dep-5\n",
      "dep-5,,,Office B,department,,dep-4\n",
      "dep-6,,,Other Office,department,,dist-2\n",
    );
    expect((await run(full)).imported).toBe(true);

    const report = await run(
      deltaWith([
        administratorRow("a-1", "dep-1"),
        administratorRow("a-3", "dep-3"),
        administratorRow("a-4", "dep-4"),
        administratorRow("a-6", "dep-6"),
      ]),
    );

    expect(report.imported).toBe(true);
    // A school missing from the district, parents in a loop, another district: nowhere.
    expect(await administratorsOf(database.db, districtId)).toEqual([
      { source_id: "a-1", active: 1, school: "sch-1" },
      { source_id: "a-3", active: 0, school: null },
      { source_id: "a-4", active: 0, school: null },
      { source_id: "a-6", active: 0, school: null },
    ]);
    const rights = told(report).filter((line) => / This person (is|gets)/.test(line));
    expect(rights.map((line) => line.slice(0, 60))).toEqual([
      "2 This person is an administrator of Riverside Middle School",
      "3 This person gets no rights and is made inactive: as an adm",
      "4 This person gets no rights and is made inactive: as an adm",
      "5 This person gets no rights and is made inactive: as an adm",
    ]);
  });

  it("in OneRoster 1.2 an administrator runs where their administrator role is", async () => {
    const stamp = "2024-08-01T00:00:00.000Z";
    const roles = (text: string) =>
      text.concat(
        `r-20,active,${stamp},u-pat,primary,siteAdministrator,,,sch-9,\n`,
        `r-21,active,${stamp},u-quinn,primary,siteAdministrator,,,sch-9,\n`,
        `r-22,active,${stamp},u-quinn,secondary,teacher,,,dist-9,\n`,
      );
    // Pat's primary org is the district, as many 1.2 exports list their staff.
    const users = (text: string) =>
      text.concat(
        `u-pat,active,${stamp},true,pat,,Pat,Lee,,,,,,,,,,,,,dist-9,\n`,
        `u-quinn,active,${stamp},true,quinn,,Quinn,Ito,,,,,,,,,,,,,sch-9,\n`,
      );

    const report = await run(exportWith(lakeside, { "roles.csv": roles, "users.csv": users }));

    expect(report.errors).toEqual([]);
    const reach = await database.db
      .selectFrom("people")
      .leftJoin("person_schools", "person_schools.person_id", "people.id")
      .leftJoin("schools", "schools.id", "person_schools.school_id")
      .select(["people.source_id", "people.role", "schools.source_id as school"])
      .where("people.district_id", "=", districtId)
      .where("people.source_id", "in", ["u-pat", "u-quinn"])
      .orderBy("people.source_id")
      .execute();
    expect(reach).toEqual([
      { source_id: "u-pat", role: "administrator", school: "sch-9" },
      { source_id: "u-quinn", role: "administrator", school: "sch-9" },
    ]);
  });

  it("importing the same export twice changes nothing and duplicates nobody", async () => {
    await run(riverside);
    const before = await rosterRowCounts(database.db, districtId);
    const peopleBefore = await peopleOf(database.db, districtId);

    const again = await run(riverside);

    expect(again.imported).toBe(true);
    expect(await rosterRowCounts(database.db, districtId)).toEqual(before);
    expect(await peopleOf(database.db, districtId)).toEqual(peopleBefore);
    expect(await familyLinksOf(database.db, districtId)).toEqual(["g-1 -> s-1", "g-2 -> s-2"]);
  });

  it("a first roster inserts plainly, seeks nothing unlisted; later ones do", async () => {
    const asked: string[] = [];
    const watching = {
      ...rosterStore,
      upsertPeople: (...args: Parameters<typeof rosterStore.upsertPeople>) => {
        asked.push(`people ${args[1].firstRoster ? "insert" : "update"}`);
        return rosterStore.upsertPeople(...args);
      },
      upsertEnrollments: (...args: Parameters<typeof rosterStore.upsertEnrollments>) => {
        asked.push(`enrollments ${args[1].firstRoster ? "insert" : "update"}`);
        return rosterStore.upsertEnrollments(...args);
      },
      upsertGuardianLinks: (...args: Parameters<typeof rosterStore.upsertGuardianLinks>) => {
        asked.push(`links ${args[1].firstRoster ? "insert" : "update"}`);
        return rosterStore.upsertGuardianLinks(...args);
      },
      deactivateUnseen: (...args: Parameters<typeof rosterStore.deactivateUnseen>) => {
        asked.push(`unlisted ${args[1]}`);
        return rosterStore.deactivateUnseen(...args);
      },
    };

    expect((await run(riverside, { store: watching })).imported).toBe(true);
    const first = [...new Set(asked)];
    asked.length = 0;
    const before = await rosterRowCounts(database.db, districtId);
    expect((await run(riverside, { store: watching })).imported).toBe(true);

    // Nothing can be unlisted yet but classes (a roster may have brought classes and nobody).
    expect(first).toEqual([
      "people insert",
      "enrollments insert",
      "links insert",
      "unlisted classes",
    ]);
    expect([...new Set(asked)]).toEqual([
      "people update",
      "enrollments update",
      "links update",
      "unlisted people",
      "unlisted classes",
      "unlisted enrollments",
      "unlisted guardian_links",
    ]);
    expect(await rosterRowCounts(database.db, districtId)).toEqual(before);
  });

  it("a first roster's plain insert fails on a row already there", async () => {
    await run(riverside);
    const [enrollment] = await database.db
      .selectFrom("enrollments")
      .select(["source_id", "class_id", "person_id"])
      .where("district_id", "=", districtId)
      .execute();
    const again = {
      id: "another-id",
      sourceId: enrollment?.source_id ?? "",
      classId: enrollment?.class_id ?? "",
      personId: enrollment?.person_id ?? "",
      role: "student" as const,
      active: true,
    };
    const write = { districtId, importId: "later", now: "2025-09-02T00:00:00Z" };

    const plain = rosterStore.upsertEnrollments(database.db, {
      ...write,
      enrollments: [again],
      firstRoster: true,
    });
    await expect(plain).rejects.toThrow(/unique/i);
    await rosterStore.upsertEnrollments(database.db, {
      ...write,
      enrollments: [again],
      firstRoster: false,
    });
    const stored = await database.db
      .selectFrom("enrollments")
      .select("last_import_id")
      .where("source_id", "=", again.sourceId)
      .execute();
    expect(stored).toEqual([{ last_import_id: "later" }]);
  });

  it("a changed export renames a student and deactivates one who left, keeping her plan", async () => {
    await run(riverside);
    const [ana] = (await peopleOf(database.db, districtId)).filter((p) => p.source_id === "s-3");
    const school = await database.db.selectFrom("schools").select("id").executeTakeFirstOrThrow();
    const admin = await createAdministrator(database.db, { districtId });
    const plan = await createPlan(database.db, {
      student: { id: ana?.id ?? "", districtId },
      schoolId: school.id,
      startedBy: admin,
    });

    const changed = riversideWith({
      "users.csv": (text) =>
        text
          .replace(
            "s-2,,,true,sch-1,student,srivera,,Sam,",
            "s-2,,,true,sch-1,student,srivera,,Samuel,",
          )
          .replace(/^s-3,.*\n/m, ""),
      "enrollments.csv": (text) => text.replace(/^e-5,.*\n/m, ""),
    });
    const report = await run(changed);

    expect(report.imported).toBe(true);
    const people = await peopleOf(database.db, districtId);
    expect(people.find((p) => p.source_id === "s-2")).toMatchObject({
      given_name: "Samuel",
      active: 1,
    });
    expect(people.find((p) => p.source_id === "s-3")).toMatchObject({
      given_name: "Ana",
      active: 0,
    });
    expect(
      await database.db
        .selectFrom("plans")
        .select("student_id")
        .where("id", "=", plan.id)
        .execute(),
    ).toEqual([{ student_id: ana?.id }]);
    // The administrator made in the app has no roster id: a bulk file never deactivates them.
    expect(people.find((p) => p.id === admin.id)).toMatchObject({ active: 1 });
    expect(report.warnings.map((w) => `${w.file} ${w.message}`)).toEqual(
      expect.arrayContaining([
        "users.csv 1 row that an earlier import brought is not in this bulk file and was deactivated.",
      ]),
    );
  });

  it("a family link to a guardian a bulk file no longer lists is not counted as made", async () => {
    await run(riverside);

    const report = await run(
      riversideWith({ "users.csv": (text) => text.replace(/^g-1,.*\n/m, "") }),
    );

    expect(report.imported).toBe(true);
    expect(await familyLinksOf(database.db, districtId)).toEqual(["g-2 -> s-2"]);
    expect(report.counts.guardianLinks).toBe(1);
  });

  it("a person marked tobedeleted is deactivated with their enrollments and family links", async () => {
    await run(riverside);

    const report = await run(
      riversideWith({
        "users.csv": (text) => text.replace("s-1,,,true,", "s-1,tobedeleted,2025-09-01,true,"),
      }),
    );

    expect(report.imported).toBe(true);
    const people = await peopleOf(database.db, districtId);
    expect(people.find((p) => p.source_id === "s-1")).toMatchObject({
      active: 0,
      given_name: "Linh",
    });
    expect(await familyLinksOf(database.db, districtId)).toEqual(["g-2 -> s-2"]);
    expect(await enrollmentsOf(database.db, districtId)).not.toContain("c-1: s-1 (student)");
  });

  it("a student a delta marks tobedeleted takes the family links of unlisted guardians", async () => {
    await run(riverside);

    const delta = riversideWith({
      "manifest.csv": (text) => text.replaceAll(",bulk", ",delta"),
      "users.csv": (text) =>
        text
          .split("\n")
          .filter((line) => line.startsWith("sourcedId") || line.startsWith("s-1,"))
          .join("\n")
          .replace("s-1,,,true,", "s-1,tobedeleted,2025-09-01,true,"),
      "classes.csv": (text) => text.split("\n")[0] ?? "",
      "enrollments.csv": (text) => text.split("\n")[0] ?? "",
    });
    const report = await run(delta);

    expect(report.errors).toEqual([]);
    expect(await familyLinksOf(database.db, districtId)).toEqual(["g-2 -> s-2"]);
    expect(await enrollmentsOf(database.db, districtId)).not.toContain("c-1: s-1 (student)");
  });

  it("a delta export changes only the rows it lists", async () => {
    await run(riverside);

    const delta = riversideWith({
      "manifest.csv": (text) => text.replaceAll(",bulk", ",delta"),
      "users.csv": (text) =>
        text
          .split("\n")
          .filter((line) => line.startsWith("sourcedId") || line.startsWith("g-2,"))
          .join("\n")
          .replace("Marco", "Marcus"),
      "classes.csv": (text) => text.split("\n")[0] ?? "",
      "enrollments.csv": (text) => text.replace(/^e-[1-4],.*\n/gm, ""),
    });
    const report = await run(delta);

    expect(report.errors).toEqual([]);
    const people = await peopleOf(database.db, districtId);
    expect(people.filter((p) => p.active === 1)).toHaveLength(6);
    expect(people.find((p) => p.source_id === "g-2")?.given_name).toBe("Marcus");
    expect(await enrollmentsOf(database.db, districtId)).toHaveLength(5);
    expect(await familyLinksOf(database.db, districtId)).toEqual(["g-1 -> s-1", "g-2 -> s-2"]);
  });

  it("the school made at setup takes the roster's id and name, keeps its vision, and says so", async () => {
    const setUp = await createSchool(database.db, {
      districtId,
      name: "Our school",
      mathVision: "Every student reasons and explains.",
      timeZone: "Europe/Paris",
    });

    const report = await run(riverside);
    const again = await run(riverside);

    expect(report.warnings).toContainEqual(
      expect.objectContaining({
        file: "orgs.csv",
        line: null,
        column: "name",
        message:
          "The school set up in the app as Our school is the roster's one school, so it now has " +
          "the roster's name, Riverside Middle School; its Math Vision, settings and plans stay. " +
          "From now on its name comes from the roster: each import brings it.",
      }),
    );
    expect(again.warnings.map((warning) => warning.message)).not.toContainEqual(
      expect.stringMatching(/^The school set up in the app/),
    );

    const schools = await database.db
      .selectFrom("schools")
      .select(["id", "source_id", "name", "math_vision", "time_zone"])
      .where("district_id", "=", districtId)
      .execute();
    expect(schools).toEqual([
      {
        id: setUp.id,
        source_id: "sch-1",
        name: "Riverside Middle School",
        math_vision: "Every student reasons and explains.",
        time_zone: "Europe/Paris",
      },
    ]);
    expect((await classesOf(database.db, districtId)).map((c) => c.school)).toEqual([
      "Riverside Middle School",
      "Riverside Middle School",
    ]);
  });

  it("a school made at setup is the roster's school of the same name among several", async () => {
    const setUp = await createSchool(database.db, {
      districtId,
      name: " riverside  middle school",
      mathVision: "Every student reasons and explains.",
    });

    const report = await run(
      riversideWith({
        "orgs.csv": (text) => `${text}sch-2,,,Riverside High School,school,RHS,dist-1\n`,
      }),
    );

    const schools = await database.db
      .selectFrom("schools")
      .select(["id", "source_id", "name", "math_vision"])
      .where("district_id", "=", districtId)
      .orderBy("name")
      .execute();
    expect(schools).toEqual([
      {
        id: expect.any(String),
        source_id: "sch-2",
        name: "Riverside High School",
        math_vision: "",
      },
      {
        id: setUp.id,
        source_id: "sch-1",
        name: "Riverside Middle School",
        math_vision: "Every student reasons and explains.",
      },
    ]);
    expect(report.counts.schools).toBe(2);
    expect(report.warnings.map((warning) => warning.message)).not.toContainEqual(
      expect.stringMatching(/was not matched/),
    );
  });

  it("a school made at setup stays beside a roster of two schools, and the report says so", async () => {
    await createSchool(database.db, { districtId, name: "Our school" });

    const report = await run(
      riversideWith({
        "orgs.csv": (text) => `${text}sch-2,,,Riverside High School,school,RHS,dist-1\n`,
      }),
    );

    expect(report.counts.schools).toBe(2);
    expect(report.warnings).toContainEqual(
      expect.objectContaining({
        file: "orgs.csv",
        line: null,
        column: null,
        message:
          "The school Our school, made in the app, was not matched to a school of the roster, which brings 2 schools; it stays as it is, beside them.",
      }),
    );
    const names = await database.db.selectFrom("schools").select("name").orderBy("name").execute();
    expect(names.map((school) => school.name)).toEqual([
      "Our school",
      "Riverside High School",
      "Riverside Middle School",
    ]);
  });

  it("no password of the roster reaches the database, not even the report", async () => {
    await run(riverside);

    const tables = [
      "districts",
      "schools",
      "people",
      "person_schools",
      "classes",
      "enrollments",
      "guardian_links",
      "roster_imports",
    ] as const;
    for (const table of tables) {
      const rows = await database.db.selectFrom(table).selectAll().execute();
      expect(JSON.stringify(rows)).not.toMatch(/Pa55/);
    }
  });

  it("a failure part-way through writing stores nothing at all", async () => {
    const failingStore = {
      ...rosterStore,
      upsertEnrollments: async () => {
        throw new Error("disk full");
      },
    };

    const report = await run(riverside, { store: failingStore });

    expect(report.imported).toBe(false);
    expect(report.errors).toMatchObject([
      {
        file: "small-district-1.1",
        line: null,
        column: null,
        message: "The import stopped part-way and nothing was stored: disk full",
      },
    ]);
    expect(await rosterRowCounts(database.db, districtId)).toEqual(nothingStored);
    const district = await rosterStore.findDistrict(database.db, districtId);
    expect(district).toMatchObject({ name: "Set up by hand", source_id: null });
    const records = await database.db.selectFrom("roster_imports").select("status").execute();
    expect(records).toEqual([{ status: "refused" }]);
  });

  it("a row that refers to a missing row is caught before the commit and stores nothing", async () => {
    // SQLite writes the import without per-row reference checks and checks the tables whole
    // before committing: a write that breaks a reference must still undo the whole import.
    const brokenStore = {
      ...rosterStore,
      upsertEnrollments: async (...args: Parameters<typeof rosterStore.upsertEnrollments>) => {
        const [db, write] = args;
        const [first, ...rest] = write.enrollments;
        const broken = first ? [{ ...first, classId: "no-such-class" }, ...rest] : rest;
        return dialect === "sqlite"
          ? rosterStore.upsertEnrollments(db, { ...write, enrollments: broken })
          : rosterStore.upsertEnrollments(db, { ...write, enrollments: broken }).catch(() => {
              throw new rosterStore.BrokenReferenceError("enrollments", "classes");
            });
      },
    };

    const report = await run(riverside, { store: brokenStore });

    expect(report.imported).toBe(false);
    expect(report.errors.map((error) => error.message)).toEqual([
      "The import stopped part-way and nothing was stored: " +
        "a row of enrollments refers to a missing row of classes",
    ]);
    expect(await rosterRowCounts(database.db, districtId)).toEqual(nothingStored);
  });

  it("keeps the checked rows on disk only while it imports, and clears a killed one's", async () => {
    const broken = riversideWith({ "users.csv": (text) => `${text}s-9,,,\n` });
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "roster-temp-"));
    vi.stubEnv("TMPDIR", scratch);
    const seen: string[][] = [];
    const watchingStore = {
      ...rosterStore,
      listSchools: async (...args: Parameters<typeof rosterStore.listSchools>) => {
        seen.push(fs.readdirSync(scratch));
        return rosterStore.listSchools(...args);
      },
    };
    // What a killed import left two days ago is removed; another running import's is not.
    const abandoned = path.join(scratch, "maps-import-abandoned");
    const running = path.join(scratch, "maps-import-running");
    fs.mkdirSync(abandoned);
    fs.mkdirSync(running);
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000);
    fs.utimesSync(abandoned, twoDaysAgo, twoDaysAgo);
    try {
      const imported = await run(riverside, { store: watchingStore });
      const refused = await run(broken);

      expect(imported.imported).toBe(true);
      expect(refused.imported).toBe(false);
      expect(seen[0]).toHaveLength(2);
      expect(seen[0]).toContain("maps-import-running");
      expect(fs.readdirSync(scratch)).toEqual(["maps-import-running"]);
    } finally {
      vi.unstubAllEnvs();
      fs.rmSync(scratch, { recursive: true, force: true });
    }
  });

  it("a server that cannot keep the checked rows on disk refuses the import and says why", async () => {
    vi.stubEnv("TMPDIR", path.join(os.tmpdir(), "no-such-folder-for-maps", "deeper"));
    try {
      const report = await run(riverside);

      expect(report.imported).toBe(false);
      expect(report.errors.map((problem) => problem.message)).toEqual([
        "The server could not keep the checked rows in its temporary folder (ENOENT), so " +
          "nothing was stored. Free some disk space on the server (or set TMPDIR) and import again.",
      ]);
      expect(await rosterRowCounts(database.db, districtId)).toEqual(nothingStored);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("a database kept busy by another writer refuses the import with a message to retry", async () => {
    const busyStore = {
      ...rosterStore,
      upsertPeople: async () => {
        throw Object.assign(new Error("database is locked"), { code: "SQLITE_BUSY" });
      },
    };

    const report = await run(riverside, { store: busyStore });

    expect(report.imported).toBe(false);
    expect(report.errors.map((problem) => problem.message)).toEqual([
      "The database was busy with another import or a long save for too long, so nothing was " +
        "stored. Wait until it has finished and import again.",
    ]);
    expect(await rosterRowCounts(database.db, districtId)).toEqual(nothingStored);
  });

  it("an export whose files change after the check is stored as it was checked", async () => {
    const folder = riversideWith({});
    const changingStore = {
      ...rosterStore,
      listSchools: async (...args: Parameters<typeof rosterStore.listSchools>) => {
        const users = path.join(folder, "users.csv");
        const text = fs.readFileSync(users, "utf8");
        fs.writeFileSync(
          users,
          text.replace("s-1,,,true,sch-1,student,lnguyen,,Linh", "s-1,,,true,sch-1,janitor,x,,Lin"),
        );
        return rosterStore.listSchools(...args);
      },
    };

    const report = await run(folder, { store: changingStore });

    expect(report.imported).toBe(true);
    expect(report.errors).toEqual([]);
    const linh = await database.db
      .selectFrom("people")
      .select(["role", "given_name"])
      .where("source_id", "=", "s-1")
      .executeTakeFirstOrThrow();
    expect(linh).toEqual({ role: "student", given_name: "Linh" });
  });

  it("each import is recorded with who started it and its report", async () => {
    const admin = await createAdministrator(database.db, { districtId });

    const report = await run(riverside, {
      actorId: admin.id,
      importId: "4b4c8a6e-0d0c-4c53-9a53-0b8d5f7b1a11",
    });

    const record = await rosterStore.findImport(
      database.db,
      districtId,
      "4b4c8a6e-0d0c-4c53-9a53-0b8d5f7b1a11",
    );
    expect(record).toMatchObject({
      started_by: admin.id,
      status: "imported",
      source_name: "small-district-1.1",
    });
    expect(JSON.parse(record?.report ?? "{}")).toEqual(report);
  });

  /** A fresh install has no district: the one made by hand for the other tests goes. */
  const freshInstall = () => database.db.deleteFrom("districts").execute();

  it("a first import on a fresh install makes the district, named after the roster's district", async () => {
    const freshId = "0e6f0a52-96c4-4d4b-8a39-6f3f5a1e2b7c";
    await freshInstall();

    const report = await run(lakeside, { districtId: freshId, createDistrict: true });

    expect(report.imported).toBe(true);
    expect(await rosterStore.findDistrict(database.db, freshId)).toMatchObject({
      name: "Lakeside District",
      source_id: "dist-9",
    });
  });

  it("a refused first import leaves no district behind", async () => {
    const freshId = "9d1b1c7e-5a43-4d0f-9a0c-2b7c1f3e4d5a";
    await freshInstall();

    const report = await run(riversideWith({ "users.csv": null }), {
      districtId: freshId,
      createDistrict: true,
    });

    expect(report.imported).toBe(false);
    expect(await rosterStore.findDistrict(database.db, freshId)).toBeUndefined();
  });

  it("of two first imports at once, the second finds the district made and stores nothing", async () => {
    await freshInstall();
    const first = "5b0f3c2e-8d1a-4e6b-9c7d-1a2b3c4d5e6f";
    const second = "7c1e2d3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f";

    const reports = await Promise.all([
      run(riverside, { districtId: first, createDistrict: true }),
      run(riverside, { districtId: second, createDistrict: true }),
    ]);

    expect(reports.map((report) => report.imported).sort()).toEqual([false, true]);
    const refused = reports.find((report) => !report.imported);
    expect(refused?.errors.map((error) => error.message)).toEqual([
      "Another import made this database's district while this one ran, so nothing was " +
        "stored. Import again: the roster then goes into that district.",
    ]);
    const districts = await rosterStore.listDistricts(database.db);
    expect(districts).toHaveLength(1);
    expect(await rosterRowCounts(database.db, districts[0]?.id ?? "")).toMatchObject({
      people: 6,
      enrollments: 5,
    });
  });

  it("an export for another district is refused", async () => {
    await run(riverside);

    const report = await run(
      riversideWith({ "orgs.csv": (text) => text.replaceAll("dist-1", "dist-2") }),
    );

    expect(report.imported).toBe(false);
    expect(report.errors).toEqual([
      expect.objectContaining({ file: "orgs.csv", line: 2, column: "sourcedId" }),
    ]);
    expect(report.errors[0]?.message).toMatch(
      /for district dist-2, but this district was imported from dist-1/,
    );
  });

  it("a header-only bulk file deactivates nobody, and says so", async () => {
    await run(riverside);

    const report = await run(
      riversideWith({ "enrollments.csv": (text) => text.split("\n")[0] ?? "" }),
    );

    expect(report.imported).toBe(true);
    expect(report.warnings).toContainEqual(
      expect.objectContaining({
        file: "enrollments.csv",
        line: null,
        column: null,
        message: expect.stringMatching(/^This bulk file has only its header line/),
      }),
    );
    expect(await enrollmentsOf(database.db, districtId)).toHaveLength(5);
  });
});
