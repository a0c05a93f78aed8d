import { execFile, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import Sqlite from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { generateDistrict } from "../../bench/district/generate-district.ts";
import { run } from "../../src/cli/import-command.ts";
import type { DatabaseHandle } from "../../src/db/connection.ts";
import { listTables } from "../../src/db/records-store.ts";
import { fixture } from "../domain/roster/roster-fixtures.ts";
import { type EmptyTarget, emptyTarget } from "../durability/database-snapshot.ts";
import { createTestApp, type TestApp } from "../support/app.ts";
import { dialects } from "../support/databases.ts";
import { setUpSchoolAt } from "../support/school-set-up.ts";

/*
 * `npx maps import` as an operator runs it: it opens the database the environment names (the
 * data folder, or PostgreSQL), picks the district, imports, prints, and exits 0 only when it
 * imported something.
 */

const riverside = fixture("small-district-1.1");
const badRows = fixture("bad-rows");
const projectRoot = path.resolve(import.meta.dirname, "../..");

/** Runs the command in this process, as maps.ts would, and keeps what it prints. */
async function maps(target: { env: Record<string, string> }, args: string[]) {
  const saved = { DATA_DIR: process.env.DATA_DIR, DATABASE_URL: process.env.DATABASE_URL };
  process.env.DATA_DIR = target.env.DATA_DIR;
  if (target.env.DATABASE_URL) process.env.DATABASE_URL = target.env.DATABASE_URL;
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
    const code = await run(args);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

async function inDatabase<T>(target: EmptyTarget, read: (handle: DatabaseHandle) => Promise<T>) {
  const handle = target.open();
  try {
    return await read(handle);
  } finally {
    await handle.close();
  }
}

/** The roster's people (setup's administrator has no roster id). */
const countPeople = (handle: DatabaseHandle) =>
  handle.db
    .selectFrom("people")
    .select(["source_id", "active"])
    .where("source_id", "is not", null)
    .orderBy("source_id")
    .execute();

describe.each(dialects)("npx maps import on %s", (dialect) => {
  let target: EmptyTarget;

  beforeEach(async () => {
    target = await emptyTarget(dialect);
  });
  afterEach(async () => {
    await target.drop();
  });

  it("an operator gets one JSON object with the counts, warnings and errors, and exit code 0", async () => {
    await setUpSchoolAt(target);
    const { code, stdout } = await maps(target, [riverside, "--json"]);

    expect(code).toBe(0);
    const printed = JSON.parse(stdout);
    expect(Object.keys(printed)).toEqual([
      "imported",
      "canImportValidRows",
      "schools",
      "classes",
      "teachers",
      "students",
      "guardians",
      "administrators",
      "guardianLinks",
      "enrollments",
      "warnings",
      "errors",
    ]);
    expect(printed).toMatchObject({
      imported: true,
      canImportValidRows: false,
      schools: 1,
      classes: 2,
      teachers: 1,
      students: 3,
      guardians: 2,
      guardianLinks: 2,
      enrollments: 5,
      errors: [],
    });
    expect(printed.warnings).toEqual([
      {
        file: "users.csv",
        line: null,
        column: "password",
        message:
          "This file holds passwords. They were not read and are never stored; sign-in works without them.",
      },
    ]);
    const districts = await inDatabase(target, (handle) =>
      handle.db.selectFrom("districts").select("name").execute(),
    );
    expect(districts).toEqual([{ name: "Riverside Unified" }]);
  });

  it("an export with errors imports nothing and exits 1, until --skip-invalid imports the valid rows", async () => {
    await setUpSchoolAt(target);
    const refused = await maps(target, [badRows, "--json"]);

    expect(refused.code).toBe(1);
    const report = JSON.parse(refused.stdout);
    expect(report).toMatchObject({ imported: false, canImportValidRows: true, students: 0 });
    expect(report.errors).toHaveLength(10);
    expect(report.errors[0]).toEqual({
      file: "users.csv",
      line: 4,
      column: "sourcedId",
      message: "This value is required but empty.",
    });
    // A refused first import leaves nobody behind.
    expect(await inDatabase(target, countPeople)).toEqual([]);

    const skipped = await maps(target, [badRows, "--json", "--skip-invalid"]);

    expect(skipped.code).toBe(0);
    expect(JSON.parse(skipped.stdout)).toMatchObject({
      imported: true,
      teachers: 1,
      students: 1,
      enrollments: 2,
    });
    expect(await inDatabase(target, countPeople)).toEqual([
      { source_id: "s-1", active: 1 },
      { source_id: "t-1", active: 1 },
    ]);
  });

  it("without --json the operator reads what was imported and every warning with its place", async () => {
    await setUpSchoolAt(target);
    const { code, stdout } = await maps(target, [badRows]);

    expect(code).toBe(1);
    expect(stdout).toContain(`Nothing was imported from ${badRows}.`);
    expect(stdout).toContain("Errors (10):");
    expect(stdout).toContain(
      "  users.csv, line 4, column sourcedId: This value is required but empty.",
    );
    expect(stdout).toContain("run again with --skip-invalid");

    const imported = await maps(target, [riverside]);

    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain(
      `Imported ${riverside}:\n  1 school\n  2 classes\n  1 teacher\n  3 students`,
    );
    expect(imported.stdout).toContain("  2 family links\n  5 enrollments");
    expect(imported.stdout).toContain("  users.csv, password: This file holds passwords.");
  });

  it("with several districts the operator must say which one", async () => {
    await inDatabase(target, async (handle) => {
      const { migrateToLatest } = await import("../../src/db/connection.ts");
      await migrateToLatest(handle);
      for (const [id, name] of [
        ["11111111-1111-4111-8111-111111111111", "North"],
        ["22222222-2222-4222-8222-222222222222", "South"],
      ]) {
        await handle.db
          .insertInto("districts")
          .values({
            id: id ?? "",
            name: name ?? "",
            source_id: null,
            created_at: "2025-01-01T00:00:00Z",
          })
          .execute();
      }
    });

    const unsure = await maps(target, [riverside]);
    expect(unsure.code).toBe(2);
    expect(unsure.stderr).toContain("11111111-1111-4111-8111-111111111111  North");
    expect(unsure.stdout).toBe("");
    // A script reads the same as JSON, with the districts to choose from.
    const unsureScript = await maps(target, [riverside, "--json"]);
    expect(unsureScript).toMatchObject({ code: 2, stderr: "" });
    expect(JSON.parse(unsureScript.stdout)).toEqual({
      imported: false,
      problem: "severalDistricts",
      message: "This database has several districts; say which one with --district ID:",
      districts: [
        { id: "11111111-1111-4111-8111-111111111111", name: "North" },
        { id: "22222222-2222-4222-8222-222222222222", name: "South" },
      ],
    });

    const chosen = await maps(target, [
      riverside,
      "--json",
      "--district",
      "22222222-2222-4222-8222-222222222222",
    ]);
    expect(chosen.code).toBe(0);
    const people = await inDatabase(target, (handle) =>
      handle.db.selectFrom("people").select("district_id").distinct().execute(),
    );
    expect(people).toEqual([{ district_id: "22222222-2222-4222-8222-222222222222" }]);
  });

  it("a mistyped option or a missing path shows the usage and exits 2", async () => {
    const typo = await maps(target, [riverside, "--skip-invalids"]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(
      /^Unknown option --skip-invalids\.\n\nUsage: maps import FOLDER-OR-ZIP/,
    );

    const none = await maps(target, []);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^Say which export to import/);

    const noDistrict = await maps(target, [riverside, "--district"]);
    expect(noDistrict.code).toBe(2);
    expect(noDistrict.stderr).toMatch(/^--district needs a value after it\.\n/);

    const valued = await maps(target, [riverside, "--skip-invalid=yes"]);
    expect(valued.code).toBe(2);
    expect(valued.stderr).toMatch(/^--skip-invalid takes no value: write --skip-invalid alone\./);
  });

  it("an operator who imports before setting up the school is told to set it up, and nothing changes", async () => {
    const told = await maps(target, [riverside]);

    expect(told.code).toBe(2);
    expect(told.stdout).toBe("");
    expect(told.stderr).toMatch(/^This database has no school yet, so nothing was imported/);
    expect(told.stderr).toContain("run npm start, open the app in a browser and create the school");
    // Not even the schema: the first-run setup is still there, and a backup can be restored.
    expect(await inDatabase(target, (handle) => listTables(handle.db, handle.dialect))).toEqual([]);

    const script = await maps(target, [riverside, "--json"]);
    expect(script).toMatchObject({ code: 2, stderr: "" });
    expect(JSON.parse(script.stdout)).toEqual({
      imported: false,
      problem: "setUpFirst",
      message: expect.stringMatching(/^This database has no school yet/),
    });
  });

  it("an app started but not set up yet still gets no district from an import", async () => {
    await inDatabase(target, async (handle) => {
      const { migrateToLatest } = await import("../../src/db/connection.ts");
      await migrateToLatest(handle);
    });

    const told = await maps(target, [riverside, "--json"]);

    expect(told.code).toBe(2);
    expect(JSON.parse(told.stdout)).toMatchObject({ imported: false, problem: "setUpFirst" });
    const districts = await inDatabase(target, (handle) =>
      handle.db.selectFrom("districts").select("id").execute(),
    );
    expect(districts).toEqual([]);
  });

  it("with --json, a district id that does not exist or a mistyped line still answers JSON", async () => {
    await setUpSchoolAt(target);

    const wrongDistrict = await maps(target, [riverside, "--json", "--district", "no-such-id"]);
    expect(wrongDistrict).toMatchObject({ code: 2, stderr: "" });
    expect(JSON.parse(wrongDistrict.stdout)).toEqual({
      imported: false,
      problem: "noSuchDistrict",
      message: "There is no district with the id no-such-id.",
    });

    for (const [args, message] of [
      [[riverside, "--json", "--skip-invalids"], "Unknown option --skip-invalids."],
      [["--json"], "Say which export to import: a folder or a .zip file."],
      [[riverside, "--json", "--district"], "--district needs a value after it."],
      [[riverside, "--district", "--json"], "--district needs a value after it."],
      [[riverside, "extra", "--json"], "Give one export at a time; extra is one too many."],
    ] as const) {
      const mistyped = await maps(target, [...args]);
      expect(mistyped).toMatchObject({ code: 2, stderr: "" });
      expect(JSON.parse(mistyped.stdout)).toEqual({ imported: false, problem: "usage", message });
    }
    expect(await inDatabase(target, countPeople)).toEqual([]);
  });
});

describe.each(dialects)("the first command-line import after setup on %s", (dialect) => {
  let testApp: TestApp | undefined;
  afterEach(async () => {
    await testApp?.close();
    testApp = undefined;
  });

  it("the administrator who set up the school still signs in after the roster is imported", async () => {
    testApp = await createTestApp(dialect);
    const setup = {
      schoolName: "Riverside Middle School",
      timeZone: "America/Chicago",
      givenName: "Renée",
      familyName: "Okafor",
      email: "renee.okafor@riverside.example",
      password: "counting on all of us",
      passwordAgain: "counting on all of us",
    };
    const form = (fields: Record<string, string>) => ({
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(fields).toString(),
    });
    expect((await testApp.request("/setup", form(setup))).status).toBe(303);
    const { dataDir, databaseUrl } = testApp.database;

    const imported = await maps(
      { env: { DATA_DIR: dataDir, ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) } },
      [riverside, "--json"],
    );

    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ imported: true, students: 3 });
    const signIn = await testApp.request(
      "/sign-in",
      form({ email: setup.email, password: setup.password }),
    );
    expect(signIn.status).toBe(303);
    expect(signIn.headers.getSetCookie().join(";")).toContain("maps.session_token=");
    const districts = await testApp.db.selectFrom("districts").select("name").execute();
    expect(districts).toEqual([{ name: "Riverside Unified" }]);
  });
});

describe("maps import --json when the database cannot be reached", () => {
  it("a script is told in JSON that the import failed, with exit code 1", async () => {
    // Nothing listens on port 1: the connection is refused at once.
    const unreachable = "postgres://postgres@127.0.0.1:1/maps";
    const env = { DATA_DIR: path.join(os.tmpdir(), "maps-unreachable"), DATABASE_URL: unreachable };

    const failed = await maps({ env }, [riverside, "--json"]);

    expect(failed.code).toBe(1);
    expect(JSON.parse(failed.stdout)).toEqual({
      imported: false,
      problem: "failed",
      message: expect.stringContaining("ECONNREFUSED"),
    });
  });
});

describe("npx maps import from the project root", () => {
  it("runs through bin/maps.js and imports into ./data or DATA_DIR", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "maps-npx-"));
    try {
      await setUpSchoolAt({ dataDir });
      const { stdout } = await promisify(execFile)(
        "npx",
        ["--no", "maps", "import", path.relative(projectRoot, riverside), "--json"],
        { cwd: projectRoot, env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "" } },
      );

      expect(JSON.parse(stdout)).toMatchObject({ students: 3, errors: [] });
      expect(fs.existsSync(path.join(dataDir, "maps.sqlite"))).toBe(true);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it("exits non-zero when it imports nothing", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "maps-npx-"));
    try {
      await setUpSchoolAt({ dataDir });
      const failed = await promisify(execFile)(
        "npx",
        ["--no", "maps", "import", path.relative(projectRoot, badRows)],
        { cwd: projectRoot, env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "" } },
      ).catch((error: { code: number; stdout: string }) => error);

      expect(failed).toMatchObject({ code: 1 });
      expect((failed as { stdout: string }).stdout).toContain("Nothing was imported");
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it("stopped mid-import, leaves neither the rows it kept on disk nor a half import, and says so", async () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), "maps-stop-"));
    const temporary = path.join(work, "tmp");
    const dataDir = path.join(work, "data");
    fs.mkdirSync(temporary);
    const source = path.join(work, "export");
    const size = { schools: 4, students: 6000, teachers: 60, guardians: 9000, enrollments: 18000 };
    await generateDistrict({ size, out: source, seed: 3 });
    await setUpSchoolAt({ dataDir });
    try {
      const command = spawn(process.execPath, ["bin/maps.js", "import", source, "--json"], {
        cwd: projectRoot,
        env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "", TMPDIR: temporary },
        stdio: ["ignore", "pipe", "ignore"],
      });
      let stdout = "";
      command.stdout.on("data", (chunk) => {
        stdout += String(chunk);
      });
      const exited = new Promise<number | null>((resolve) => command.on("exit", resolve));
      // Stopped once it has started keeping rows, well before it can finish.
      const kept = () =>
        fs.readdirSync(temporary).filter((name) => name.startsWith("maps-import-"));
      const keeping = () => kept().length > 0;
      await vi.waitFor(() => expect(keeping()).toBe(true), { timeout: 30_000, interval: 20 });
      command.kill("SIGTERM");

      expect(await exited).toBe(143);
      expect(JSON.parse(stdout)).toEqual({
        imported: false,
        problem: "stopped",
        message:
          "The import was stopped (SIGTERM) before it finished. " +
          "The database undid it: nothing was stored.",
      });
      expect(kept()).toEqual([]);
      const database = new Sqlite(path.join(dataDir, "maps.sqlite"), { readonly: true });
      const people = database
        .prepare("select count(*) as count from people where source_id is not null")
        .get();
      database.close();
      expect(people).toEqual({ count: 0 });
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }
  }, 60_000);
});

describe("the command line's help", () => {
  /** What `maps import --help` prints on stdout; it exits 0. */
  async function helpText() {
    let stdout = "";
    const out = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
      stdout += String(chunk);
      return true;
    });
    try {
      expect(await run(["--help"])).toBe(0);
    } finally {
      out.mockRestore();
    }
    return stdout;
  }

  it("an operator reads what --district does and how a second district is added", async () => {
    const stdout = await helpText();

    expect(stdout).toContain("--district ID    the district to import into when the database");
    expect(stdout).toContain("it picks a district, never makes one");
    expect(stdout).toContain("an export of another district org is refused and changes nothing");
    expect(stdout).toContain("A second district needs a database of its own");
    expect(stdout).toContain("\n  DATA_DIR=/srv/maps-north/data npx maps import north.zip");
  });

  it("an operator reads that the school is set up in a browser before the first import", async () => {
    const stdout = await helpText();

    expect(stdout).toContain(
      "Before the first import, set up the school: run npm start and create the school and its\n" +
        "first administrator in a browser.",
    );
    expect(stdout).toContain('prints one JSON object with "imported": false, a "problem" word');
    expect(stdout).toContain("makes the database's district (an import\nnever does)");
    expect(stdout).not.toContain("or the first import");
  });

  it("maps --help lists --district, on stdout and with exit code 0", async () => {
    // execFile refuses any other exit code.
    const { stdout } = await promisify(execFile)(process.execPath, ["bin/maps.js", "--help"], {
      cwd: projectRoot,
    });

    expect(stdout).toContain(
      "import <folder-or-zip> [--json] [--skip-invalid] [--allow-deactivate] [--district ID]",
    );
    expect(stdout).toContain("  import --help\n");
  });

  it("maps with a command it does not have says so before the usage, and exits 2", async () => {
    const failed = await promisify(execFile)(process.execPath, ["bin/maps.js", "frob"], {
      cwd: projectRoot,
    }).catch((error: { code: number; stderr: string }) => error);

    expect(failed).toMatchObject({ code: 2 });
    expect((failed as { stderr: string }).stderr).toMatch(
      /^maps: "frob" is not a command\.\n\nUsage/,
    );
  });

  it("maps with a command it does not have answers JSON when --json asks for it", async () => {
    const failed = await promisify(execFile)(process.execPath, ["bin/maps.js", "frob", "--json"], {
      cwd: projectRoot,
    }).catch((error: { code: number; stdout: string }) => error);

    expect(failed).toMatchObject({ code: 2 });
    expect(JSON.parse((failed as { stdout: string }).stdout)).toEqual({
      imported: false,
      problem: "usage",
      message: 'maps: "frob" is not a command.',
    });
  });
});
