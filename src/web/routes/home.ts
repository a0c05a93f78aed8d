import { Hono } from "hono";
import { listMyPlans } from "../../domain/home/list-my-plans.ts";
import { findDemo, isFirstRun } from "../../domain/school/first-run.ts";
import type { AppDeps, AppEnv } from "../app.ts";
import { renderPage } from "../render.ts";
import { requireActor } from "../session.ts";
import { myPlansPage, welcomePage } from "../views/home-page.ts";

/** The start page sends each person where their work is; before the first run, to setup. */
export function homeRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();

  app.get("/", async (c) => {
    if (await isFirstRun(deps.db)) return c.redirect("/setup");

    const actor = c.get("actor");
    if (actor?.role === "administrator" || actor?.role === "teacher")
      return c.redirect("/students");
    if (actor) return c.redirect("/my-plans");

    const t = c.get("t");
    const demo = (await findDemo(deps.db)) !== null;
    const signedOutEverywhere = c.req.query("signedOut") === "everywhere";
    const body = welcomePage({ t, demo, signedOutEverywhere });
    return renderPage(c, { title: t("home.title"), body });
  });

  app.get("/my-plans", async (c) => {
    const actor = requireActor(c.get("actor"));
    const children = await listMyPlans(deps.db, actor);
    const t = c.get("t");
    const self = actor.role === "student";
    const body = myPlansPage({ t, locale: c.get("locale"), self, children });

    return renderPage(c, { title: t("myPlans.title"), body });
  });

  return app;
}
