import type { Kysely } from "kysely";
import { type Clock, isoNow } from "../../clock.ts";
import type { Database } from "../../db/schema.ts";
import { revokeCardsOf } from "../../db/sign-in-card-store.ts";
import type { Actor } from "../access/actor.ts";
import { authorizeCardHolder } from "./authorize-card-holder.ts";

/** Stops every sign-in card of a person working; returns how many were still in use. */
export async function revokeSignInCard(
  deps: { db: Kysely<Database>; clock: Clock },
  actor: Actor,
  personId: string,
) {
  await authorizeCardHolder(deps.db, actor, personId);
  const now = isoNow(deps.clock);

  return deps.db
    .transaction()
    .execute((trx) => revokeCardsOf(trx, { districtId: actor.districtId, personId }, now));
}
