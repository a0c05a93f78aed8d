import { Hono } from "hono";
import { namesAsked, programCsv, programCsvTitle } from "../../domain/program/program-csv.ts";
import { parseProgramFilters, parseProgramView } from "../../domain/program/program-filters.ts";
import { readProgram } from "../../domain/program/read-program.ts";
import type { AppDeps, AppEnv } from "../app.ts";
import { attachmentDisposition } from "../attachment-disposition.ts";
import { requireActor } from "../session.ts";
import { programPage } from "../views/program-page.ts";

/** Where closing a school year is done (src/web/routes/school-year.ts). */
const schoolYearPath: string | null = "/school-year";

/**
 * The program page and its CSV export; filters come in the address so no script is needed. The
 * page shows a district school by school and a school's teachers a page at a time; the CSV, a
 * download, holds every teacher.
 */
export function programRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();

  app.get("/program", async (c) => {
    const actor = requireActor(c.get("actor"));
    const query = c.req.query();
    const view = parseProgramView(query);
    const figures = await readProgram(deps, actor, parseProgramFilters(query), { view });
    const context = { t: c.get("t"), locale: c.get("locale") };

    return c.html(programPage({ ...context, actor, figures, schoolYearPath }));
  });

  app.get("/program/export.csv", async (c) => {
    const actor = requireActor(c.get("actor"));
    const figures = await readProgram(deps, actor, parseProgramFilters(c.req.query()), {
      everyTeacher: true,
    });
    const withNames = namesAsked(c.req.query("names"));
    const csv = { t: c.get("t"), withNames };
    c.get("log").info({ withNames, plans: figures.total }, "program figures exported");

    c.header("content-type", "text/csv; charset=utf-8");
    const file = { extension: "csv", fallback: "map-program" };
    c.header("content-disposition", attachmentDisposition(programCsvTitle(figures, csv), file));
    c.header("cache-control", "no-store");
    return c.body(programCsv(figures, csv));
  });

  return app;
}
