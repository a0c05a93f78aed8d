import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { run } from "../../src/cli/import-command.ts";
import { largeDistrict } from "../domain/roster/large-district.ts";
import { removeScratch } from "../domain/roster/roster-fixtures.ts";
import { dialects, freshDatabase, type TestDatabase } from "../support/databases.ts";
import { createDistrict } from "../support/factories.ts";

/*
 * `npx maps import` of an export whose bulk files would make a large part of the district
 * inactive imports nothing and exits 1, naming --allow-deactivate; with it, the import goes on.
 */

/** Runs the command in this process against the test's database, keeping what it prints. */
async function maps(database: TestDatabase, args: string[]) {
  const saved = { DATA_DIR: process.env.DATA_DIR, DATABASE_URL: process.env.DATABASE_URL };
  process.env.DATA_DIR = database.dataDir;
  if (database.databaseUrl) process.env.DATABASE_URL = database.databaseUrl;
  else delete process.env.DATABASE_URL;
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
    return { code: await run(args), stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

describe.each(dialects)("npx maps import --allow-deactivate on %s", (dialect) => {
  let database: TestDatabase;

  beforeEach(async () => {
    database = await freshDatabase(dialect);
    await createDistrict(database.db, { name: "Riverside" });
  });
  afterEach(async () => {
    await database.drop();
    removeScratch();
  });

  const activeStudents = async () => {
    const rows = await database.db
      .selectFrom("people")
      .select("id")
      .where("role", "=", "student")
      .where("active", "=", 1)
      .execute();
    return rows.length;
  };

  it("an operator's truncated export imports nothing, exits 1 and names the flag", async () => {
    expect((await maps(database, [largeDistrict(100)])).code).toBe(0);
    const truncated = largeDistrict(100, { listed: 30 });

    const held = await maps(database, [truncated]);

    expect(held.code).toBe(1);
    expect(held.stdout).toContain(
      `Nothing was imported from ${truncated}: it would make a large part of the district ` +
        "inactive.\n" +
        "  users.csv: 70 of the district’s 101 active people from its roster (70 students)\n" +
        "  enrollments.csv: 70 of the district’s 101 active enrollments from its roster\n",
    );
    expect(held.stdout).toContain("run the same command again with --allow-deactivate.");
    expect(await activeStudents()).toBe(100);

    const allowed = await maps(database, [truncated, "--allow-deactivate"]);

    expect(allowed.code).toBe(0);
    expect(allowed.stdout).toContain(`Imported ${truncated}:`);
    expect(await activeStudents()).toBe(30);
  });

  it("a script reads the hold in JSON: held, and what would become inactive", async () => {
    await maps(database, [largeDistrict(100)]);

    const held = await maps(database, [largeDistrict(100, { listed: 30 }), "--json"]);

    expect(held.code).toBe(1);
    expect(JSON.parse(held.stdout)).toMatchObject({
      imported: false,
      canImportValidRows: false,
      held: true,
      wouldDeactivate: [
        { kind: "users", file: "users.csv", count: 70, active: 101 },
        { kind: "enrollments", file: "enrollments.csv", count: 70, active: 101 },
      ],
    });
  });

  it("--skip-invalid alone does not confirm what the valid rows make inactive", async () => {
    await maps(database, [largeDistrict(100)]);
    const withAnError = largeDistrict(100, { listed: 30, invalid: 4 });

    const held = await maps(database, [withAnError, "--skip-invalid"]);
    const allowed = await maps(database, [withAnError, "--skip-invalid", "--allow-deactivate"]);

    expect(held.code).toBe(1);
    expect(held.stdout).toContain("--allow-deactivate");
    expect(held.stdout).not.toContain("run again with --skip-invalid");
    expect(allowed.code).toBe(0);
    expect(await activeStudents()).toBe(30);
  });

  it("maps import --help documents --allow-deactivate", async () => {
    const help = await maps(database, ["--help"]);

    expect(help.code).toBe(0);
    expect(help.stdout).toContain("[--allow-deactivate]");
    expect(help.stdout).toMatch(/--allow-deactivate\n\s+import even when the bulk files leave out/);
    const mistyped = await maps(database, [largeDistrict(3), "--allow-deactivate=yes"]);
    expect(mistyped.code).toBe(2);
    expect(mistyped.stderr).toContain(
      "--allow-deactivate takes no value: write --allow-deactivate alone.",
    );
  });
});
