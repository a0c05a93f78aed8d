import { type ChildProcess, spawn } from "node:child_process";
import net from "node:net";
import path from "node:path";
import autocannon from "autocannon";
import type { DialectName } from "../../src/db/connection.ts";
import { repoRoot, tsxBin } from "../run-child.ts";
import type { BenchServer } from "./bench-server.ts";

/*
 * Each page under load (autocannon, 50 connections, a signed-in teacher's cookie) against the
 * same page's HTML sent from memory by the same server: the ratio is the share of the server's
 * plain HTTP capacity the app keeps while doing its own work.
 */

export interface PageFigure {
  dialect: DialectName;
  page: string;
  path: string;
  /** The answer's size, about: a PDF is far heavier than a page. */
  bytes: number;
  requestsPerSecond: number;
  baselineRequestsPerSecond: number;
  ratio: number;
  p99Ms: number;
  baselineP99Ms: number;
  /** Answers other than 200, and connection errors: a page that fails is not fast. */
  failures: number;
  /** For a PDF: the plans one download holds, and plans drawn per second (downloads/s x that). */
  plansPerDownload?: number;
  plansPerSecond?: number;
}

const serverFile = path.join(repoRoot, "bench", "pages", "bench-server.ts");

export async function benchPages(options: {
  dialect: DialectName;
  /** The environment of a database that already holds the district. */
  env: Record<string, string | undefined>;
  seconds: number;
  connections: number;
  onFigure?: (figure: PageFigure) => void;
}): Promise<PageFigure[]> {
  const { child, ready } = await startServer(options.env);
  const figures: PageFigure[] = [];

  try {
    const base = `http://127.0.0.1:${ready.port}`;
    // A PDF is measured in plans per second, with no page target: drawing takes tens of
    // milliseconds a plan (seconds for a grade), so a few downloads at a time, each given time,
    // rather than 50 connections that would only queue up and time out.
    const load = (url: string, plans: number | undefined) =>
      autocannon({
        url,
        connections: plans === undefined ? options.connections : Math.min(options.connections, 2),
        timeout: plans === undefined ? 10 : 120,
        duration: options.seconds,
        headers: { cookie: ready.cookie },
      });

    for (const [page, pagePath] of Object.entries(ready.pages)) {
      const plans = ready.plansPerDownload?.[page];
      const baseline = await load(`${base}/__baseline/${page}`, plans);
      const measured = await load(`${base}${pagePath}`, plans);
      const figure: PageFigure = {
        dialect: options.dialect,
        page,
        path: pagePath.replace(/[0-9a-f-]{36}/, ":id"),
        bytes: baseline.throughput.average / Math.max(baseline.requests.average, 1),
        requestsPerSecond: measured.requests.average,
        baselineRequestsPerSecond: baseline.requests.average,
        ratio: measured.requests.average / baseline.requests.average,
        p99Ms: measured.latency.p99,
        baselineP99Ms: baseline.latency.p99,
        failures: measured.non2xx + measured.errors + measured.timeouts,
        ...(plans === undefined
          ? {}
          : {
              plansPerDownload: plans,
              // From the total: a whole grade may finish less than once in a second's sample.
              plansPerSecond: (measured.requests.total / options.seconds) * plans,
            }),
      };
      figures.push(figure);
      options.onFigure?.(figure);
    }
  } finally {
    await stopServer(child);
  }

  return figures;
}

async function startServer(env: Record<string, string | undefined>) {
  const port = String(await freePort());
  const child = spawn(tsxBin, [serverFile], {
    cwd: repoRoot,
    env: {
      ...process.env,
      LOG_LEVEL: "silent",
      ...env,
      PORT: port,
      BASE_URL: `http://127.0.0.1:${port}`,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });

  return new Promise<{ child: ChildProcess; ready: BenchServer }>((resolve, reject) => {
    let out = "";
    let err = "";
    child.stderr.on("data", (chunk: Buffer) => {
      err += chunk.toString();
    });
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split("\n").find((entry) => entry.startsWith("{"));
      if (line) resolve({ child, ready: JSON.parse(line) as BenchServer });
    });
    child.once("exit", (code) => reject(new Error(`bench server exited ${code}: ${err}`)));
  });
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

async function stopServer(child: ChildProcess) {
  if (child.exitCode !== null) return;

  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}
