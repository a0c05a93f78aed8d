import type { MiddlewareHandler } from "hono";
import type { Auth } from "../auth/auth.ts";
import { readSession } from "../auth/read-session.ts";
import { findPersonByAuthUser } from "../db/people-store.ts";
import type { Actor } from "../domain/access/actor.ts";
import { reachesWholeDistrict } from "../domain/access/policy.ts";
import { AppError } from "../domain/errors.ts";
import type { AppDeps, AppEnv } from "./app.ts";
import { clientAddress } from "./client-address.ts";
import { keepChosenLocale, usePersonLocale } from "./locale.ts";

/**
 * Resolves the signed-in person from the better-auth session. A deactivated person (left the
 * school, removed from the roster) is treated as signed out at once, whatever the cookie says.
 */
export function sessionActor(deps: AppDeps & { auth: Auth }): MiddlewareHandler<AppEnv> {
  const people = signedInPeople(deps);

  return async (c, next) => {
    const session = await readSession(deps.auth, c.req.raw.headers);

    if (session) {
      const person = await people.find(session.user.id);
      if (person && person.active === 1) {
        await keepChosenLocale(c, deps, person);
        usePersonLocale(c, person.preferred_locale);
        const actor: Actor = {
          personId: person.id,
          districtId: person.district_id,
          role: person.role,
          displayName: person.preferred_name ?? `${person.given_name} ${person.family_name}`,
          locale: c.get("locale"),
          clientAddress: clientAddress(c, deps.config),
        };
        if (person.role === "administrator") {
          actor.administersDistrict = await reachesWholeDistrict(deps.db, actor);
        }
        c.set("actor", actor);
      }
    }

    await next();
  };
}

type SignedInPerson = Awaited<ReturnType<typeof findPersonByAuthUser>>;

/** People kept at most; past it the memory starts again empty (a district signs in by day). */
const peopleKept = 20_000;

/**
 * The signed-in person of each request, read again only when something may have changed: a
 * person is kept for the change generation it was read under (src/db/change-watch.ts), which
 * moves on any write to people (a deactivation, a roster import), in this process or another,
 * so "deactivated means signed out at once" holds as before. It spares a round trip to the
 * database on every page, most of what a page from the page cache still cost on PostgreSQL.
 */
function signedInPeople(deps: Pick<AppDeps, "db" | "changes">) {
  const kept = new Map<string, { generation: number; person: SignedInPerson }>();

  return {
    async find(authUserId: string): Promise<SignedInPerson> {
      // Read before the query: a write that lands meanwhile leaves the answer unused.
      const generation = deps.changes.current();
      const known = kept.get(authUserId);
      if (known && generation !== null && known.generation === generation) return known.person;

      const person = await findPersonByAuthUser(deps.db, authUserId);
      if (generation === null) return person;
      if (kept.size >= peopleKept) kept.clear();
      kept.set(authUserId, { generation, person });
      return person;
    },
  };
}

/** The actor of a request that needs someone signed in. */
export function requireActor(actor: Actor | null): Actor {
  if (!actor) throw new AppError({ kind: "unauthenticated", message: "no session" });

  return actor;
}
