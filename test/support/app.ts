import type { Kysely } from "kysely";
import { issueSignInToken, redeemSignInToken } from "../../src/auth/accounts.ts";
import type { Clock } from "../../src/clock.ts";
import { readConfig } from "../../src/config.ts";
import type { DialectName } from "../../src/db/connection.ts";
import { findPerson } from "../../src/db/people-store.ts";
import type { Database } from "../../src/db/schema.ts";
import { createLogger, type Logger } from "../../src/logger.ts";
import type { AppDeps } from "../../src/web/app.ts";
import { buildApp } from "../../src/web/build-app.ts";
import { freshDatabase, type TestDatabase } from "./databases.ts";

export const testBaseUrl = "http://localhost:3999";

export interface TestApp {
  app: Awaited<ReturnType<typeof buildApp>>["app"];
  deps: AppDeps;
  db: Kysely<Database>;
  database: TestDatabase;
  /** A real better-auth session cookie for this person, made by redeeming a sign-in token. */
  cookieFor(personId: string): Promise<string>;
  /** Sends a request as a browser on our own origin would (the Origin header passes CSRF). */
  request(path: string, init?: RequestInit & { cookie?: string }): Promise<Response>;
  close(): Promise<void>;
}

/** The whole app on a fresh database, for in-process HTTP tests. */
export async function createTestApp(
  dialect: DialectName,
  options: { clock?: Clock; log?: Logger } = {},
): Promise<TestApp> {
  const database = await freshDatabase(dialect);
  const config = {
    ...readConfig({ DATA_DIR: database.dataDir, NODE_ENV: "test" }),
    baseUrl: testBaseUrl,
  };
  const { app, deps } = await buildApp({
    handle: database,
    config,
    log: options.log ?? createLogger("silent"),
    clock: options.clock ?? (() => new Date()),
  });

  async function cookieFor(personId: string) {
    const person = await findPerson(database.db, personId);
    if (!person) throw new Error(`no person ${personId}`);

    const token = await issueSignInToken({
      auth: deps.auth,
      pickup: deps.tokens,
      db: deps.db,
      person,
    });
    const response = await redeemSignInToken(deps.auth, token, new Headers());

    return response.headers
      .getSetCookie()
      .map((cookie) => cookie.split(";")[0])
      .join("; ");
  }

  async function request(path: string, init: RequestInit & { cookie?: string } = {}) {
    const headers = new Headers(init.headers);
    headers.set("origin", testBaseUrl);
    if (init.cookie) headers.set("cookie", init.cookie);

    return app.request(`${testBaseUrl}${path}`, { ...init, headers });
  }

  return { app, deps, db: database.db, database, cookieFor, request, close: () => database.drop() };
}
