import { Hono } from "hono";
import { carryPlanForward } from "../../domain/next-year/carry-plan-forward.ts";
import { readNextYear } from "../../domain/next-year/read-next-year.ts";
import { startPlansForClass } from "../../domain/next-year/start-plans-for-class.ts";
import type { AppDeps, AppEnv } from "../app.ts";
import { requireActor } from "../session.ts";
import { nextYearPage } from "../views/next-year-page.ts";

/** Next year's plans: a whole class at once, or a student's closed plan carried forward. */
export function nextYearRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();

  app.get("/program/next-year", async (c) => {
    const actor = requireActor(c.get("actor"));
    const asked = {
      classId: c.req.query("class") || undefined,
      schoolId: c.req.query("school") || undefined,
    };
    const view = await readNextYear(deps, actor, asked);
    const summary = startSummary(c.req.query());

    return c.html(nextYearPage({ t: c.get("t"), locale: c.get("locale"), actor, view, summary }));
  });

  app.post("/program/next-year/classes/:classId/plans", async (c) => {
    const actor = requireActor(c.get("actor"));
    const classId = c.req.param("classId");
    const { started, carried, skipped } = await startPlansForClass(deps, actor, classId);
    c.get("log").info({ classId, started, carried, skipped }, "plans started for a class");

    const query = new URLSearchParams({
      class: classId,
      started: `${started}`,
      carried: `${carried}`,
      skipped: `${skipped}`,
    });
    return c.redirect(`/program/next-year?${query.toString()}`, 303);
  });

  app.post("/program/next-year/plans/:planId/carry-forward", async (c) => {
    const actor = requireActor(c.get("actor"));
    const fromPlanId = c.req.param("planId");
    const { planId, started } = await carryPlanForward(deps, actor, fromPlanId);
    c.get("log").info({ fromPlanId, planId, started }, "plan carried forward");

    // A student with an open plan keeps it: the plan opens with a note that nothing was copied.
    return c.redirect(`/plans/${planId}?saved=${started ? "started" : "notCarried"}`, 303);
  });

  return app;
}

/** The counts of the last class start, shown once after the redirect. */
function startSummary(query: Record<string, string | undefined>) {
  const count = (text: string | undefined) =>
    text && /^\d{1,6}$/.test(text) ? Number(text) : null;
  const started = count(query.started);
  const skipped = count(query.skipped);
  if (started === null || skipped === null) return null;

  return { started, carried: Math.min(count(query.carried) ?? 0, started), skipped };
}
