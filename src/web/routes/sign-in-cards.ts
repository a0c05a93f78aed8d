import { Hono } from "hono";
import { endSessionsOf } from "../../auth/accounts.ts";
import { familyLanguage } from "../../domain/roster/family-language.ts";
import { readAdministratorTimeZone } from "../../domain/school/read-administrator-time-zone.ts";
import { createSignInCard } from "../../domain/sign-in/create-sign-in-card.ts";
import {
  findWorkingCard,
  readCardOrigin,
  readSignInCard,
} from "../../domain/sign-in/read-sign-in-card.ts";
import { revokeSignInCard } from "../../domain/sign-in/revoke-sign-in-card.ts";
import { signInWithCard } from "../../domain/sign-in/sign-in-with-card.ts";
import { isolate } from "../../lib/bidi-isolate.ts";
import type { AppDeps, AppEnv } from "../app.ts";
import { signInAsker } from "../client-address.ts";
import { statusForKind } from "../errors.ts";
import { usePersonLocale } from "../locale.ts";
import { formRefusal, formText, keepPrivate, renderPage, statusOf } from "../render.ts";
import { requireActor } from "../session.ts";
import { redirectWithCookies } from "../session-cookies.ts";
import { qrCodeSvg } from "../views/qr-code.ts";
import {
  cardFailedPage,
  cardOpenPage,
  cardPagePath,
  cardPrintPage,
  cardStaffPage,
} from "../views/sign-in-card-pages.ts";

const firstName = (person: { given_name: string; preferred_name: string | null }) =>
  person.preferred_name?.trim() || person.given_name;

/**
 * Sign-in cards: staff make, print and revoke them; a card's link opens a page whose button
 * signs its holder in. Opening the link alone (a scanner, a preview) signs no one in.
 */
export function signInCardRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();

  app.get("/people/:personId/card", async (c) => {
    const actor = requireActor(c.get("actor"));
    const personId = c.req.param("personId");
    const { holder, card } = await readSignInCard(deps.db, actor, personId);
    const { timeZone } = await readAdministratorTimeZone(deps.db, actor);
    const t = c.get("t");
    const name = firstName(holder);
    const revoked = c.req.query("revoked") === "1";
    const origin = await readCardOrigin(deps.db, actor, c.req.query("plan"));
    const body = cardStaffPage({
      t,
      locale: c.get("locale"),
      personId,
      name,
      origin,
      card,
      timeZone,
      revoked,
      language: familyLanguage(holder),
      family: holder.role === "guardian",
    });

    return renderPage(c, { title: t("card.staffTitle", { name: isolate(name) }), body });
  });

  // The token exists only in this answer (the database keeps its hash), so the card is shown
  // here rather than after a redirect; it is kept out of caches.
  app.post("/people/:personId/card", async (c) => {
    const actor = requireActor(c.get("actor"));
    const form = await c.req.parseBody();
    const language = formText(form, "language");
    const made = await createSignInCard(deps, actor, c.req.param("personId"), { language });
    const origin = await readCardOrigin(deps.db, actor, formText(form, "plan"));
    // A lost card may already have been used: the old card's sessions end with it.
    if (made.revoked > 0) await endSessionsOf(deps.auth, deps.db, made.holder.id);
    c.get("log").info({ cardId: made.cardId, revoked: made.revoked }, "sign-in card made");

    keepPrivate(c);
    const t = c.get("t");
    const name = firstName(made.holder);
    const link = `${deps.config.baseUrl}/card/${made.token}`;
    const qrSvg = await qrCodeSvg(link);
    const body = cardPrintPage({
      t,
      cardLocale: made.cardLocale,
      personId: made.holder.id,
      name,
      link,
      qrSvg,
      origin,
    });

    return renderPage(c, { title: t("card.printTitle", { name: isolate(name) }), body });
  });

  app.post("/people/:personId/card/revoke", async (c) => {
    const actor = requireActor(c.get("actor"));
    const personId = c.req.param("personId");
    const form = await c.req.parseBody();
    const revoked = await revokeSignInCard(deps, actor, personId);
    await endSessionsOf(deps.auth, deps.db, personId);
    c.get("log").info({ personId, revoked }, "sign-in cards revoked");

    const origin = await readCardOrigin(deps.db, actor, formText(form, "plan"));
    return c.redirect(cardPagePath(personId, origin, ["revoked=1"]), 303);
  });

  app.get("/card/:token", async (c) => {
    keepPrivate(c);
    const token = c.req.param("token");
    const card = await findWorkingCard(deps.db, token);
    if (!card) {
      const t = c.get("t");
      const body = cardFailedPage(t);
      return renderPage(c, { title: t("card.failedTitle"), body, status: statusForKind.not_found });
    }

    usePersonLocale(c, card.preferred_locale);
    const t = c.get("t");
    const body = cardOpenPage({ t, name: firstName(card), token });
    return renderPage(c, { title: t("card.openTitle"), body });
  });

  app.post("/card/:token", async (c) => {
    keepPrivate(c);
    try {
      const asker = signInAsker(c, deps.config);
      const signedIn = await signInWithCard(deps, c.req.param("token"), asker);
      c.get("log").info({ cardId: signedIn.cardId }, "signed in with a card");
      return redirectWithCookies(c, signedIn.cookies, "/");
    } catch (error) {
      const refusal = formRefusal(error, "unauthenticated");
      const t = c.get("t");
      const body = cardFailedPage(t);
      return renderPage(c, { title: t("card.failedTitle"), body, status: statusOf(refusal) });
    }
  });

  return app;
}
