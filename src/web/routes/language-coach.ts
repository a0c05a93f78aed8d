import { Hono } from "hono";
import { coachRuleBook } from "../../domain/language-coach/coach-rules.ts";
import { coachTextLimit, coachWording } from "../../domain/language-coach/coach-wording.ts";
import type { AppDeps, AppEnv } from "../app.ts";
import { formText } from "../render.ts";
import { coachHint, coachNotice } from "../views/language-coach.ts";

/**
 * The wording coach as people type: htmx posts the text area's form here and swaps the answer
 * into the field's live region. Every answer is a 200 with a fragment, so htmx shows it.
 */
export function languageCoachRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  // Read at start-up, so a school's broken word list stops the server with its name and entry.
  const rules = coachRuleBook(deps.config.dataDir);

  app.post("/language-coach/check", async (c) => {
    const body = await c.req.parseBody();
    const text = formText(body, "text") || formText(body, "body");
    const t = c.get("t");
    const answer = await coachWording({ db: deps.db, clock: deps.clock, rules }, c.get("actor"), {
      text,
      locale: c.get("locale"),
    });

    if (answer.kind === "tooLong") {
      return c.html(coachNotice(t("languageCoach.tooLong", { max: coachTextLimit })));
    }
    if (answer.kind === "tooMany") return c.html(coachNotice(t("languageCoach.tooMany")));
    c.get("log").debug({ deficit: answer.reading.deficit }, "wording coached");

    return c.html(coachHint({ t, locale: c.get("locale") }, answer.reading, "typing"));
  });

  return app;
}
