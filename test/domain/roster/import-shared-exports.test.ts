import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { importRoster } from "../../../src/domain/roster/import-roster.ts";
import type { RosterReport } from "../../../src/domain/roster/roster-report.ts";
import { dialects, freshDatabase, type TestDatabase } from "../../support/databases.ts";
import { createDistrict } from "../../support/factories.ts";
import {
  classesOf,
  enrollmentsOf,
  familyLinksOf,
  peopleOf,
  sharedExport,
} from "./roster-fixtures.ts";

/*
 * The real exports under shared/data/oneroster, unmodified: each must import, quirks and all,
 * with the people and family links a reader of the CSV files expects, and a warning for each
 * quirk rather than a crash or a silently dropped person.
 */

const catalyst = (name: string) => sharedExport(`catalyst-moodle-enrol_oneroster/${name}`);

function messages(report: RosterReport) {
  return report.warnings.map(
    (problem) =>
      `${problem.file}:${problem.line ?? "-"}:${problem.column ?? "-"} ${problem.message}`,
  );
}

const catalystPeople = [
  ["usr-222-123456", "teacher", "John", "Doe"],
  ["usr-222-1234561", "guardian", "Thomas", "Jones"],
  ["usr-222-1234561232", "student", "mmichel", "Jones"],
  ["usr-222-567891", "student", "Anna", "Brown"],
  ["usr-222-66778899", "student", "Mary", "Jones"],
  ["usr-222-987654", "teacher", "Jim", "Smith"],
];

describe.each(dialects)("the real OneRoster exports on %s", (dialect) => {
  let database: TestDatabase;
  let districtId: string;

  beforeEach(async () => {
    database = await freshDatabase(dialect);
    districtId = (await createDistrict(database.db)).id;
  });
  afterEach(async () => {
    await database.drop();
  });

  const importExport = (source: string) =>
    importRoster(database.db, {
      districtId,
      source,
      skipInvalid: false,
      actorId: null,
      clock: () => new Date("2025-09-01T12:00:00Z"),
    });

  it("an administrator imports the 1.1 full set: a parent linked to his daughter, quirks warned", async () => {
    const report = await importExport(catalyst("v1p1_Test_full_data_set"));

    expect(report.errors).toEqual([]);
    expect(report.imported).toBe(true);
    expect(report.counts).toEqual({
      schools: 1,
      classes: 2,
      teachers: 2,
      students: 3,
      guardians: 1,
      administrators: 0,
      guardianLinks: 1,
      enrollments: 6,
    });
    const people = await peopleOf(database.db, districtId);
    expect(people.map((p) => [p.source_id, p.role, p.given_name, p.family_name])).toEqual(
      catalystPeople,
    );
    expect(people.find((p) => p.source_id === "usr-222-1234561")).toMatchObject({
      email: "thomas.jones@testemail.com",
      phone: "6039876543",
      active: 1,
    });
    expect(await familyLinksOf(database.db, districtId)).toEqual([
      "usr-222-1234561 -> usr-222-66778899",
    ]);
    expect(await classesOf(database.db, districtId)).toEqual([
      {
        source_id: "cls-222-123456",
        title: "Introduction to Physics",
        active: 1,
        school: "History Department",
      },
      {
        source_id: "cls-222-123478",
        title: "History - 2",
        active: 0,
        school: "History Department",
      },
    ]);
    // The class marked tobedeleted takes its enrollments along; the teacher enrolled as a
    // student stays enrolled, with a warning.
    expect(await enrollmentsOf(database.db, districtId)).toEqual([
      "cls-222-123456: usr-222-123456 (teacher)",
      "cls-222-123456: usr-222-1234561232 (student)",
      "cls-222-123456: usr-222-987654 (student)",
    ]);
    expect(messages(report)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^orgs\.csv:2:parentSourcedId The parent org org-sch-222-3456 is not in orgs\.csv/,
        ),
        expect.stringMatching(/^users\.csv:-:password This file holds passwords/),
        expect.stringMatching(
          /^users\.csv:3:agentSourcedIds No family link was made with usr-222-123456: .* role teacher/,
        ),
        expect.stringMatching(/^classes\.csv:2:classType “Scheduled” was read as “scheduled”/),
        expect.stringMatching(
          /^classes\.csv:2:schoolSourcedId The org org-sch-222-456 has the type department/,
        ),
        expect.stringMatching(
          /^enrollments\.csv:3:role usr-222-987654 has the role teacher but is enrolled with the role student/,
        ),
        expect.stringMatching(/^classes\.csv:-:- 1 row is marked for removal/),
      ]),
    );
  });

  it("an administrator imports the 1.1 minimal set, where only the required fields are filled", async () => {
    const report = await importExport(catalyst("v1p1_Test_minimal_data_set"));

    expect(report.errors).toEqual([]);
    expect(report.counts).toMatchObject({
      teachers: 2,
      students: 3,
      guardians: 1,
      guardianLinks: 0,
    });
    const people = await peopleOf(database.db, districtId);
    expect(people.map((p) => [p.source_id, p.role, p.given_name, p.family_name])).toEqual(
      catalystPeople,
    );
    expect(people.every((p) => p.email === null && p.active === 1)).toBe(true);
    expect(await enrollmentsOf(database.db, districtId)).toHaveLength(6);
    expect(await familyLinksOf(database.db, districtId)).toEqual([]);
  });

  it("an administrator imports the 1.2 full set with its header typos, day-first dates and roles.csv", async () => {
    const report = await importExport(catalyst("v1p2_full_dataset"));

    expect(report.errors).toEqual([]);
    expect(report.counts).toEqual({
      schools: 1,
      classes: 2,
      teachers: 2,
      students: 3,
      guardians: 0,
      administrators: 1,
      guardianLinks: 2,
      enrollments: 6,
    });
    const people = await peopleOf(database.db, districtId);
    const byId = Object.fromEntries(people.map((p) => [p.source_id, p]));
    // roles.csv gives Thomas only a secondary siteAdministrator role; John is a teacher with a
    // secondary guardian role, so the students naming him as their agent are his family.
    expect(byId["usr-222-1234561"]).toMatchObject({ role: "administrator", preferred_name: "Tom" });
    expect(byId["usr-222-66778899"]).toMatchObject({ role: "student", preferred_name: "MJ" });
    expect(byId["usr-222-123456"]).toMatchObject({ role: "teacher", given_name: "John" });
    expect(await familyLinksOf(database.db, districtId)).toEqual([
      "usr-222-123456 -> usr-222-1234561232",
      "usr-222-123456 -> usr-222-66778899",
    ]);
    expect(messages(report)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^manifest\.csv:22:value file\.userProfiles has no value/),
        expect.stringMatching(/^users\.csv:1:prefferedGivenName Read as preferredGivenName/),
        expect.stringMatching(
          /^users\.csv:2:dateLastModified “1\/05\/2023” is not an ISO 8601 date/,
        ),
        expect.stringMatching(/^users\.csv:7:dateLastModified “15\/06\/2023”/),
        expect.stringMatching(
          /^users\.csv:4:- This person has no primary role in roles\.csv; administrator was used/,
        ),
        expect.stringMatching(/^users\.csv:4:- This person is an administrator/),
        expect.stringMatching(
          /^users\.csv:4:agentSourcedIds No family link was made with usr-222-66778899/,
        ),
        expect.stringMatching(/^roles\.csv:1:- Column 10 has no name/),
        expect.stringMatching(/^roles\.csv:1:dataLastModified Read as dateLastModified/),
        expect.stringMatching(/^userprofiles\.csv:-:- The file should be named userProfiles\.csv/),
      ]),
    );
  });

  it("an administrator imports the well-formed 1.2 delta set: one student in one class", async () => {
    const report = await importExport(catalyst("v1p2_oneroster_test_data"));

    expect(report.errors).toEqual([]);
    expect(report.counts).toEqual({
      schools: 1,
      classes: 1,
      teachers: 0,
      students: 1,
      guardians: 0,
      administrators: 0,
      guardianLinks: 0,
      enrollments: 1,
    });
    const [bruce] = await peopleOf(database.db, districtId);
    expect(bruce).toMatchObject({
      source_id: "USER_0",
      role: "student",
      given_name: "Bruce",
      family_name: "Wayne",
    });
    expect(await classesOf(database.db, districtId)).toEqual([
      { source_id: "CLASS_001", title: "Basic Detection", active: 1, school: "Gotham High School" },
    ]);
    expect(await enrollmentsOf(database.db, districtId)).toEqual(["CLASS_001: USER_0 (student)"]);
    const schools = await database.db
      .selectFrom("person_schools")
      .innerJoin("schools", "schools.id", "person_schools.school_id")
      .select("schools.source_id")
      .where("person_schools.person_id", "=", bruce?.id ?? "")
      .execute();
    expect(schools).toEqual([{ source_id: "ORG_1" }]);
    expect(messages(report)).toEqual([
      expect.stringMatching(/^users\.csv:-:password This file holds passwords/),
    ]);
  });

  it("an administrator imports the lepo sample, every field quoted and extension columns at the end", async () => {
    const report = await importExport(sharedExport("lepo-project-roster-hub/v1p1_sample_csv_en"));

    expect(report.errors).toEqual([]);
    expect(report.counts).toEqual({
      schools: 1,
      classes: 5,
      teachers: 0,
      students: 20,
      guardians: 0,
      administrators: 0,
      guardianLinks: 0,
      enrollments: 30,
    });
    const people = await peopleOf(database.db, districtId);
    expect(people).toHaveLength(20);
    expect(people[0]).toMatchObject({
      source_id: "us0001",
      given_name: "GN 01",
      family_name: "FN 01",
      email: "user01@sample-u.ac.jp",
    });
    const enrollments = await enrollmentsOf(database.db, districtId);
    expect(enrollments.filter((entry) => entry.startsWith("cl0001:"))).toEqual([
      "cl0001: us0001 (teacher)",
      "cl0001: us0003 (student)",
      "cl0001: us0004 (student)",
      "cl0001: us0005 (student)",
    ]);
    expect(messages(report)).toEqual(
      expect.arrayContaining([
        "manifest.csv:10:propertyName “fiel.demographics” is not a OneRoster manifest key, so it was ignored.",
        "users.csv:1:metadata.phoneticGivenName An extension column; the app does not use it.",
        expect.stringMatching(
          /^enrollments\.csv:2:role us0001 has the role student but is enrolled with the role teacher/,
        ),
      ]),
    );
  });
});
