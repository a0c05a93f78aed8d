import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import { type Clock, isoNow } from "../../clock.ts";
import type { Database } from "../../db/schema.ts";
import { insertCard, revokeCardsOf } from "../../db/sign-in-card-store.ts";
import type { Actor } from "../access/actor.ts";
import { authorizeCardHolder } from "./authorize-card-holder.ts";
import { newCardToken } from "./card-token.ts";

/**
 * Makes a new sign-in card for a student or family member; the cards made before stop working.
 * Returns the token, which exists only in this answer: the database keeps its hash.
 */
export async function createSignInCard(
  deps: { db: Kysely<Database>; clock: Clock },
  actor: Actor,
  personId: string,
) {
  const holder = await authorizeCardHolder(deps.db, actor, personId);
  const { token, tokenHash } = newCardToken();
  const now = isoNow(deps.clock);
  const cardId = randomUUID();

  const revoked = await deps.db.transaction().execute(async (trx) => {
    const count = await revokeCardsOf(trx, { districtId: actor.districtId, personId }, now);
    await insertCard(trx, {
      id: cardId,
      district_id: actor.districtId,
      person_id: holder.id,
      token_hash: tokenHash,
      created_by: actor.personId,
      created_at: now,
      revoked_at: null,
      last_used_at: null,
    });
    return count;
  });

  return { cardId, token, holder, revoked };
}
