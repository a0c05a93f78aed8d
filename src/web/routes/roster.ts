import type { Context } from "hono";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { AppError } from "../../domain/errors.ts";
import {
  importHeldUpload,
  importUploadedRoster,
  importValidRowsOfUpload,
  listRosterImports,
  type RosterDeps,
  readRosterImport,
} from "../../domain/roster/import-roster-upload.ts";
import { maxUploadBytes, uploadLimitMegabytes } from "../../domain/roster/stage-roster-upload.ts";
import { readAdministratorTimeZone } from "../../domain/school/read-administrator-time-zone.ts";
import type { AppDeps, AppEnv } from "../app.ts";
import { statusForKind } from "../errors.ts";
import { formRefusal, keepPrivate, renderPage, statusOf } from "../render.ts";
import { requireActor } from "../session.ts";
import { rosterReportPage, rosterUploadPage } from "../views/roster-pages.ts";

/** The roster import, for administrators: upload an export, read its report. */
export function rosterRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  const rosterDeps = (c: Context<AppEnv>): RosterDeps => ({
    db: deps.db,
    dataDir: deps.config.dataDir,
    clock: deps.clock,
    t: c.get("t"),
  });

  app.get("/", async (c) => uploadPage(c, rosterDeps(c), null));

  app.post(
    "/",
    bodyLimit({
      // A little room for the form's own parts around the files.
      maxSize: maxUploadBytes + 64 * 1024,
      onError: (c) =>
        uploadPage(
          c,
          rosterDeps(c),
          c.get("t")("roster.upload.tooBig", { megabytes: uploadLimitMegabytes() }),
          413,
        ),
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      // A body no browser sends (a multipart cut short) is the person's problem, not a crash.
      const form = await c.req.parseBody({ all: true }).catch((error: unknown) => {
        const message = `unreadable roster upload: ${String(error)}`;
        const publicMessage = c.get("t")("error.unreadableForm");
        throw new AppError({ kind: "invalid_input", message, publicMessage });
      });
      const files = [form.files].flat().filter((value): value is File => value instanceof File);

      try {
        const { importId, report } = await importUploadedRoster(rosterDeps(c), actor, files);
        c.get("log").info(
          {
            importId,
            imported: report.imported,
            held: report.held === true,
            errors: report.errors.length,
          },
          "roster upload",
        );
        return c.redirect(`/roster/imports/${importId}`, 303);
      } catch (error) {
        const refusal = formRefusal(error, "invalid_input");
        return uploadPage(c, rosterDeps(c), refusal.publicMessage, statusOf(refusal));
      }
    },
  );

  app.get("/imports/:importId", (c) => reportPage(c, rosterDeps(c)));

  app.post("/imports/:importId/import-valid-rows", (c) =>
    importAgain(c, rosterDeps(c), {
      run: importValidRowsOfUpload,
      log: "roster valid rows imported",
    }),
  );

  // A held import's confirmation: its report said what the export makes inactive.
  app.post("/imports/:importId/import-confirmed", (c) =>
    importAgain(c, rosterDeps(c), { run: importHeldUpload, log: "roster import confirmed" }),
  );

  return app;
}

/** Imports the kept upload of the import a report shows, as its button offered. */
async function importAgain(
  c: Context<AppEnv>,
  deps: RosterDeps,
  again: { run: typeof importHeldUpload; log: string },
) {
  const actor = requireActor(c.get("actor"));
  try {
    const { importId, report } = await again.run(deps, actor, c.req.param("importId") ?? "");
    c.get("log").info({ importId, imported: report.imported }, again.log);
    return c.redirect(`/roster/imports/${importId}`, 303);
  } catch (error) {
    // Refused (the upload is gone, a newer roster came): the report says why, where the
    // administrator was, rather than a page with only a way back to the start.
    if (!(error instanceof AppError) || !["conflict", "not_found"].includes(error.kind)) {
      throw error;
    }
    return reportPage(c, deps, statusForKind[error.kind]);
  }
}

async function reportPage(
  c: Context<AppEnv>,
  deps: RosterDeps,
  status: ContentfulStatusCode = 200,
) {
  const actor = requireActor(c.get("actor"));
  const found = await readRosterImport(deps, actor, c.req.param("importId") ?? "");
  const zone = await readAdministratorTimeZone(deps.db, actor);
  const t = c.get("t");

  keepPrivate(c);
  const body = rosterReportPage({ t, locale: c.get("locale"), zone, ...found });
  return renderPage(c, { title: t("roster.report.title"), body, status });
}

/** The history's page asked for; anything but a whole number from 1 on reads as the first. */
function historyPage(asked: string | undefined) {
  const page = Number(asked);

  return Number.isSafeInteger(page) && page >= 1 ? page : 1;
}

async function uploadPage(
  c: Context<AppEnv>,
  deps: RosterDeps,
  refusal: string | null,
  status: ContentfulStatusCode = 200,
) {
  const actor = requireActor(c.get("actor"));
  const page = historyPage(c.req.query("page"));
  const { imports, hasOlder } = await listRosterImports(deps, actor, page);
  // A page past the last import (an old link, a typed address) is the history's start.
  if (page > 1 && imports.length === 0) return c.redirect("/roster", 303);
  const zone = await readAdministratorTimeZone(deps.db, actor);
  const t = c.get("t");
  const body = rosterUploadPage({
    t,
    locale: c.get("locale"),
    zone,
    imports,
    history: { page, hasOlder },
    uploadLimitMegabytes: uploadLimitMegabytes(),
    refusal,
  });

  keepPrivate(c);
  return renderPage(c, { title: t("roster.title"), body, status });
}
