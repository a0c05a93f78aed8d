import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  type DistrictSize,
  generateDistrict,
  rowsOf,
} from "../../bench/district/generate-district.ts";
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
