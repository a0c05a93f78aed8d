import type { Insertable, Kysely } from "kysely";
import type { Database, SignInCardTable } from "./schema.ts";

/*
 * Sign-in cards: a printed or shared link for a student or family member. Only the SHA-256 hash
 * of a card's token is kept, so the database alone cannot sign anyone in.
 */

type Db = Kysely<Database>;

/** The person a card is made for, with what deciding who may make it needs. */
export async function findCardHolder(db: Db, districtId: string, personId: string) {
  return db
    .selectFrom("people")
    .select([
      "id",
      "role",
      "given_name",
      "family_name",
      "preferred_name",
      "active",
      "preferred_locale",
      "locale_chosen",
    ])
    .where("district_id", "=", districtId)
    .where("id", "=", personId)
    .executeTakeFirst();
}

/** The card in use for a person: the newest one not revoked. */
export async function findCurrentCard(db: Db, districtId: string, personId: string) {
  return db
    .selectFrom("sign_in_cards")
    .select(["id", "created_at", "last_used_at"])
    .where("district_id", "=", districtId)
    .where("person_id", "=", personId)
    .where("revoked_at", "is", null)
    .orderBy("created_at", "desc")
    .executeTakeFirst();
}

/** Revokes every card of a person still in use; returns how many. */
export async function revokeCardsOf(
  db: Db,
  person: { districtId: string; personId: string },
  now: string,
) {
  const result = await db
    .updateTable("sign_in_cards")
    .set({ revoked_at: now })
    .where("district_id", "=", person.districtId)
    .where("person_id", "=", person.personId)
    .where("revoked_at", "is", null)
    .executeTakeFirst();

  return Number(result.numUpdatedRows);
}

export async function insertCard(db: Db, card: Insertable<SignInCardTable>) {
  await db.insertInto("sign_in_cards").values(card).execute();
}

/** A card by its token's hash, with its holder, whatever state either is in. */
export async function findCardByTokenHash(db: Db, tokenHash: string) {
  return db
    .selectFrom("sign_in_cards")
    .innerJoin("people", "people.id", "sign_in_cards.person_id")
    .select([
      "sign_in_cards.id as cardId",
      "sign_in_cards.revoked_at",
      "people.id",
      "people.district_id",
      "people.given_name",
      "people.family_name",
      "people.preferred_name",
      "people.preferred_locale",
      "people.auth_user_id",
      "people.active",
    ])
    .where("sign_in_cards.token_hash", "=", tokenHash)
    .executeTakeFirst();
}

export async function markCardUsed(db: Db, cardId: string, now: string) {
  await db
    .updateTable("sign_in_cards")
    .set({ last_used_at: now })
    .where("id", "=", cardId)
    .execute();
}
