import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { importRoster } from "../../../src/domain/roster/import-roster.ts";
import type { Problem } from "../../../src/domain/roster/roster-report.ts";
import { dialects, freshDatabase, type TestDatabase } from "../../support/databases.ts";
import { createDistrict } from "../../support/factories.ts";
import {
  type ExportEdits,
  exportWith,
  familyLinksOf,
  fixture,
  peopleOf,
  removeScratch,
  replaceLine,
} from "./roster-fixtures.ts";

/*
 * Files from the wild: each of these slips still imports everyone, with a warning that says what
 * was forgiven and where.
 */

const riverside = fixture("small-district-1.1");
const place = (problem: Problem) => `${problem.file}:${problem.line}:${problem.column}`;

describe.each(dialects)("a messy export on %s", (dialect) => {
  let database: TestDatabase;
  let districtId: string;

  beforeEach(async () => {
    database = await freshDatabase(dialect);
    districtId = (await createDistrict(database.db)).id;
  });
  afterEach(async () => {
    await database.drop();
    removeScratch();
  });

  async function importEdited(edits: ExportEdits) {
    const report = await importRoster(database.db, {
      districtId,
      source: exportWith(riverside, edits),
      skipInvalid: false,
      actorId: null,
      clock: () => new Date("2025-09-01T12:00:00Z"),
    });
    expect(report.errors).toEqual([]);
    expect(report.imported).toBe(true);
    expect(await peopleOf(database.db, districtId)).toHaveLength(6);

    return report;
  }

  const withoutPasswordNote = (warnings: Problem[]) =>
    warnings.filter((warning) => warning.column !== "password");

  it("a file that starts with a byte-order mark reads its first column all the same", async () => {
    const report = await importEdited({
      "users.csv": (text) => `\uFEFF${text}`.replace(/^\uFEFF/, "\u00EF\u00BB\u00BF"),
      "orgs.csv": (text) => `\u00EF\u00BB\u00BF${text}`,
    });

    expect(withoutPasswordNote(report.warnings)).toEqual([]);
  });

  it("CRLF, LF and a mix of both in one file read the same, lines counted right", async () => {
    const report = await importEdited({
      "users.csv": (text) => text.replaceAll("\n", "\r\n"),
      "classes.csv": (text) => text.replace("\n", "\r\n"),
      "enrollments.csv": (text) =>
        text
          .replace("\n", "\r\n")
          .replace("e-3,,,c-1,sch-1,s-2,student", "e-3,,,c-1,sch-1,s-2,Student"),
    });

    expect(report.warnings.filter((w) => w.file === "enrollments.csv").map(place)).toEqual([
      "enrollments.csv:4:role",
    ]);
  });

  it("a quoted list of agents links a student to both of her guardians", async () => {
    const report = await importEdited({
      "users.csv": replaceLine(
        3,
        's-1,,,true,sch-1,student,lnguyen,,Linh,Nguyen,,S1,,,,"g-1, g-2",07,',
      ),
    });

    expect(withoutPasswordNote(report.warnings)).toEqual([]);
    expect(await familyLinksOf(database.db, districtId)).toEqual([
      "g-1 -> s-1",
      "g-2 -> s-1",
      "g-2 -> s-2",
    ]);
  });

  it("an extension column is reported once and its values are left aside", async () => {
    const report = await importEdited({
      "users.csv": (text) =>
        text
          .split("\n")
          .map((line, index) =>
            line === "" ? line : `${line},${index === 0 ? "metadata.pronouns" : "they/them"}`,
          )
          .join("\n"),
    });

    expect(withoutPasswordNote(report.warnings)).toMatchObject([
      {
        file: "users.csv",
        line: 1,
        column: "metadata.pronouns",
        message: "An extension column; the app does not use it.",
      },
    ]);
  });

  it("a header-only file imports as nothing to change, with a warning", async () => {
    const report = await importEdited({
      "classes.csv": (text) => text.split("\n")[0] ?? "",
      "enrollments.csv": (text) => text.split("\n")[0] ?? "",
    });

    expect(report.counts.classes).toBe(0);
    expect(report.warnings.map(place)).toEqual(
      expect.arrayContaining(["classes.csv:null:null", "enrollments.csv:null:null"]),
    );
  });

  it("an unknown manifest key is reported and ignored", async () => {
    const report = await importEdited({
      "manifest.csv": (text) =>
        text.replace("file.demographics,absent", "fiel.demographics,absent"),
    });

    expect(withoutPasswordNote(report.warnings)).toMatchObject([
      {
        file: "manifest.csv",
        line: 10,
        column: "propertyName",
        message: "“fiel.demographics” is not a OneRoster manifest key, so it was ignored.",
      },
    ]);
  });

  it("enumeration values with a case slip are read, each with a warning", async () => {
    const report = await importEdited({
      "users.csv": (text) =>
        text.replace("t-1,,,true,sch-1,teacher,", "t-1,Active,,TRUE,sch-1,Teacher,"),
      "orgs.csv": (text) => text.replace(",school,", ",School,"),
      "manifest.csv": (text) => text.replace("file.users,bulk", "file.users,Bulk"),
    });

    expect(withoutPasswordNote(report.warnings).map((w) => `${place(w)} ${w.message}`)).toEqual([
      "manifest.csv:16:value “Bulk” was read as “bulk” (OneRoster values are case-sensitive).",
      "orgs.csv:3:type “School” was read as “school” (OneRoster values are case-sensitive).",
      "users.csv:2:status “Active” was read as “active” (OneRoster values are case-sensitive).",
      "users.csv:2:role “Teacher” was read as “teacher” (OneRoster values are case-sensitive).",
    ]);
    const people = await peopleOf(database.db, districtId);
    expect(people.find((p) => p.source_id === "t-1")).toMatchObject({ role: "teacher", active: 1 });
  });

  it("header names with a case slip or a typo are read as the columns they mean", async () => {
    const report = await importEdited({
      "users.csv": replaceLine(
        1,
        "SourcedId,status,dateLastModified,enabledUser,orgSourcedIds,role,username,userIds,givenName,familyNmae,middleName,identifier,email,sms,phone,agentSourcedIds,grades,password",
      ),
    });

    expect(withoutPasswordNote(report.warnings).map((w) => `${place(w)} ${w.message}`)).toEqual([
      "users.csv:1:SourcedId Read as sourcedId (OneRoster column names are case-sensitive).",
      "users.csv:1:familyNmae Read as familyName, which this looks like a misspelling of.",
    ]);
    const people = await peopleOf(database.db, districtId);
    expect(people.find((p) => p.source_id === "g-1")?.family_name).toBe("Nguyen");
  });
});
