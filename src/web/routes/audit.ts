import { type Context, Hono, type MiddlewareHandler } from "hono";
import { matchedRoutes } from "hono/route";
import { auditTrailCsv } from "../../domain/audit/audit-trail-csv.ts";
import { readAuditTrail, readWholeAuditTrail } from "../../domain/audit/read-audit-trail.ts";
import { accessRecorder } from "../../domain/audit/record-access.ts";
import type { AppDeps, AppEnv } from "../app.ts";
import { attachmentDisposition } from "../attachment-disposition.ts";
import { clientAddress } from "../client-address.ts";
import { renderPage } from "../render.ts";
import { requireActor } from "../session.ts";
import { auditPage } from "../views/audit-page.ts";

/**
 * Where plan and records access on a plan's or a student's own pages is written to the audit
 * trail: after any successful GET (a view, a print, a PDF, an export) or POST (a change) on
 * /plans/:planId..., /students/:studentId... or a student's /people/:personId/card, whichever
 * route answered it, including routes added later. A service that reads or changes many
 * students' plans at once writes its own entries, one per student (record-plan-entries.ts).
 */
export function auditTrail(deps: AppDeps): MiddlewareHandler<AppEnv> {
  const recordAccess = accessRecorder(deps);

  return async (c, next) => {
    await next();
    const actor = c.get("actor");
    const method = c.req.method;
    if (!actor || c.res.status >= 400 || (method !== "GET" && method !== "POST")) return;

    const route = answeringRoute(c);
    if (!route) return;
    await recordAccess({
      actor,
      method,
      route,
      path: c.req.path,
      clientAddress: clientAddress(c, deps.config),
    });
  };
}

/** The pattern of the route that answered (middleware is registered for every method). */
function answeringRoute(c: Context<AppEnv>): string | undefined {
  const handlers = matchedRoutes(c).filter((route) => route.method !== "ALL");

  return handlers.at(-1)?.path;
}

/** The audit trail for a district's administrators, on a page and as a CSV file. */
export function auditRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();

  app.get("/audit", async (c) => {
    const actor = requireActor(c.get("actor"));
    const t = c.get("t");
    const typed = c.req.query();
    const trail = await readAuditTrail(deps, actor, typed);
    // A page past the last (an old link, a number typed in the address) shows the last one.
    if (trail.query && trail.query.page > trail.pages) {
      const last = new URLSearchParams({ ...typed, page: String(trail.pages) });
      return c.redirect(`/audit?${last.toString()}`, 303);
    }
    const body = auditPage({ t, locale: c.get("locale"), typed, trail });
    const status = trail.problems.length > 0 ? 422 : 200;

    return renderPage(c, { title: t("records.audit.title"), body, status });
  });

  app.get("/audit.csv", async (c) => {
    const actor = requireActor(c.get("actor"));
    const rows = await readWholeAuditTrail(deps, actor, c.req.query());
    c.get("log").info({ entries: rows.length }, "audit trail exported");

    return c.body(auditTrailCsv(rows), 200, {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": attachmentDisposition("audit-trail", {
        extension: "csv",
        fallback: "audit-trail",
      }),
    });
  });

  return app;
}
