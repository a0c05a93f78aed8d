import { randomUUID } from "node:crypto";
import { Hono } from "hono";
import { html } from "hono/html";
import type { Kysely } from "kysely";
import type { Config } from "../config.ts";
import type { Clock } from "../clock.ts";
import type { DialectName } from "../db/connection.ts";
import type { Database } from "../db/schema.ts";
import type { Actor } from "../domain/access/actor.ts";
import { AppError } from "../domain/errors.ts";
import { type Translate, translator } from "../i18n/translate.ts";
import type { Logger } from "../logger.ts";
import { statusForKind } from "./errors.ts";
import { staticFiles } from "./static-files.ts";
import { page } from "./views/layout.ts";

/** What every route may use. Built once at start-up (src/server.ts) or by a test. */
export interface AppDeps {
  db: Kysely<Database>;
  dialect: DialectName;
  config: Config;
  log: Logger;
  clock: Clock;
}

export interface AppVariables {
  actor: Actor | null;
  locale: string;
  t: Translate;
  log: Logger;
}

export type AppEnv = { Variables: AppVariables };

export function createApp(deps: AppDeps) {
  const app = new Hono<AppEnv>();

  app.use(async (c, next) => {
    c.set("log", deps.log.child({ requestId: randomUUID() }));
    c.set("actor", null);
    c.set("locale", "en");
    c.set("t", translator("en"));
    await next();
  });

  app.route("/static", staticFiles());
  app.onError((error, c) => renderError(c, error));
  app.notFound((c) => renderError(c, new AppError({ kind: "not_found", message: c.req.path })));

  return app;
}

type ErrorContext = Parameters<Parameters<Hono<AppEnv>["onError"]>[0]>[1];

function renderError(c: ErrorContext, error: unknown) {
  const t = c.get("t") ?? translator("en");

  if (error instanceof AppError) {
    c.get("log")?.info({ kind: error.kind, err: error.message }, "request refused");
    const body = html`<h1>${t("error.title")}</h1>
      <p role="alert">${error.publicMessage}</p>
      ${error.problems.length > 0 ? html`<ul>${error.problems.map((problem) => html`<li>${problem.message}</li>`)}</ul>` : ""}
      <p><a href="/">${t("error.back")}</a></p>`;

    return c.html(
      page({ title: t("error.title"), t, locale: c.get("locale"), actor: c.get("actor"), body }),
      statusForKind[error.kind],
    );
  }

  c.get("log")?.error({ err: error }, "unexpected error");
  const body = html`<h1>${t("error.title")}</h1><p role="alert">${t("error.unexpected")}</p>
    <p><a href="/">${t("error.back")}</a></p>`;

  return c.html(
    page({ title: t("error.title"), t, locale: c.get("locale"), actor: c.get("actor"), body }),
    500,
  );
}
