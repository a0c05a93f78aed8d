import { Hono } from "hono";
import { readSchoolSettings } from "../../domain/school/read-school.ts";
import { timeZones } from "../../domain/school/time-zones.ts";
import { updateSchool } from "../../domain/school/update-school.ts";
import { supportedLocales } from "../../i18n/translate.ts";
import type { AppDeps, AppEnv } from "../app.ts";
import { formRefusal, formText, renderPage, statusOf } from "../render.ts";
import { requireActor } from "../session.ts";
import { schoolPage } from "../views/school-page.ts";

/** School settings, for administrators: name, Math Vision, time zone, check-in cadence. */
export function schoolRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();

  app.get("/school", async (c) => {
    const actor = requireActor(c.get("actor"));
    const { school, schools } = await readSchoolSettings(deps.db, actor, c.req.query("id"));
    const t = c.get("t");
    const notice = c.req.query("saved") ? "saved" : c.req.query("welcome") ? "welcome" : null;
    const body = schoolPage({
      t,
      locale: c.get("locale"),
      school,
      savedVision: school.math_vision,
      schools,
      problems: [],
      zones: timeZones(),
      notice,
    });

    return renderPage(c, { title: t("school.title"), body });
  });

  app.post("/school", async (c) => {
    const actor = requireActor(c.get("actor"));
    const body = await c.req.parseBody();
    try {
      const { schoolId } = await updateSchool(deps, actor, body);
      c.get("log").info({ schoolId }, "school settings saved");
      return c.redirect(`/school?id=${encodeURIComponent(schoolId)}&saved=1`, 303);
    } catch (error) {
      const refusal = formRefusal(error, "invalid_input");
      const { school, schools } = await readSchoolSettings(
        deps.db,
        actor,
        formText(body, "schoolId"),
      );
      const t = c.get("t");
      const typed = {
        id: school.id,
        name: formText(body, "name"),
        math_vision: formText(body, "mathVision"),
        time_zone: formText(body, "timeZone"),
        check_in_cadence_days: formText(body, "checkInCadenceDays"),
        visions: Object.fromEntries(
          supportedLocales.map((locale) => [locale, formText(body, `vision-${locale}`)]),
        ),
      };
      const page = schoolPage({
        t,
        locale: c.get("locale"),
        school: typed,
        savedVision: school.math_vision,
        schools,
        problems: refusal.problems,
        zones: timeZones(),
        notice: null,
      });
      return renderPage(c, { title: t("school.title"), body: page, status: statusOf(refusal) });
    }
  });

  return app;
}
