import { type Context, Hono } from "hono";
import { readSession } from "../../auth/read-session.ts";
import type { Actor } from "../../domain/access/actor.ts";
import { AppError } from "../../domain/errors.ts";
import {
  type CurrentSession,
  changeOwnPassword,
  setForgottenPassword,
} from "../../domain/sign-in/change-password.ts";
import { readAccountPassword } from "../../domain/sign-in/read-account.ts";
import { requestSignInLink } from "../../domain/sign-in/request-sign-in-link.ts";
import { linkLocaleParameter } from "../../domain/sign-in/sign-in-link-locale.ts";
import { signInWithLink } from "../../domain/sign-in/sign-in-with-link.ts";
import { signInWithPassword } from "../../domain/sign-in/sign-in-with-password.ts";
import { signOut } from "../../domain/sign-in/sign-out.ts";
import { signOutEverywhere } from "../../domain/sign-in/sign-out-everywhere.ts";
import type { AppDeps, AppEnv } from "../app.ts";
import { clientAddress, signInAsker } from "../client-address.ts";
import { usePersonLocale } from "../locale.ts";
import { formRefusal, formText, keepPrivate, renderPage, statusOf } from "../render.ts";
import { requireActor } from "../session.ts";
import { redirectWithCookies, safeNext } from "../session-cookies.ts";
import { accountPage, type PasswordRefusal } from "../views/account-page.ts";
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

  app.get("/account", async (c) => {
    const actor = requireActor(c.get("actor"));
    const session = await currentSession(deps, c);
    const password = await readAccountPassword(deps, actor, session.id);
    const changed = c.req.query("password") === "changed";
    const t = c.get("t");

    const body = accountPage({ t, actor, password, changed });
    return renderPage(c, { title: t("account.title"), body });
  });

  app.post("/account/password", async (c) => {
    const actor = requireActor(c.get("actor"));
    const session = await currentSession(deps, c);
    const input = await c.req.parseBody();
    const client = clientAddress(c, deps.config);
    try {
      await changeOwnPassword(deps, { actor, session, input, client });
      c.get("log").info({ personId: actor.personId }, "password changed");
      return c.redirect("/account?password=changed", 303);
    } catch (error) {
      return refusedPasswordPage(deps, c, { actor, session, error, form: "change" });
    }
  });

  app.post("/account/password/reset", async (c) => {
    const actor = requireActor(c.get("actor"));
    const session = await currentSession(deps, c);
    const input = await c.req.parseBody();
    try {
      await setForgottenPassword(deps, { actor, session, input });
      c.get("log").info({ personId: actor.personId }, "forgotten password set anew");
      return c.redirect("/account?password=changed", 303);
    } catch (error) {
      return refusedPasswordPage(deps, c, { actor, session, error, form: "reset" });
    }
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

/** The session behind the request's actor, which a password change keeps signed in. */
async function currentSession(deps: AppDeps, c: Context<AppEnv>): Promise<CurrentSession> {
  const cookie = c.req.header("cookie");
  const answer = await readSession(deps.auth, c.req.raw.headers);
  if (!answer) throw new AppError({ kind: "unauthenticated", message: "no session" });

  return { cookie, id: answer.session.id, token: answer.session.token };
}

/** The account page again, with what was wrong with a password form next to it. */
async function refusedPasswordPage(
  deps: AppDeps,
  c: Context<AppEnv>,
  refused: { actor: Actor; session: CurrentSession; error: unknown; form: PasswordRefusal["form"] },
) {
  const error = formRefusal(refused.error, "invalid_input", "forbidden", "rate_limited");
  const hasFieldProblems = error.problems.length > 0;
  const refusal = {
    form: refused.form,
    problems: error.problems,
    message: hasFieldProblems ? undefined : error.publicMessage,
  };
  const password = await readAccountPassword(deps, refused.actor, refused.session.id);
  const t = c.get("t");

  const body = accountPage({ t, actor: refused.actor, password, refusal });
  return renderPage(c, { title: t("account.title"), body, status: statusOf(error) });
}
