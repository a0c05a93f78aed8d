import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import {
  type DistrictSize,
  defaultDistrictSize,
  generateDistrict,
  rowsOf,
  sizeForStudents,
} from "../../bench/district/generate-district.ts";
import { runGenerateDistrict } from "../../bench/district/generate-district-command.ts";
import { importRoster } from "../../src/domain/roster/import-roster.ts";
import { dialects, freshDatabase, type TestDatabase } from "../support/databases.ts";

const size: DistrictSize = {
  schools: 3,
  students: 120,
  teachers: 9,
  guardians: 180,
  enrollments: 300,
};

let folder: string;
const exportIn = (name: string) => path.join(folder, name);
const readAll = (dir: string) =>
  ["manifest.csv", "orgs.csv", "users.csv", "classes.csv", "enrollments.csv"].map((file) =>
    fs.readFileSync(path.join(dir, file), "utf8"),
  );

beforeAll(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), "maps-district-"));
  await generateDistrict({ size, out: exportIn("seed-7"), seed: 7 });
});
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

describe("a synthetic district", () => {
  it("comes out byte for byte the same from the same seed, and differs with another", async () => {
    await generateDistrict({ size, out: exportIn("seed-7-again"), seed: 7 });
    await generateDistrict({ size, out: exportIn("seed-8"), seed: 8 });

    expect(readAll(exportIn("seed-7-again"))).toEqual(readAll(exportIn("seed-7")));
    expect(readAll(exportIn("seed-8"))[2]).not.toEqual(readAll(exportIn("seed-7"))[2]);
  });

  it("holds the rows asked for, with names in several scripts", () => {
    const [, orgs, users, classes, enrollments] = readAll(exportIn("seed-7"));
    const lines = (text = "") => text.trim().split("\n").length - 1;
    const expected = rowsOf(size);

    expect(lines(orgs)).toBe(expected.orgs);
    expect(lines(users)).toBe(expected.users);
    expect(lines(classes)).toBe(expected.classes);
    expect(lines(enrollments)).toBe(expected.enrollments);
    expect(users).toMatch(/\p{Script=Han}/u);
    expect(users).toMatch(/\p{Script=Arabic}/u);
    expect(users).toMatch(/\p{Script=Cyrillic}/u);
    expect(users).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/u);
  });
});

/** Runs the generator's command line, keeping what it prints. */
async function generate(args: string[]) {
  let stdout = "";
  let stderr = "";
  const out = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  const err = vi.spyOn(process.stderr, "write").mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
  try {
    return { code: await runGenerateDistrict(args), stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

describe("the size of a synthetic district", () => {
  it("a developer who asks for fewer students gets the default proportions around them", async () => {
    const { code, stdout } = await generate([
      "--out",
      exportIn("students-1000"),
      "--students",
      "1000",
    ]);

    expect(code).toBe(0);
    const written = JSON.parse(stdout.split("\n")[1] ?? "");
    expect(written.size).toEqual({
      schools: 1,
      students: 1000,
      teachers: 60,
      guardians: 1600,
      enrollments: 3000,
    });
    const users = fs.readFileSync(path.join(exportIn("students-1000"), "users.csv"), "utf8");
    expect(users.trim().split("\n")).toHaveLength(1 + 1000 + 60 + 1600);
  });

  it("a count given beside --students is kept as given, and the others still scale", async () => {
    expect(sizeForStudents(5000, { guardians: 10, schools: 4 })).toEqual({
      schools: 4,
      students: 5000,
      teachers: 300,
      guardians: 10,
      enrollments: 15000,
    });
    expect(sizeForStudents(5000, { teachers: 120 })).toMatchObject({ schools: 2, teachers: 120 });
    expect(sizeForStudents(defaultDistrictSize.students)).toEqual(defaultDistrictSize);
  });

  it("a handful of students still gets a school with classes enough for each of them", async () => {
    const { code, stderr } = await generate(["--out", exportIn("students-10"), "--students", "10"]);

    expect(stderr).toBe("");
    expect(code).toBe(0);
  });

  it("a count that is not a whole number is named, with the usage", async () => {
    const { code, stderr } = await generate(["--out", exportIn("none"), "--students", "many"]);

    expect(code).toBe(2);
    expect(stderr).toMatch(/^students must be a whole number above 0\n\nUsage:/);
  });

  it("a count that reads as an option, or none at all, is named without a stack trace", async () => {
    const negative = await generate(["--out", exportIn("none"), "--students", "-5"]);
    const missing = await generate(["--out", exportIn("none"), "--students"]);

    expect(negative.code).toBe(2);
    expect(negative.stderr).toMatch(/^--students needs a value after it \(a count is a whole /);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^--students needs a value after it \(a count is a whole /);
  });

  it("--help says that the counts not given scale with --students", async () => {
    const { code, stdout } = await generate(["--help"]);

    expect(code).toBe(0);
    expect(stdout).toContain(
      "--teachers <n>      teachers, one class each (default 6000 per 100000 students)",
    );
    expect(stdout).toContain(
      "The counts not given keep the default district's proportions to --students",
    );
  });
});

describe.each(dialects)("importing a synthetic district on %s", (dialect) => {
  let database: TestDatabase;

  beforeEach(async () => {
    database = await freshDatabase(dialect);
  });
  afterEach(async () => {
    await database.drop();
  });

  it("brings in every school, person, class, enrollment and family without a problem", async () => {
    const report = await importRoster(database.db, {
      districtId: crypto.randomUUID(),
      createDistrict: true,
      source: exportIn("seed-7"),
      skipInvalid: false,
      actorId: null,
      clock: () => new Date("2026-09-01T12:00:00Z"),
    });

    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(report.imported).toBe(true);
    expect(report.counts).toMatchObject({
      schools: size.schools,
      teachers: size.teachers,
      students: size.students,
      guardians: size.guardians,
      guardianLinks: size.guardians,
      classes: size.teachers,
      enrollments: size.enrollments,
    });

    const names = await database.db
      .selectFrom("people")
      .select(["given_name", "family_name"])
      .where("source_id", "=", "stu-0")
      .executeTakeFirstOrThrow();
    const file = fs.readFileSync(path.join(exportIn("seed-7"), "users.csv"), "utf8");
    const row = file.split("\n").find((line) => line.startsWith("stu-0,"));
    expect(row).toContain(`,${names.given_name},${names.family_name},`);
  });
});
