import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import { z } from "zod";
import { type Clock, isoNow } from "../../clock.ts";
import type { Database } from "../../db/schema.ts";
import { insertCard, revokeCardsOf } from "../../db/sign-in-card-store.ts";
import type { Actor } from "../access/actor.ts";
import { parseForm } from "../forms/parse-form.ts";
import { familyLanguage, keepLanguageChoice, languageChoice } from "../roster/family-language.ts";
import { authorizeCardHolder } from "./authorize-card-holder.ts";
import { newCardToken } from "./card-token.ts";

const cardInput = z.object({ language: languageChoice.optional() });

/**
 * Makes a new sign-in card for a student or family member; the cards made before stop working.
 * The card is printed in the language chosen, else the holder's; a family member's chosen
 * language is kept for their emails too. Returns the token, which exists only in this answer:
 * the database keeps its hash.
 */
export async function createSignInCard(
  deps: { db: Kysely<Database>; clock: Clock },
  actor: Actor,
  personId: string,
  input: unknown = {},
) {
  const holder = await authorizeCardHolder(deps.db, actor, personId);
  const { language } = parseForm(cardInput, input, {
    locale: actor.locale,
    labels: { language: "card.language.label" },
  });
  const { token, tokenHash } = newCardToken();
  const now = isoNow(deps.clock);
  const cardId = randomUUID();

  const revoked = await deps.db.transaction().execute(async (trx) => {
    if (holder.role === "guardian") {
      const districtId = actor.districtId;
      await keepLanguageChoice(trx, { districtId, person: holder, choice: language, now });
    }
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

  const cardLocale = language || familyLanguage(holder).writtenIn;

  return { cardId, token, holder, revoked, cardLocale };
}
