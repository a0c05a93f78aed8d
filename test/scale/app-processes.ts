import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import net from "node:net";
import path from "node:path";
import { adminQuery, postgresUrl } from "../support/databases.ts";

/*
 * Real server processes (`tsx src/server.ts`) for tests of how several of them behave together:
 * what one process keeps in memory, the others never see, so only separate processes can show
 * that sessions, rate limits and workers live in the shared database.
 */

const repoRoot = path.resolve(import.meta.dirname, "..", "..");
const tsxBin = path.join(repoRoot, "node_modules", ".bin", "tsx");

export interface AppProcess {
  baseUrl: string;
  /** A request as a browser on this process's own origin sends it (Origin passes CSRF). */
  request(pathname: string, init?: RequestInit & { cookie?: string }): Promise<Response>;
  stop(): Promise<void>;
}

export async function startAppProcess(env: Record<string, string>): Promise<AppProcess> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(tsxBin, ["src/server.ts"], {
    cwd: repoRoot,
    env: { ...process.env, LOG_LEVEL: "silent", ...env, PORT: String(port), BASE_URL: baseUrl },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let errors = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    errors += chunk.toString();
  });

  const request = (pathname: string, init: RequestInit & { cookie?: string } = {}) => {
    const headers = new Headers(init.headers);
    headers.set("origin", baseUrl);
    if (init.cookie) headers.set("cookie", init.cookie);
    return fetch(`${baseUrl}${pathname}`, { ...init, headers, redirect: "manual" });
  };
  await waitUntilServing(
    child,
    () => request("/sign-in"),
    () => errors,
  );

  return { baseUrl, request, stop: () => stopProcess(child) };
}

async function waitUntilServing(
  child: ChildProcess,
  probe: () => Promise<Response>,
  errors: () => string,
) {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited ${child.exitCode}: ${errors()}`);
    const answered = await probe().then(
      (response) => response.status === 200,
      () => false,
    );
    if (answered) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stopProcess(child);
  throw new Error(`server did not answer in 90 s: ${errors()}`);
}

async function stopProcess(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;

  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}

function freePort() {
  return new Promise<number>((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** A PostgreSQL database of its own, made for the test and dropped after it. */
export async function createPostgresDatabase() {
  const name = `t_scale_${randomBytes(6).toString("hex")}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = new URL(postgresUrl);
  url.pathname = `/${name}`;

  return {
    url: url.toString(),
    drop: () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}
