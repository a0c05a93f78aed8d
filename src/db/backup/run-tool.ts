import { spawn } from "node:child_process";
import type fs from "node:fs";
import { BackupFileError } from "./backup-file.ts";

/**
 * Runs pg_dump or pg_restore with the given file streams. Its error output is kept (it says what
 * went wrong in PostgreSQL's words) but never the connection address, which may hold a password.
 */
export async function runTool(
  command: string,
  args: string[],
  streams: { input?: fs.ReadStream; output?: fs.WriteStream },
): Promise<void> {
  const child = spawn(command, args, { stdio: ["pipe", "pipe", "pipe"] });
  let errorText = "";
  child.stderr.setEncoding("utf8");
  child.stderr.on("data", (chunk: string) => {
    if (errorText.length < 8000) errorText += chunk;
  });

  if (streams.input) streams.input.pipe(child.stdin);
  else child.stdin.end();
  const written = streams.output ? pipeTo(child.stdout, streams.output) : drain(child.stdout);

  const exitCode = await new Promise<number>((resolve, reject) => {
    child.once("error", (error) => reject(new BackupFileError("toolFailed", error.message)));
    child.once("close", (code) => resolve(code ?? 1));
  });
  await written;
  if (exitCode !== 0) throw new BackupFileError("toolFailed", `${command}: ${errorText.trim()}`);
}

function pipeTo(from: NodeJS.ReadableStream, to: fs.WriteStream) {
  return new Promise<void>((resolve, reject) => {
    from.pipe(to);
    to.once("finish", resolve);
    to.once("error", reject);
  });
}

function drain(from: NodeJS.ReadableStream) {
  return new Promise<void>((resolve) => {
    from.on("data", () => {});
    from.once("end", resolve);
  });
}
