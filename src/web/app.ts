import { randomUUID } from "node:crypto";
import { Hono } from "hono";
import { contextStorage } from "hono/context-storage";
import { csrf } from "hono/csrf";
import { html } from "hono/html";
import { HTTPException } from "hono/http-exception";
import { secureHeaders } from "hono/secure-headers";
import type { Kysely } from "kysely";
import type { TokenPickup } from "../auth/accounts.ts";
import type { Auth } from "../auth/auth.ts";
import type { Clock } from "../clock.ts";
import type { Config } from "../config.ts";
import type { ChangeWatch } from "../db/change-watch.ts";
import type { DialectName } from "../db/connection.ts";
import type { Database } from "../db/schema.ts";
import type { Actor } from "../domain/access/actor.ts";
import { AppError } from "../domain/errors.ts";
import { type Translate, translator } from "../i18n/translate.ts";
import type { Logger } from "../logger.ts";
import { statusForKind } from "./errors.ts";
import { formTokens } from "./form-tokens.ts";
import { browserLocale, publicMessageIn } from "./locale.ts";
import { pageCache } from "./page-cache.ts";
import { formBodyGuard, formSizeLimit, privatePages } from "./request-guards.ts";
import { auditRoutes, auditTrail } from "./routes/audit.ts";
import { checkInUpdateRoutes } from "./routes/check-in-updates.ts";
import { gradePlansPdfRoutes } from "./routes/grade-plans-pdf.ts";
import { homeRoutes } from "./routes/home.ts";
import { identityRoutes } from "./routes/identity.ts";
import { languageRoutes } from "./routes/language.ts";
import { languageCoachRoutes } from "./routes/language-coach.ts";
import { meetingRecordRoutes } from "./routes/meeting-records.ts";
import { meetingRoutes } from "./routes/meetings.ts";
import { nextYearRoutes } from "./routes/next-year.ts";
import { outboxRoutes } from "./routes/outbox.ts";
import { planPdfRoutes } from "./routes/plan-pdf.ts";
import { planRoutes } from "./routes/plans.ts";
import { programRoutes } from "./routes/program.ts";
import { recordsRoutes } from "./routes/records.ts";
import { reflectionRoutes } from "./routes/reflections.ts";
import { rosterRoutes } from "./routes/roster.ts";
import { schoolRoutes } from "./routes/school.ts";
import { schoolYearRoutes } from "./routes/school-year.ts";
import { setupRoutes } from "./routes/setup.ts";
import { shareRoutes } from "./routes/share.ts";
import { signInRoutes } from "./routes/sign-in.ts";
import { signInCardRoutes } from "./routes/sign-in-cards.ts";
import { sessionActor } from "./session.ts";
import { staticFiles } from "./static-files.ts";
import { answerUnsavedWords } from "./unsaved-words.ts";
import { page } from "./views/layout.ts";

/** The problems a refused request had, one to a line; nothing when there are none. */
function problemList(messages: string[]) {
  if (messages.length === 0) return "";

  return html`<ul>${messages.map((message) => html`<li>${message}</li>`)}</ul>`;
}

/** What every route may use. Built once at start-up (src/server.ts) or by a test. */
export interface AppDeps {
  db: Kysely<Database>;
  dialect: DialectName;
  config: Config;
  log: Logger;
  clock: Clock;
  auth: Auth;
  tokens: TokenPickup;
  /** When data may have changed; rendered pages are kept only while it has not. */
  changes: ChangeWatch;
}

export interface AppVariables {
  actor: Actor | null;
  locale: string;
  t: Translate;
  log: Logger;
  /** A form posted from our own pages, as read once by formBodyGuard. */
  postedForm?: Record<string, unknown>;
  /** The page rendered holds "add" forms whose one-time tokens are still to fill in. */
  unfilledFormTokens?: boolean;
}

export type AppEnv = { Variables: AppVariables };

export function createApp(deps: AppDeps) {
  const app = new Hono<AppEnv>();

  // The page shell's language picker comes back to the page's own address (languageChoiceReturn).
  app.use(contextStorage());
  app.use(async (c, next) => {
    c.set("log", deps.log.child({ requestId: randomUUID() }));
    c.set("actor", null);
    c.set("locale", "en");
    c.set("t", translator("en"));
    await next();
  });
  app.use(browserLocale());

  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", "data:"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        objectSrc: ["'none'"],
      },
      referrerPolicy: "same-origin",
    }),
  );
  app.route("/static", staticFiles());
  app.use(csrf({ origin: (origin) => sameOrigin(origin, deps.config.baseUrl) }));
  app.use(sessionActor(deps));
  app.use(privatePages());
  app.use(formSizeLimit());
  app.use(formBodyGuard());
  // Every view and change of a student's plan or records, written once the route succeeded.
  app.use(auditTrail(deps));
  // Outside the cache, which fills the tokens of the pages it keeps each time it serves one.
  app.use(formTokens());
  // Inside the audit trail, so a page served from the cache is recorded like a rendered one.
  app.use(pageCache(deps));
  app.route("/", planRoutes(deps));
  app.route("/", meetingRecordRoutes(deps));
  app.route("/", identityRoutes(deps));
  app.route("/", checkInUpdateRoutes(deps));
  app.route("/", meetingRoutes(deps));
  app.route("/", programRoutes(deps));
  app.route("/", reflectionRoutes(deps));
  app.route("/", nextYearRoutes(deps));
  app.route("/", languageCoachRoutes(deps));
  app.route("/", languageRoutes(deps));
  app.route("/", recordsRoutes(deps));
  app.route("/", auditRoutes(deps));
  app.route("/", schoolYearRoutes(deps));
  app.route("/", planPdfRoutes(deps));
  app.route("/", gradePlansPdfRoutes(deps));
  app.route("/", homeRoutes(deps));
  app.route("/", setupRoutes(deps));
  app.route("/", signInRoutes(deps));
  app.route("/", signInCardRoutes(deps));
  app.route("/", schoolRoutes(deps));
  app.route("/roster", rosterRoutes(deps));
  app.route("/", outboxRoutes(deps));
  app.route("/", shareRoutes(deps));

  app.onError((error, c) => renderError(c, error));
  app.notFound((c) => renderError(c, new AppError({ kind: "not_found", message: c.req.path })));

  return app;
}

/**
 * Forms may only be posted from our own pages: the Origin check is the CSRF defence, with
 * SameSite cookies behind it. A local install answers as localhost and as 127.0.0.1 alike.
 */
function sameOrigin(origin: string, baseUrl: string) {
  const base = new URL(baseUrl);
  if (origin === base.origin) return true;
  if (!["localhost", "127.0.0.1"].includes(base.hostname)) return false;

  return ["localhost", "127.0.0.1"].some(
    (host) => origin === `${base.protocol}//${host}:${base.port}`,
  );
}

/** Hono's own refusals (a cross-site form, a malformed body) read like ours. */
function fromHttpException(exception: HTTPException) {
  const kind = exception.status === 403 ? "forbidden" : "invalid_input";

  return new AppError({ kind, message: `http ${exception.status}: ${exception.message}` });
}

type ErrorContext = Parameters<Parameters<Hono<AppEnv>["onError"]>[0]>[1];

function renderError(c: ErrorContext, thrown: unknown) {
  const t = c.get("t") ?? translator("en");
  const error = thrown instanceof HTTPException ? fromHttpException(thrown) : thrown;

  if (error instanceof AppError && error.kind === "unauthenticated" && c.req.method === "GET") {
    // The query too: a grade's PDF or a filtered program page is what the person asked for.
    const { pathname, search } = new URL(c.req.url);
    const next = encodeURIComponent(`${pathname}${search}`);
    return c.redirect(`/sign-in?next=${next}`, 303);
  }

  // A refused form of words shows what was typed, whatever refused it (unsaved-words.ts).
  const unsaved = answerUnsavedWords(c, error);
  if (unsaved) return unsaved;

  if (error instanceof AppError) {
    c.get("log")?.info({ kind: error.kind, err: error.message }, "request refused");
    const body = html`<h1>${t("error.title")}</h1>
      <p role="alert">${publicMessageIn(t, error)}</p>
      ${problemList(error.problems.map((problem) => problem.message))}
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
