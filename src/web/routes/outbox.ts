import { Hono } from "hono";
import { readAdministratorTimeZone } from "../../domain/school/read-administrator-time-zone.ts";
import { listOutbox, readOutboxEmail } from "../../mail/read-outbox.ts";
import type { AppDeps, AppEnv } from "../app.ts";
import { keepPrivate, renderPage } from "../render.ts";
import { requireActor } from "../session.ts";
import { outboxEmailPageBody, outboxPageBody } from "../views/outbox-pages.ts";

/** Sent mail: the district's emails, for an administrator. Emails carry sign-in links. */
export function outboxRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();

  app.get("/outbox", async (c) => {
    const actor = requireActor(c.get("actor"));
    const page = pageNumber(c.req.query("page"));
    const { emails, hasOlder } = await listOutbox(deps.db, actor, page);
    const zone = await readAdministratorTimeZone(deps.db, actor);
    const t = c.get("t");
    const keptMail = !deps.config.smtpUrl;

    keepPrivate(c);
    const locale = c.get("locale");
    const body = outboxPageBody({ t, locale, zone, emails, page, hasOlder, keptMail });
    return renderPage(c, { title: t("outbox.title"), body });
  });

  app.get("/outbox/:emailId", async (c) => {
    const actor = requireActor(c.get("actor"));
    const email = await readOutboxEmail(deps.db, actor, c.req.param("emailId"));
    c.get("log").info({ emailId: email.id }, "outbox email read");
    const zone = await readAdministratorTimeZone(deps.db, actor);

    keepPrivate(c);
    const body = outboxEmailPageBody({ t: c.get("t"), locale: c.get("locale"), zone, email });
    return renderPage(c, { title: email.subject, body });
  });

  return app;
}

function pageNumber(query: string | undefined) {
  const page = Number(query ?? 1);

  return Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1;
}
