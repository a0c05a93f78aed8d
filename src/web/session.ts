import type { MiddlewareHandler } from "hono";
import type { Auth } from "../auth/auth.ts";
import { readSession } from "../auth/read-session.ts";
import { findPersonByAuthUser } from "../db/people-store.ts";
import type { Actor } from "../domain/access/actor.ts";
import { AppError } from "../domain/errors.ts";
import { matchLocale } from "../i18n/match-locale.ts";
import type { AppDeps, AppEnv } from "./app.ts";
import { keepChosenLocale, useLocale } from "./locale.ts";

/**
 * Resolves the signed-in person from the better-auth session. A deactivated person (left the
 * school, removed from the roster) is treated as signed out at once, whatever the cookie says.
 */
export function sessionActor(deps: AppDeps & { auth: Auth }): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const session = await readSession(deps.auth, c.req.raw.headers);

    if (session) {
      const person = await findPersonByAuthUser(deps.db, session.user.id);
      if (person && person.active === 1) {
        // A preferred language (from the roster or chosen here) beats the browser's.
        await keepChosenLocale(c, deps, person);
        const preferred = matchLocale(person.preferred_locale);
        if (preferred) useLocale(c, preferred);
        const actor: Actor = {
          personId: person.id,
          districtId: person.district_id,
          role: person.role,
          displayName: person.preferred_name ?? `${person.given_name} ${person.family_name}`,
          locale: c.get("locale"),
        };
        c.set("actor", actor);
      }
    }

    await next();
  };
}

/** The actor of a request that needs someone signed in. */
export function requireActor(actor: Actor | null): Actor {
  if (!actor) throw new AppError({ kind: "unauthenticated", message: "no session" });

  return actor;
}
