import { Hono } from "hono";
import { isoNow } from "../../clock.ts";
import { AppError } from "../../domain/errors.ts";
import { closeSchoolYear } from "../../domain/school-year/close-school-year.ts";
import { readSchoolYears } from "../../domain/school-year/read-school-years.ts";
import type { AppDeps, AppEnv } from "../app.ts";
import { formText, renderPage } from "../render.ts";
import { requireActor } from "../session.ts";
import { schoolYearPage } from "../views/school-year-page.ts";

/** Closing a school year, for the district's administrators. */
export function schoolYearRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();

  app.get("/school-year", async (c) => {
    const actor = requireActor(c.get("actor"));
    const years = await readSchoolYears(deps, actor);
    const t = c.get("t");
    const closed = years.closedYears.find((year) => year.id === c.req.query("closed")) ?? null;
    const body = schoolYearPage({
      t,
      locale: c.get("locale"),
      years,
      typed: {},
      problems: [],
      closed,
      openedAt: isoNow(deps.clock),
    });

    return renderPage(c, { title: t("records.year.title"), body });
  });

  app.post("/school-year/close", async (c) => {
    const actor = requireActor(c.get("actor"));
    const form = await c.req.parseBody();
    const typed = {
      schoolId: formText(form, "schoolId"),
      label: formText(form, "label"),
      confirm: formText(form, "confirm"),
      openedAt: formText(form, "openedAt"),
    };
    const t = c.get("t");
    try {
      const closed = await closeSchoolYear(deps, actor, typed);
      c.get("log").info({ schoolYearId: closed.schoolYearId }, "school year closed");
      return c.redirect(`/school-year?closed=${encodeURIComponent(closed.schoolYearId)}`, 303);
    } catch (error) {
      if (!(error instanceof AppError) || error.kind !== "invalid_input") throw error;
      const years = await readSchoolYears(deps, actor);
      const body = schoolYearPage({
        t,
        locale: c.get("locale"),
        years,
        typed,
        problems: error.problems,
        closed: null,
        // The form keeps the moment it was first opened: correcting a field there must not
        // widen the close to plans started since. One that was no real moment starts afresh.
        openedAt: error.problems.some((problem) => problem.field === "openedAt")
          ? isoNow(deps.clock)
          : typed.openedAt || isoNow(deps.clock),
      });
      return renderPage(c, { title: t("records.year.title"), body, status: 422 });
    }
  });

  return app;
}
