import { spawn } from "node:child_process";
import path from "node:path";

/** The repository's root: benchmarks run its code with its own tsx. */
export const repoRoot = path.resolve(import.meta.dirname, "..");
export const tsxBin = path.join(repoRoot, "node_modules", ".bin", "tsx");

/**
 * Runs a TypeScript file in a fresh process and returns the last JSON line it prints; a
 * failure carries the process's error output, which is the only clue a benchmark leaves.
 */
export function runJsonChild<T>(
  file: string,
  args: string[],
  env: Record<string, string | undefined> = {},
): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(tsxBin, [file, ...args], {
      cwd: repoRoot,
      env: { ...process.env, LOG_LEVEL: "silent", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      err += chunk.toString();
    });
    child.on("error", reject);
    child.on("close", (code) => {
      const last = out.trim().split("\n").at(-1) ?? "";
      if (code !== 0 || !last.startsWith("{")) {
        return reject(new Error(`${path.basename(file)} exited ${code}: ${err.slice(-2000)}`));
      }
      resolve(JSON.parse(last) as T);
    });
  });
}
