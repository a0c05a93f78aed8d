import { Hono } from "hono";
import { exploreDemoAs, listDemoCast } from "../../domain/school/explore-demo.ts";
import { isFirstRun } from "../../domain/school/first-run.ts";
import { loadDemoSchool } from "../../domain/school/load-demo-school.ts";
import { setUpSchool } from "../../domain/school/set-up-school.ts";
import { defaultTimeZone, timeZones } from "../../domain/school/time-zones.ts";
import type { AppDeps, AppEnv } from "../app.ts";
import { formRefusal, formText, renderPage, statusOf } from "../render.ts";
import { redirectWithCookies } from "../session-cookies.ts";
import { demoPage } from "../views/demo-page.ts";
import { setupPage } from "../views/setup-page.ts";

/**
 * The first run: create the school and its first administrator, or load the demo school and
 * explore it as each of its people. Setup exists only until the first district does.
 */
export function setupRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();

  app.get("/setup", async (c) => {
    if (!(await isFirstRun(deps.db))) return c.redirect("/");

    const t = c.get("t");
    const values = { timeZone: defaultTimeZone };
    const body = setupPage({ t, values, problems: [], zones: timeZones() });
    return renderPage(c, { title: t("setup.title"), body });
  });

  app.post("/setup", async (c) => {
    const body = await c.req.parseBody();
    try {
      const done = await setUpSchool(deps, body, c.get("locale"));
      c.get("log").info({ districtId: done.districtId, personId: done.personId }, "school set up");
      return redirectWithCookies(c, done.cookies, "/school?welcome=1");
    } catch (error) {
      const refusal = formRefusal(error, "invalid_input");
      const t = c.get("t");
      const values = {
        schoolName: formText(body, "schoolName"),
        timeZone: formText(body, "timeZone") || defaultTimeZone,
        givenName: formText(body, "givenName"),
        familyName: formText(body, "familyName"),
        email: formText(body, "email"),
      };
      const page = setupPage({ t, values, problems: refusal.problems, zones: timeZones() });
      return renderPage(c, { title: t("setup.title"), body: page, status: statusOf(refusal) });
    }
  });

  app.post("/setup/demo", async (c) => {
    const loaded = await loadDemoSchool(deps, c.get("locale"));
    c.get("log").info({ districtId: loaded.districtId, planId: loaded.planId }, "demo loaded");

    return c.redirect("/demo", 303);
  });

  app.get("/demo", async (c) => {
    const people = await listDemoCast(deps.db);
    const t = c.get("t");

    return renderPage(c, { title: t("demo.title"), body: demoPage({ t, people }) });
  });

  app.post("/demo/explore", async (c) => {
    const body = await c.req.parseBody();
    const explored = await exploreDemoAs(deps, body.role);
    c.get("log").info({ personId: explored.personId }, "exploring the demo");

    return redirectWithCookies(c, explored.cookies, "/");
  });

  return app;
}
