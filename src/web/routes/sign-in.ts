import { Hono } from "hono";
import { requestSignInLink } from "../../domain/sign-in/request-sign-in-link.ts";
import { linkLocaleParameter } from "../../domain/sign-in/sign-in-link-locale.ts";
import { signInWithLink } from "../../domain/sign-in/sign-in-with-link.ts";
import { signInWithPassword } from "../../domain/sign-in/sign-in-with-password.ts";
import { signOut } from "../../domain/sign-in/sign-out.ts";
import { signOutEverywhere } from "../../domain/sign-in/sign-out-everywhere.ts";
import type { AppDeps, AppEnv } from "../app.ts";
import { signInAsker } from "../client-address.ts";
import { usePersonLocale } from "../locale.ts";
import { formRefusal, formText, keepPrivate, renderPage, statusOf } from "../render.ts";
import { requireActor } from "../session.ts";
import { redirectWithCookies, safeNext } from "../session-cookies.ts";
import { accountPage } from "../views/account-page.ts";
import {
  confirmLinkPage,
  linkFailedPage,
  linkSentPage,
  signInPage,
} from "../views/sign-in-page.ts";

/**
 * Signing in with a password or an emailed link, and signing out. An emailed link opens a page
 * with a button: only the button's POST uses the token, so mail scanners use nothing up.
 */
export function signInRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();

  app.get("/sign-in", (c) => {
    const next = safeNext(c.req.query("next"));
    if (c.get("actor")) return c.redirect(next);

    const t = c.get("t");
    return renderPage(c, { title: t("signIn.title"), body: signInPage({ t, next }) });
  });

  app.post("/sign-in", async (c) => {
    const body = await c.req.parseBody();
    const next = safeNext(body.next);
    try {
      const cookies = await signInWithPassword(deps, body, signInAsker(c, deps.config));
      c.get("log").info("signed in with a password");
      return redirectWithCookies(c, cookies, next);
    } catch (error) {
      const refusal = formRefusal(error, "invalid_input", "unauthenticated");
      const t = c.get("t");
      const email = formText(body, "email");
      const passwordRefused =
        refusal.kind === "unauthenticated" ? refusal.publicMessage : undefined;
      const page = signInPage({
        t,
        next,
        email,
        passwordProblems: refusal.problems,
        passwordRefused,
      });
      return renderPage(c, { title: t("signIn.title"), body: page, status: statusOf(refusal) });
    }
  });

  app.post("/sign-in/link-request", async (c) => {
    const body = await c.req.parseBody();
    try {
      const count = await requestSignInLink(deps, body, signInAsker(c, deps.config));
      c.get("log").info({ count }, "sign-in links written to the outbox");
      return c.redirect("/sign-in/sent", 303);
    } catch (error) {
      const refusal = formRefusal(error, "invalid_input");
      const t = c.get("t");
      const next = safeNext(body.next);
      const page = signInPage({
        t,
        next,
        email: formText(body, "email"),
        linkProblems: refusal.problems,
      });
      return renderPage(c, { title: t("signIn.title"), body: page, status: statusOf(refusal) });
    }
  });

  app.get("/sign-in/sent", (c) => {
    const t = c.get("t");
    return renderPage(c, { title: t("signIn.sentTitle"), body: linkSentPage(t) });
  });

  // GET (and HEAD, which Hono answers from it) never signs in and never reads the token's state.
  app.get("/sign-in/link", (c) => {
    keepPrivate(c);
    usePersonLocale(c, c.req.query(linkLocaleParameter));
    const t = c.get("t");
    const token = c.req.query("token") ?? "";
    const next = safeNext(c.req.query("next"));
    const body = confirmLinkPage({ t, token, next });

    return renderPage(c, { title: t("signIn.confirmTitle"), body });
  });

  app.post("/sign-in/link", async (c) => {
    keepPrivate(c);
    const body = await c.req.parseBody();
    const next = safeNext(body.next);
    try {
      const token = formText(body, "token");
      const cookies = await signInWithLink(deps, token, signInAsker(c, deps.config));
      c.get("log").info("signed in with an emailed link");
      return redirectWithCookies(c, cookies, next);
    } catch (error) {
      const refusal = formRefusal(error, "unauthenticated");
      const t = c.get("t");
      const page = linkFailedPage({ t, next });
      return renderPage(c, {
        title: t("signIn.linkFailedTitle"),
        body: page,
        status: statusOf(refusal),
      });
    }
  });

  app.get("/account", (c) => {
    const actor = requireActor(c.get("actor"));
    const t = c.get("t");

    return renderPage(c, { title: t("account.title"), body: accountPage({ t, actor }) });
  });

  app.post("/sign-out/everywhere", async (c) => {
    const actor = requireActor(c.get("actor"));
    const cookies = await signOutEverywhere(deps, actor, c.req.header("cookie"));
    c.get("log").info({ personId: actor.personId }, "signed out on every device");

    return redirectWithCookies(c, cookies, "/?signedOut=everywhere");
  });

  app.post("/sign-out", async (c) => {
    const cookies = await signOut(deps.auth, c.req.header("cookie"));

    return redirectWithCookies(c, cookies, "/");
  });

  return app;
}
