import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import {
  exportBytes,
  heapLimitChosen,
  importHeapBudgetMb,
  importNodeOptions,
} from "../../src/cli/import-heap.ts";

describe("the heap budget of maps import", () => {
  it("grows with the export and never falls under 160 MB", () => {
    expect(importHeapBudgetMb(0)).toBe(160);
    expect(importHeapBudgetMb(10 * 1024 * 1024)).toBe(160);
    // The 100,000-student district: 68 MB of CSV.
    expect(importHeapBudgetMb(68 * 1024 * 1024)).toBe(170);
    expect(importHeapBudgetMb(1024 * 1024 * 1024)).toBe(2560);
  });

  it("gives an import on PostgreSQL a larger young generation, and SQLite V8's own", () => {
    expect(importNodeOptions(170, true)).toBe("--max-old-space-size=170 --max-semi-space-size=32");
    expect(importNodeOptions(170, false)).toBe("--max-old-space-size=170");
  });

  it("sizes a folder by its files and a zip by what it holds", () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "maps-heap-"));
    try {
      fs.writeFileSync(path.join(folder, "users.csv"), "x".repeat(1000));
      fs.writeFileSync(path.join(folder, "enrollments.csv"), "x".repeat(500));
      fs.writeFileSync(path.join(folder, "export.zip"), "x".repeat(100));

      expect(exportBytes(path.join(folder, "export.zip"))).toBe(600);
      expect(exportBytes(folder)).toBe(1600);
      expect(exportBytes(path.join(folder, "missing"))).toBe(0);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });

  it("maps import reruns under its budget, with a larger nursery on PostgreSQL", async () => {
    const preload = path.join(import.meta.dirname, "fixtures", "print-node-options.cjs");
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "maps-heap-"));
    const optionsOf = async (databaseUrl: string) => {
      const env = {
        ...process.env,
        NODE_OPTIONS: `--require ${preload}`,
        DATABASE_URL: databaseUrl,
        DATA_DIR: dataDir,
      };
      // An export that is not there: the run under the budget says so and stops.
      const args = ["bin/maps.js", "import", "/nonexistent/export", "--json"];
      const cwd = path.resolve(import.meta.dirname, "../..");
      const run = await promisify(execFile)(process.execPath, args, { env, cwd }).catch(
        (error: { stderr: string }) => error,
      );
      return /under budget: (.*)/.exec(run.stderr)?.[1] ?? "";
    };

    try {
      expect(await optionsOf("postgres://127.0.0.1:1/nowhere")).toContain(
        "--max-old-space-size=160 --max-semi-space-size=32",
      );
      const onSqlite = await optionsOf("");
      expect(onSqlite).toContain("--max-old-space-size=160");
      expect(onSqlite).not.toContain("semi-space");
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it("leaves a heap limit someone already chose alone", () => {
    expect(heapLimitChosen([], "")).toBe(false);
    expect(heapLimitChosen(["--max-old-space-size=512"], "")).toBe(true);
    expect(heapLimitChosen([], "--enable-source-maps --max_old_space_size=300")).toBe(true);
    expect(heapLimitChosen(["--max-semi-space-size=16"], "--inspect")).toBe(false);
  });

  it("says so when the import under the budget is killed outright, and exits 1", async () => {
    const fixture = path.join(import.meta.dirname, "fixtures", "killed-under-budget.ts");

    const run = await promisify(execFile)(process.execPath, ["--import", "tsx", fixture], {
      env: { ...process.env, NODE_OPTIONS: "" },
    }).catch((error: { code: number; stderr: string }) => error);

    expect(run).toMatchObject({ code: 1 });
    expect(run.stderr).toBe(
      "The import was stopped (SIGKILL) before it finished. " +
        "The database undid it: nothing was stored.\n",
    );
  });

  it("with --json, says so in JSON on stdout when the import under the budget is killed", async () => {
    const fixture = path.join(import.meta.dirname, "fixtures", "killed-under-budget.ts");

    const run = await promisify(execFile)(
      process.execPath,
      ["--import", "tsx", fixture, "--json"],
      {
        env: { ...process.env, NODE_OPTIONS: "" },
      },
    ).catch((error: { code: number; stdout: string; stderr: string }) => error);

    expect(run).toMatchObject({ code: 1, stderr: "" });
    expect(JSON.parse(run.stdout)).toEqual({
      imported: false,
      problem: "stopped",
      message:
        "The import was stopped (SIGKILL) before it finished. " +
        "The database undid it: nothing was stored.",
    });
  });
});
