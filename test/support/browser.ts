import type { AddressInfo } from "node:net";
import { AxeBuilder } from "@axe-core/playwright";
import { serve } from "@hono/node-server";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, expect } from "vitest";
import { readConfig } from "../../src/config.ts";
import type { DialectName } from "../../src/db/connection.ts";
import { createLogger } from "../../src/logger.ts";
import type { AppDeps } from "../../src/web/app.ts";
import { buildApp } from "../../src/web/build-app.ts";
import { freshDatabase, type TestDatabase } from "./databases.ts";

export interface RunningApp {
  baseUrl: string;
  deps: AppDeps;
  database: TestDatabase;
  stop(): Promise<void>;
}

/** The real app on a real port over a fresh database, as a browser meets it. */
export async function startRunningApp(dialect: DialectName = "sqlite"): Promise<RunningApp> {
  const database = await freshDatabase(dialect);
  const server = serve({ fetch: () => new Response("starting"), port: 0, hostname: "127.0.0.1" });
  await new Promise((resolve) => server.once("listening", resolve));
  const port = (server.address() as AddressInfo).port;
  const baseUrl = `http://localhost:${port}`;
  server.close();

  const config = { ...readConfig({ DATA_DIR: database.dataDir, NODE_ENV: "test" }), baseUrl, port };
  const { app, deps } = await buildApp({
    handle: database,
    config,
    log: createLogger("silent"),
    clock: () => new Date(),
  });
  const running = serve({ fetch: app.fetch, port, hostname: "127.0.0.1" });
  await new Promise((resolve) => running.once("listening", resolve));

  return {
    baseUrl,
    deps,
    database,
    async stop() {
      await new Promise((resolve) => running.close(resolve));
      await database.drop();
    },
  };
}

/** Debian's Chromium, headless, with no traffic of its own beyond our localhost server. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/** Pages must come from browser.newContext() (axe needs it). Fails the test with the rule ids and targets when axe-core finds any violation on the page. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const found = results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
  );

  expect(found, `accessibility violations on ${page.url()}`).toEqual([]);
}

/** One running app and one browser for a whole describe block, stopped after its last test. */
export function useRunningAppAndBrowser() {
  const session = {} as { running: RunningApp; browser: Browser };
  beforeAll(async () => {
    session.running = await startRunningApp();
    session.browser = await launchBrowser();
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.running?.stop();
  });

  return session;
}
