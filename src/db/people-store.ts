import type { Kysely } from "kysely";
import type { Database } from "./schema.ts";

/** Reading people for sign-in and sessions. Roster writes live in roster-store.ts. */
export async function linkAuthUser(db: Kysely<Database>, personId: string, authUserId: string) {
  await db
    .updateTable("people")
    .set({ auth_user_id: authUserId })
    .where("id", "=", personId)
    .execute();
}

export async function findPersonByAuthUser(db: Kysely<Database>, authUserId: string) {
  return db
    .selectFrom("people")
    .select([
      "id",
      "district_id",
      "role",
      "given_name",
      "family_name",
      "preferred_name",
      "preferred_locale",
      "active",
    ])
    .where("auth_user_id", "=", authUserId)
    .executeTakeFirst();
}

export async function findPerson(db: Kysely<Database>, personId: string) {
  return db.selectFrom("people").selectAll().where("id", "=", personId).executeTakeFirst();
}

/** Active people with this contact address, for "email me a sign-in link". */
export async function findActivePeopleByEmail(db: Kysely<Database>, email: string) {
  return db
    .selectFrom("people")
    .selectAll()
    .where((eb) => eb(eb.fn("lower", ["email"]), "=", email.trim().toLowerCase()))
    .where("active", "=", 1)
    .execute();
}

/** The language a person chose for pages and emails (a supported locale). */
export async function savePreferredLocale(db: Kysely<Database>, personId: string, locale: string) {
  await db
    .updateTable("people")
    .set({ preferred_locale: locale, locale_chosen: 1 })
    .where("id", "=", personId)
    .execute();
}
