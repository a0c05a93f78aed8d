import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/*
 * `npx maps check-language` as a coach or a district's data team runs it: statements on stdin,
 * one finding per line on stdout, through the real command (bin/maps.js and tsx).
 */

const projectRoot = path.resolve(import.meta.dirname, "../..");

interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

function maps(args: string[], input: string, env: Record<string, string> = {}): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn("npx", ["--no", "maps", "check-language", ...args], {
      cwd: projectRoot,
      env: { ...process.env, ...env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += String(chunk);
    });
    child.stderr.on("data", (chunk) => {
      stderr += String(chunk);
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

const statements = [
  "Maya struggles with fractions and is weak at division.",
  "She no longer struggles with fractions.",
  "",
  "He can't wait to share his strategy.",
].join("\n");

describe("npx maps check-language", () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "maps-coach-cli-"));
  });
  afterAll(() => {
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("a coach gets one JSON object a statement: line, deficit, phrases, suggestions", async () => {
    const { code, stdout } = await maps(["--lang", "en", "--json"], statements, {
      DATA_DIR: dataDir,
    });

    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => Object.keys(line))).toEqual([
      ["line", "deficit", "phrases", "suggestions"],
      ["line", "deficit", "phrases", "suggestions"],
      ["line", "deficit", "phrases", "suggestions"],
    ]);
    expect(lines[0]).toMatchObject({ line: 1, deficit: true, phrases: ["struggles", "weak"] });
    expect(lines[0].suggestions).toHaveLength(2);
    expect(lines[1]).toEqual({ line: 2, deficit: false, phrases: [], suggestions: [] });
    expect(lines[2]).toEqual({ line: 4, deficit: false, phrases: [], suggestions: [] });
  });

  it("without --json each statement gets a line to read, with what to try instead", async () => {
    const { code, stdout } = await maps(["--lang", "es"], "Le cuesta dividir.\nNunca se rinde.\n", {
      DATA_DIR: dataDir,
    });

    expect(code).toBe(0);
    expect(stdout).toContain("line 1: reads as deficit-framed (“Le cuesta”)\n  try: Nombre lo que");
    expect(stdout).toContain("line 2: reads as strength-based");
  });

  it("a language it has no list for is refused with exit code 2 and what to choose", async () => {
    const { code, stdout, stderr } = await maps(["--lang", "fr"], "Il a du mal.");

    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain("Unknown language “fr”: choose en or es with --lang.");
  });

  it("a school's own phrases count, and a broken school list is named with its entry", async () => {
    const file = path.join(dataDir, "language-coach", "en.json");
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(
      file,
      JSON.stringify({
        language: "en",
        deficitPhrases: [{ phrases: ["bubble kid*"], suggestion: "Name the next step instead." }],
      }),
    );
    const added = await maps(["--lang", "en", "--json"], "She is a bubble kid.", {
      DATA_DIR: dataDir,
    });
    expect(JSON.parse(added.stdout)).toMatchObject({ deficit: true, phrases: ["bubble kid"] });

    fs.writeFileSync(file, JSON.stringify({ language: "en", negations: ["not (ever)"] }));
    const broken = await maps(["--lang", "en"], "She is a bubble kid.", { DATA_DIR: dataDir });
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain(`${file}: negations[0]: "(ever)" is not a word of a phrase`);
  });
});
