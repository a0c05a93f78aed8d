import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { findDistrict } from "../../../src/db/roster-store.ts";
import type { ImportRosterOptions } from "../../../src/domain/roster/import-roster.ts";
import { type Problem, problemCount } from "../../../src/domain/roster/roster-report.ts";
import { dialects, freshDatabase, type TestDatabase } from "../../support/databases.ts";
import { createDistrict } from "../../support/factories.ts";
import {
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
  scratchFolder,
} from "./roster-fixtures.ts";
import { entriesOf, writeZip } from "./write-zip.ts";

/*
 * Bad input of every kind gets a message saying what is wrong and where, and stores nothing:
 * no half-written import, no crash.
 */

const riverside = fixture("small-district-1.1");
const badRows = fixture("bad-rows");
const where = (problem: Problem) => `${problem.file}:${problem.line}:${problem.column}`;

describe.each(dialects)("bad input on %s", (dialect) => {
  let database: TestDatabase;
  let districtId: string;

  beforeEach(async () => {
    database = await freshDatabase(dialect);
    districtId = (await createDistrict(database.db, { name: "Before" })).id;
  });
  afterEach(async () => {
    await database.drop();
    removeScratch();
  });

  const run = (source: string, options: Partial<ImportRosterOptions> = {}) =>
    importInto(database.db, districtId, source, options);

  /** Riverside zipped with one entry's bytes changed, its headers keeping the true checksum. */
  function zipWithDamaged(name: string, damage: (data: Buffer) => Buffer) {
    const entries = entriesOf(riverside).map((entry) =>
      entry.name === name
        ? { ...entry, data: damage(entry.data), declaredCrc: zlib.crc32(entry.data) }
        : entry,
    );
    return writeZip(path.join(scratchFolder(), "roster.zip"), entries);
  }

  async function expectRefused(
    source: string,
    expected: Partial<Problem>,
    options: Partial<ImportRosterOptions> = {},
  ) {
    const report = await run(source, options);

    expect(report.imported).toBe(false);
    expect(report.canImportValidRows).toBe(false);
    expect(report.errors).toContainEqual(expect.objectContaining(expected));
    expect(await rosterRowCounts(database.db, districtId)).toEqual(nothingStored);
    expect(await findDistrict(database.db, districtId)).toMatchObject({
      name: "Before",
      source_id: null,
    });

    return report;
  }

  it("an export with several bad rows reports every problem with its file, line and column", async () => {
    const report = await run(badRows);

    expect(report.imported).toBe(false);
    expect(report.canImportValidRows).toBe(true);
    expect(report.errors.map((problem) => `${where(problem)} ${problem.message}`)).toEqual([
      "users.csv:4:sourcedId This value is required but empty.",
      expect.stringMatching(/^users\.csv:5:role “janitor” is not one of: student, teacher, /),
      "users.csv:6:sourcedId This sourcedId is already used on line 3.",
      expect.stringMatching(/^users\.csv:7:status “removed” is not one of: active, tobedeleted/),
      "classes.csv:3:schoolSourcedId The school sch-404 is neither in orgs.csv nor already a school of the district.",
      "classes.csv:4:title This value is required but empty.",
      "enrollments.csv:4:userSourcedId s-2 is in a row that has errors, so this row cannot be imported either.",
      "enrollments.csv:5:classSourcedId c-2 is in a row that has errors, so this row cannot be imported either.",
      "enrollments.csv:6:userSourcedId s-404 is neither in the export nor already in the roster.",
      "enrollments.csv:7:null The row has 11 values but the header has 10 columns; a value with a comma may be missing its quotes.",
    ]);
    expect(await rosterRowCounts(database.db, districtId)).toEqual(nothingStored);
    const [record] = await database.db.selectFrom("roster_imports").select("status").execute();
    expect(record?.status).toBe("refused");
  });

  it("an administrator who chooses to skip invalid rows gets only the good rows", async () => {
    const report = await run(badRows, { skipInvalid: true });

    expect(report.imported).toBe(true);
    expect(report.errors).toHaveLength(10);
    expect(report.counts).toEqual({
      schools: 1,
      classes: 1,
      teachers: 1,
      students: 1,
      guardians: 0,
      administrators: 0,
      guardianLinks: 0,
      enrollments: 2,
    });
    const people = await peopleOf(database.db, districtId);
    expect(people.map((p) => [p.source_id, p.family_name])).toEqual([
      ["s-1", "Nguyen"],
      ["t-1", "Okafor"],
    ]);
    expect(await enrollmentsOf(database.db, districtId)).toEqual([
      "c-1: s-1 (student)",
      "c-1: t-1 (teacher)",
    ]);
  });

  it("skipping invalid rows of a bulk file keeps the people those rows name as they were", async () => {
    await run(riverside);

    await run(badRows, { skipInvalid: true });

    const people = await peopleOf(database.db, districtId);
    const state = Object.fromEntries(people.map((p) => [p.source_id, [p.given_name, p.active]]));
    expect(state).toEqual({
      "g-1": ["Hoa", 0],
      "g-2": ["Marco", 0],
      "s-1": ["Linh", 1],
      "s-2": ["Sam", 1],
      "s-3": ["Ana", 1],
      "t-1": ["Tamara", 1],
    });
    expect(await familyLinksOf(database.db, districtId)).toEqual([]);
  });

  it("a zip whose entry climbs out of the export is refused", async () => {
    const zip = writeZip(path.join(scratchFolder(), "roster.zip"), [
      ...entriesOf(riverside),
      { name: "../../evil.csv", data: Buffer.from("sourcedId\nx\n") },
    ]);

    const report = await expectRefused(zip, { file: "roster.zip", line: null, column: null });
    expect(report.errors[0]?.message).toBe(
      "The zip archive holds an entry named “../../evil.csv”, which points outside the export. The archive was refused.",
    );
  });

  it("a zip with an absolute entry name is refused", async () => {
    const zip = writeZip(path.join(scratchFolder(), "roster.zip"), [
      { name: "/etc/users.csv", data: Buffer.from("sourcedId\nx\n") },
    ]);

    await expectRefused(zip, { message: expect.stringMatching(/entry named “\/etc\/users.csv”/) });
  });

  it("a zip bomb that says it would unpack too much is refused before inflating", async () => {
    const zip = writeZip(path.join(scratchFolder(), "bomb.zip"), [
      ...entriesOf(riverside),
      { name: "courses.csv", data: Buffer.alloc(200_000, 0x41) },
    ]);

    await expectRefused(
      zip,
      {
        message:
          "The zip archive would unpack to more than 0.1 MB. It was not read, in case it is a zip bomb.",
      },
      { limits: { maxEntries: 50, maxUncompressedBytes: 100_000 } },
    );
  });

  it("a zip bomb whose headers lie about its size is stopped while inflating", async () => {
    const users = fs.readFileSync(path.join(riverside, "users.csv"));
    const padded = Buffer.concat([users, Buffer.alloc(5_000_000, 0x0a)]);
    const zip = writeZip(path.join(scratchFolder(), "bomb.zip"), [
      ...entriesOf(riverside).filter((entry) => entry.name !== "users.csv"),
      { name: "users.csv", data: padded, declaredSize: users.length },
    ]);

    await expectRefused(zip, {
      file: "users.csv",
      line: null,
      message:
        "users.csv in the zip archive unpacks to more than the archive says it holds: the archive is damaged, or made to fill the server's disk (a zip bomb). It was refused; make the export again.",
    });
  });

  it("a zip entry cut short is named damaged in words of our own", async () => {
    // Its headers promise more than its data unpacks to, as in an archive cut off in a download.
    const users = fs.readFileSync(path.join(riverside, "users.csv"));
    const zip = writeZip(path.join(scratchFolder(), "cut.zip"), [
      ...entriesOf(riverside).filter((entry) => entry.name !== "users.csv"),
      { name: "users.csv", data: users, declaredSize: users.length + 500 },
    ]);

    const report = await expectRefused(zip, {
      file: "users.csv",
      line: null,
      column: null,
      message:
        "users.csv in the zip archive is damaged and cannot be unpacked to its end (the archive was perhaps cut short in a download or changed after it was made). Nothing was imported; make the export again.",
    });
    expect(JSON.stringify(report)).not.toMatch(/bytes in the stream/);
  });

  it("a zip entry that unpacks to other bytes than the zip recorded is refused, not imported", async () => {
    // One byte changed in enrollments.csv: class c-1 would read as c-2, with no other sign.
    const zip = zipWithDamaged("enrollments.csv", (data) =>
      Buffer.from(data.toString("latin1").replace("e-1,,,c-1", "e-1,,,c-2")),
    );

    await expectRefused(zip, {
      file: "enrollments.csv",
      line: null,
      column: null,
      message:
        "enrollments.csv in the zip archive is damaged: what it unpacks to is not what the archive recorded (its checksum differs). Nothing was imported; make the export again.",
    });
  });

  it("a small zip entry whose damage reads as text that is not UTF-8 is named damaged", async () => {
    // Stored bytes changed where a name was: the text breaks before the checksum is compared.
    const zip = zipWithDamaged("users.csv", (data) => {
      const at = data.indexOf("Linh");
      return Buffer.from(data).fill(0xff, at, at + 4);
    });

    const report = await expectRefused(zip, {
      file: "users.csv",
      line: null,
      column: null,
      message:
        "users.csv in the zip archive is damaged: what it unpacks to is not what the archive recorded (its checksum differs). Nothing was imported; make the export again.",
    });
    expect(report.errors.map((problem) => problem.message).join(" ")).not.toMatch(/UTF-8/);
  });

  it("a damaged zip entry's garbled rows add nothing to the report beside the damage", async () => {
    // Every enabledUser garbled, with the checksum of the true file: each row reads as wrong.
    const zip = zipWithDamaged("users.csv", (data) =>
      Buffer.from(data.toString("latin1").replaceAll(",true,", ",tr#e,")),
    );

    const report = await expectRefused(zip, { file: "users.csv", line: null, column: null });

    const aboutUsers = [...report.errors, ...report.warnings].filter(
      (problem) => problem.file === "users.csv",
    );
    expect(aboutUsers.map((problem) => problem.message)).toEqual([
      expect.stringContaining("users.csv in the zip archive is damaged"),
    ]);
  });

  it("a damaged zip entry's garbage adds nothing to the report about the files read after it", async () => {
    // The first student's roster id garbled: enrollments.csv, read after, names a missing person.
    const zip = zipWithDamaged("users.csv", (data) =>
      Buffer.from(data.toString("latin1").replace("\ns-1,", "\ns-#,")),
    );

    const report = await expectRefused(zip, { file: "users.csv", line: null, column: null });

    expect([...report.errors, ...report.warnings].map((problem) => problem.message)).toEqual([
      expect.stringContaining("users.csv in the zip archive is damaged"),
    ]);
  });

  it("a file of more invalid rows than the limit is read no further, saying so", async () => {
    // A crafted export: every row the same roster id, each one remembered as left out.
    const users = fs.readFileSync(path.join(riverside, "users.csv"), "latin1");
    const [header, first] = users.split("\n");
    const copies = Array.from({ length: 50 }, () => first).join("\n");
    const source = exportWith(riverside, { "users.csv": `${header}\n${first}\n${copies}\n` });

    const report = await expectRefused(
      source,
      {
        file: "users.csv",
        line: 23,
        column: null,
        message:
          "The file has more than 20 rows with errors: the check stopped reading it here. Check that it is the right file and that it is not damaged, then make the export again.",
      },
      { limits: { maxInvalidRows: 20 } },
    );
    const aboutUsers = report.errors.filter((problem) => problem.file === "users.csv");
    expect(Math.max(...aboutUsers.map((problem) => problem.line ?? 0))).toBe(23);
  });

  it("a zip with too many entries is refused", async () => {
    const many = Array.from({ length: 30 }, (_, index) => ({
      name: `extra-${index}.txt`,
      data: Buffer.from("x"),
    }));
    const zip = writeZip(path.join(scratchFolder(), "many.zip"), [
      ...entriesOf(riverside),
      ...many,
    ]);

    await expectRefused(
      zip,
      {
        message:
          "The zip archive holds more than 20 entries; an export has about twenty. It was not read.",
      },
      { limits: { maxEntries: 20, maxUncompressedBytes: 10_000_000 } },
    );
  });

  it("a file named .zip that is not a zip archive is refused", async () => {
    const file = path.join(scratchFolder(), "roster.zip");
    fs.writeFileSync(file, "sourcedId,name\nnot,a zip\n");

    await expectRefused(file, {
      file: "roster.zip",
      message: "roster.zip is not a zip archive (it may be damaged, or another kind of file).",
    });
  });

  it("a zip holding users.csv twice is refused, whether in one folder or two", async () => {
    const users = fs.readFileSync(path.join(riverside, "users.csv"));
    const twiceAtRoot = writeZip(path.join(scratchFolder(), "twice.zip"), [
      ...entriesOf(riverside, ""),
      { name: "users.csv", data: users },
    ]);
    const inTwoFolders = writeZip(path.join(scratchFolder(), "two-folders.zip"), [
      ...entriesOf(riverside, "a/"),
      { name: "b/users.csv", data: users },
    ]);

    await expectRefused(twiceAtRoot, {
      message:
        "The zip archive holds two files named users.csv (users.csv and users.csv); keep only one.",
    });
    await expectRefused(inTwoFolders, {
      message:
        "The zip archive holds two files named users.csv (a/users.csv and b/users.csv); keep only one.",
    });
  });

  it("a zip inside the zip, or a zip of no CSV files, is told apart from a missing manifest", async () => {
    const inner = writeZip(path.join(scratchFolder(), "inner.zip"), entriesOf(riverside));
    const nested = writeZip(path.join(scratchFolder(), "nested.zip"), [
      { name: "export-2026.zip", data: fs.readFileSync(inner) },
    ]);
    const noCsv = writeZip(path.join(scratchFolder(), "notes.zip"), [
      { name: "readme.txt", data: Buffer.from("the roster comes next week") },
    ]);

    await expectRefused(nested, {
      file: "manifest.csv",
      message:
        "The export holds another zip archive, export-2026.zip, and no manifest.csv: open it and " +
        "upload what it holds (or upload it instead).",
    });
    await expectRefused(noCsv, {
      file: "manifest.csv",
      message:
        "The export holds no .csv files. A OneRoster export is a set of .csv files (manifest.csv, " +
        "orgs.csv, users.csv and more), zipped or not.",
    });
  });

  it("a zip holding the export inside a folder imports like the folder itself", async () => {
    const zip = writeZip(path.join(scratchFolder(), "roster.zip"), [
      ...entriesOf(riverside, "riverside-export/"),
      { name: "__MACOSX/riverside-export/._users.csv", data: Buffer.from("junk") },
    ]);

    const report = await run(zip);

    expect(report.errors).toEqual([]);
    expect(report.counts.students).toBe(3);
  });

  const refusedEdits: [string, ExportEdits, Partial<Problem>][] = [
    [
      "an export without users.csv",
      { "users.csv": null },
      {
        file: "users.csv",
        message: "The manifest lists this file as bulk, but the export does not have it.",
      },
    ],
    [
      "an export without users.csv that the manifest does not list",
      { "users.csv": null, "manifest.csv": (text) => text.replace("file.users,bulk\n", "") },
      { file: "users.csv", message: "The export has no users.csv, so there is nobody to import." },
    ],
    [
      "an export without manifest.csv",
      { "manifest.csv": null },
      { file: "manifest.csv", message: expect.stringMatching(/^The export has no manifest\.csv/) },
    ],
    [
      "a CSV file with a quote that never closes",
      { "users.csv": (text) => text.replace("Linh,Nguyen", '"Linh,Nguyen') },
      {
        file: "users.csv",
        line: 3,
        message: expect.stringMatching(
          /^A quoted value starts on this line and is not closed properly/,
        ),
      },
    ],
    [
      "a CSV file with text after a value's closing quote",
      { "users.csv": (text) => text.replace("Linh,Nguyen", '"Linh"h,Nguyen') },
      {
        file: "users.csv",
        line: 3,
        column: "givenName",
        message: expect.stringMatching(/^A quoted value on this line is followed by more text/),
      },
    ],
    [
      "a file missing a column no row can do without",
      { "classes.csv": (text) => text.replace(",title,", ",name,") },
      {
        file: "classes.csv",
        line: 1,
        column: "title",
        message: "This column is missing, and no row can be read without it.",
      },
    ],
    [
      "a CSV file with a quote inside an unquoted value",
      { "users.csv": (text) => text.replace("Linh,Nguyen", 'Li"nh,Nguyen') },
      {
        file: "users.csv",
        line: 3,
        message: expect.stringMatching(/^A quote \("\) stands inside/),
      },
    ],
    [
      "a file that is not text at all",
      { "users.csv": "\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR" },
      { file: "users.csv", message: expect.stringMatching(/^This is not a text file in UTF-8/) },
    ],
    [
      "a file saved as UTF-16",
      { "orgs.csv": (text) => `\u00FF\u00FE${text.split("").join("\u0000")}` },
      {
        file: "orgs.csv",
        message: "The file is saved as UTF-16. Save it as CSV in UTF-8 and import again.",
      },
    ],
    [
      "an empty file",
      { "classes.csv": "" },
      { file: "classes.csv", message: "The file is empty: it has not even a header line." },
    ],
  ];

  it.each(refusedEdits)("%s is refused with a clear message", async (_name, edits, expected) => {
    await expectRefused(exportWith(riverside, edits), expected);
  });

  it("a stray quote far into a long file is reported on its own line", async () => {
    // Thousands of rows span many read chunks, and a value with line breaks shifts every line
    // after it: the line must still be the broken row's own.
    const extra = Array.from(
      { length: 4000 },
      (_, n) => `s-x${n},,,true,sch-1,student,x${n},,Kim,Lee ${n},,X${n},,,,,07,`,
    );
    extra[10] = extra[10]?.replace("Kim,", '"Kim\nKimmy\nKimberly",') ?? "";
    extra[3000] = extra[3000]?.replace("Kim,", 'K"im,') ?? "";
    const source = exportWith(riverside, {
      "users.csv": (text) => `${text.trimEnd()}\n${extra.join("\n")}\n`,
    });
    const header = 1;
    const riversideUsers = fs.readFileSync(path.join(riverside, "users.csv"), "utf8");
    const before = riversideUsers.trimEnd().split("\n").length - header;

    await expectRefused(source, {
      file: "users.csv",
      line: header + before + 3000 + 1 + 2,
      column: "givenName",
      message: expect.stringMatching(/^A quote \("\) stands inside/),
    });
  });

  it("values that cannot be stored are refused on their own line and column", async () => {
    // Past the first 4 KB, where a NUL byte would make the whole file read as not text.
    const padding = Array.from(
      { length: 100 },
      (_, n) => `s-p${n},,,true,sch-1,student,p${n},,Kim,Lee ${n},,P${n},,,,,07,`,
    );
    const bad = [
      "s-nul,,,true,sch-1,student,nul,,Ki\u0000m,Nul,,N1,,,,,07,",
      `${"s".repeat(300)},,,true,sch-1,student,long,,Kim,Long,,L1,,,,,07,`,
      `s-name,,,true,sch-1,student,name,,Kim,${"L".repeat(100_000)},,L2,,,,,07,`,
    ];
    const source = exportWith(riverside, {
      "users.csv": (text) => `${text.trimEnd()}\n${[...padding, ...bad].join("\n")}\n`,
    });
    const lines = fs.readFileSync(path.join(riverside, "users.csv"), "utf8").trimEnd();
    const first = lines.split("\n").length + padding.length + 1;

    const refused = await run(source);
    const skipped = await run(source, { skipInvalid: true });

    expect(refused.imported).toBe(false);
    expect(refused.errors.map((problem) => [where(problem), problem.message])).toEqual([
      [`users.csv:${first}:givenName`, expect.stringMatching(/^This value holds a NUL character/)],
      [
        `users.csv:${first + 1}:sourcedId`,
        "This value is 300 characters long; a roster value here can be at most 255. Check the " +
          "export for a value that ran into the next ones.",
      ],
      [`users.csv:${first + 2}:familyName`, expect.stringMatching(/^This value is 100,000 char/)],
    ]);
    expect(skipped.imported).toBe(true);
    const stored = await database.db
      .selectFrom("people")
      .select("source_id")
      .where("source_id", "in", ["s-nul", "s-name", "s-p99"])
      .execute();
    expect(stored.map((person) => person.source_id)).toEqual(["s-p99"]);
  });

  it("a row cut short is refused with its line, and skipping it keeps what was stored", async () => {
    await run(riverside);
    const cut = (text: string) =>
      text.replace(/^t-1,.*$/m, "t-1,,,true,sch-1,teacher,tokafor,,Tamara");
    const source = exportWith(riverside, { "users.csv": cut });

    const refused = await run(source);
    const skipped = await run(source, { skipInvalid: true });

    expect(refused.imported).toBe(false);
    const [first] = refused.errors;
    expect([first && where(first), first?.message]).toEqual([
      "users.csv:2:null",
      expect.stringMatching(/^The row has 9 values but the header names 18 columns, so it/),
    ]);
    // Its values are not checked one by one: they do not line up with their columns.
    const onItsLine = [...refused.errors, ...refused.warnings].filter(
      (problem) => problem.file === "users.csv" && problem.line === 2,
    );
    expect(onItsLine).toHaveLength(1);
    expect(skipped.imported).toBe(true);
    const people = await peopleOf(database.db, districtId);
    expect(people.find((person) => person.source_id === "t-1")).toMatchObject({
      given_name: "Tamara",
      email: "tamara.okafor@riverside.example",
      phone: "555-0101",
      active: 1,
    });
  });

  it("a family link left out with its guardian's row is not counted, nor an older one", async () => {
    await run(riverside);
    const people = await peopleOf(database.db, districtId);
    const idOf = (sourceId: string) => people.find((p) => p.source_id === sourceId)?.id ?? "";
    // An older link of Hoa's that an earlier import left inactive.
    await database.db
      .insertInto("guardian_links")
      .values({
        id: "00000000-0000-4000-8000-0000000000aa",
        district_id: districtId,
        guardian_id: idOf("g-1"),
        student_id: idOf("s-3"),
        active: 0,
        created_at: "2025-08-01T12:00:00.000Z",
        updated_at: "2025-08-01T12:00:00.000Z",
        last_import_id: "00000000-0000-4000-8000-0000000000bb",
      })
      .execute();
    const cut = (text: string) => text.replace(/^g-1,.*$/m, "g-1,,,true,sch-1,parent,hnguyen");

    const report = await run(exportWith(riverside, { "users.csv": cut }), { skipInvalid: true });

    expect(report.imported).toBe(true);
    // Marco's link, written; Hoa's two are kept as they were, neither counted.
    expect(report.counts.guardianLinks).toBe(1);
    expect(await familyLinksOf(database.db, districtId)).toEqual(["g-1 -> s-1", "g-2 -> s-2"]);
  });

  it("a row without the values of trailing columns the app does not read imports", async () => {
    const source = exportWith(riverside, {
      "users.csv": (text) => text.replace(/^sourcedId,.*$/m, (header) => `${header},homeRoomNote`),
    });

    const report = await run(source);

    expect(report.imported).toBe(true);
    expect(report.errors).toEqual([]);
    expect(report.warnings.map(where)).toContain("users.csv:1:homeRoomNote");
  });

  it("a browser's second copy of users.csv is named as what it likely is", async () => {
    const users = fs.readFileSync(path.join(riverside, "users.csv"), "latin1");
    const renamed = await run(exportWith(riverside, { "users.csv": null, "users (1).csv": users }));
    const beside = await run(exportWith(riverside, { "users (1).csv": users }));

    const about = (report: { warnings: Problem[] }) =>
      report.warnings.find((problem) => problem.file === "users (1).csv")?.message;
    expect(renamed.imported).toBe(false);
    expect(about(renamed)).toBe(
      "This is not a OneRoster file, so it was not read. Its name looks like a second copy of " +
        "users.csv saved by a browser: rename it users.csv and upload again.",
    );
    // Beside a users.csv, it is only a file the import does not read.
    expect(about(beside)).toBe("This is not a OneRoster file, so it was not read.");
  });

  it("a missing bulk file does not make the files left unread look empty", async () => {
    const report = await run(exportWith(riverside, { "users.csv": null }));

    expect(report.imported).toBe(false);
    expect(
      report.warnings.filter((problem) => problem.message.includes("only its header")),
    ).toEqual([]);
  });

  it("a stray NUL near the top of a file is its row's problem, not the whole file's", async () => {
    const source = exportWith(riverside, {
      "users.csv": (text) => text.replace("Linh,Nguyen", "Li\u0000nh,Nguyen"),
    });

    const report = await run(source);

    expect(report.errors.map((problem) => [where(problem), problem.message])).toEqual([
      ["users.csv:3:givenName", expect.stringMatching(/^This value holds a NUL character/)],
      ["enrollments.csv:3:userSourcedId", expect.stringMatching(/^s-1 is in a row that has err/)],
    ]);
    expect(report.canImportValidRows).toBe(true);
  });

  it("a NUL in a roster id of a district's next export is its row's problem, not a failure", async () => {
    await run(riverside);
    // The ids of a bulk export are counted against the district's before it writes: this one's
    // id holds a NUL, which no stored row's can and which PostgreSQL takes in no text.
    const source = exportWith(riverside, {
      "users.csv": (text) => text.replace("\ns-1,", "\ns\u0000-1,"),
      "classes.csv": (text) => text.replace("\nc-2,", "\nc\u0000-2,"),
      "enrollments.csv": (text) => text.replace("\ne-2,", "\ne\u0000-2,"),
    });

    const refused = await run(source);
    const skipped = await run(source, { skipInvalid: true });

    const nulIn = (problems: Problem[]) =>
      problems
        .filter((problem) => problem.message.startsWith("This value holds a NUL character"))
        .map(where);
    expect(refused.imported).toBe(false);
    expect(nulIn(refused.errors)).toEqual([
      "users.csv:3:sourcedId",
      "classes.csv:3:sourcedId",
      "enrollments.csv:3:sourcedId",
    ]);
    expect(refused.errors.map((problem) => problem.message).join(" ")).not.toMatch(/byte seq/);
    expect(skipped.imported).toBe(true);
    expect(nulIn(skipped.errors)).toHaveLength(3);
  });

  it("a manifest mode it cannot read is reported once, not also as an absent file", async () => {
    const source = exportWith(riverside, {
      "manifest.csv": (text) => text.replace("file.users,bulk", "file.users,sometimes"),
    });

    const report = await run(source);

    expect(report.imported).toBe(false);
    expect(report.errors.map((problem) => [where(problem), problem.message])).toEqual([
      ["manifest.csv:16:value", "file.users is “sometimes”, but it must be bulk, delta or absent."],
    ]);
    const messages = report.warnings.map((problem) => problem.message);
    expect(messages.filter((message) => message.includes("absent"))).toEqual([]);
  });

  it("past a thousand errors the list stops, and the count still says how many", async () => {
    const broken = Array.from(
      { length: 1200 },
      (_, n) => `s-b${n},,,true,sch-1,janitor,b${n},,Kim,Lee ${n},,B${n},,,,,07,`,
    );
    const source = exportWith(riverside, {
      "users.csv": (text) => `${text.trimEnd()}\n${broken.join("\n")}\n`,
    });

    const report = await run(source);

    expect(report.errors).toHaveLength(1001);
    expect(report.errors.at(-1)?.message).toBe("200 more errors are not listed.");
    expect(problemCount(report, "errors")).toBe(1200);
  });

  it("a path that is neither a folder nor a zip is refused", async () => {
    await expectRefused(path.join(riverside, "users.csv"), {
      message: "users.csv is neither a folder nor a .zip file.",
    });
  });
});
