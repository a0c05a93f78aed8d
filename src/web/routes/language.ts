import { Hono } from "hono";
import { chooseLanguage } from "../../domain/sign-in/choose-language.ts";
import type { AppDeps, AppEnv } from "../app.ts";
import { rememberLocale, samePageWithoutLang } from "../locale.ts";
import { safeNext } from "../session-cookies.ts";

/**
 * The page shell's language picker posts here (a form, so that only a choice made on our own
 * pages, past the origin check, changes anything): the browser keeps the choice, a signed-in
 * person's own language becomes it, and the same page comes back in it.
 */
export function languageRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();

  app.post("/language", async (c) => {
    const form = await c.req.parseBody();
    const locale = await chooseLanguage(deps.db, c.get("actor"), form.language);
    rememberLocale(c, deps, locale);

    const page = new URL(safeNext(form.next), "http://next.invalid");
    return c.redirect(samePageWithoutLang(page), 303);
  });

  return app;
}
