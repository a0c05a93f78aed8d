import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import { findCardByTokenHash, findCurrentCard } from "../../db/sign-in-card-store.ts";
import type { Actor } from "../access/actor.ts";
import { authorizeCardHolder } from "./authorize-card-holder.ts";
import { hashCardToken, looksLikeCardToken } from "./card-token.ts";

/** For staff: the person and the card in use for them, if any. */
export async function readSignInCard(db: Kysely<Database>, actor: Actor, personId: string) {
  const holder = await authorizeCardHolder(db, actor, personId);
  const card = await findCurrentCard(db, actor.districtId, personId);

  return { holder, card: card ?? null };
}

/**
 * The holder of a card that still works, or null. Reading only: opening a card's link (or a
 * scanner fetching it) never signs in and never marks the card used.
 */
export async function findWorkingCard(db: Kysely<Database>, token: string) {
  if (!looksLikeCardToken(token)) return null;

  const card = await findCardByTokenHash(db, hashCardToken(token));
  if (!card || card.revoked_at !== null || card.active !== 1) return null;

  return card;
}
