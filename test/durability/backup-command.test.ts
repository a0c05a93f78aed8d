import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dialects, freshDatabase, type TestDatabase } from "../support/databases.ts";
import { classroomWithPlan } from "../support/plans.ts";
import { emptyTarget, rowCounts } from "./database-snapshot.ts";

/*
 * `npx maps backup` and `npx maps restore` as an operator (or cron) runs them: the real command,
 * the database named by DATA_DIR or DATABASE_URL, exit codes a script can test.
 */

const projectRoot = path.resolve(import.meta.dirname, "../..");

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

async function maps(env: Record<string, string>, args: string[]): Promise<Outcome> {
  const environment = { ...process.env, DATABASE_URL: "", ...env };
  try {
    const { stdout, stderr } = await promisify(execFile)("npx", ["--no", "maps", ...args], {
      cwd: projectRoot,
      env: environment,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe.each(dialects)("npx maps backup and restore on %s", (dialect) => {
  let source: TestDatabase;
  let sourceEnv: Record<string, string>;
  let folder: string;
  beforeAll(async () => {
    source = await freshDatabase(dialect);
    sourceEnv = {
      DATA_DIR: source.dataDir,
      ...(source.databaseUrl ? { DATABASE_URL: source.databaseUrl } : {}),
    };
    folder = fs.mkdtempSync(path.join(os.tmpdir(), "maps-backup-cli-"));
    await classroomWithPlan(source.db);
  });
  afterAll(async () => {
    await source.drop();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it("an operator backs up, restores into an empty database, and cannot restore twice", async () => {
    const file = path.join(folder, `maps-${randomUUID()}.backup`);
    const target = await emptyTarget(dialect);
    try {
      const backup = await maps(sourceEnv, ["backup", file]);
      expect(backup.code).toBe(0);
      expect(backup.stdout).toContain(`written to ${file}`);

      const restore = await maps(target.env, ["restore", file]);
      expect(restore.stderr).toBe("");
      expect(restore.code).toBe(0);
      expect(restore.stdout).toMatch(/^Restored the (SQLite|PostgreSQL) backup made at/);
      // No journal files of the checked copy are left behind in the new data folder.
      const expectedFiles = dialect === "sqlite" ? ["maps.sqlite"] : [];
      expect(fs.readdirSync(target.dataDir).sort()).toEqual(expectedFiles);
      const restored = target.open();
      expect(await rowCounts(restored)).toEqual(await rowCounts(source));
      await restored.close();

      const again = await maps(target.env, ["restore", file]);
      expect(again.code).toBe(1);
      expect(again.stderr).toContain("already holds data, so nothing was restored");
    } finally {
      await target.drop();
    }
  });

  it("a restore of a missing file, or a command without a file, says what is wrong", async () => {
    const missing = await maps(sourceEnv, ["restore", path.join(folder, "nowhere.backup")]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("does not exist");

    const noFile = await maps(sourceEnv, ["backup"]);
    expect(noFile.code).toBe(2);
    expect(noFile.stderr).toMatch(/^Give exactly one file name/);
  });
});

describe("npx maps backup with no database yet", () => {
  it("says there is nothing to back up and creates no database", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "maps-backup-none-"));
    try {
      const outcome = await maps({ DATA_DIR: dataDir }, ["backup", path.join(dataDir, "b")]);

      expect(outcome.code).toBe(1);
      expect(outcome.stderr).toContain("There is no database in");
      expect(fs.readdirSync(dataDir)).toEqual([]);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
