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
  return (
    db
      .selectFrom("people")
      .selectAll()
      // Both conditions read the index on lower(email) of people with an address (migration 019).
      .where("email", "is not", null)
      .where((eb) => eb(eb.fn("lower", ["email"]), "=", email.trim().toLowerCase()))
      .where("active", "=", 1)
      .execute()
  );
}

/** Who set people.preferred_locale, as people.locale_chosen records it. */
export const localeSetBy = { roster: 0, person: 1, staff: 2 } as const;

/** The language a person chose for pages and emails (a supported locale). */
export async function savePreferredLocale(db: Kysely<Database>, personId: string, locale: string) {
  await db
    .updateTable("people")
    .set({ preferred_locale: locale, locale_chosen: localeSetBy.person })
    .where("id", "=", personId)
    .execute();
}

/**
 * A family member's language as a teacher or administrator chose it: never over the one the
 * person chose in the app themself. Returns whether it was written.
 */
export async function saveLocaleChosenByStaff(
  db: Kysely<Database>,
  person: { districtId: string; personId: string; locale: string; now: string },
) {
  const result = await db
    .updateTable("people")
    .set({
      preferred_locale: person.locale,
      locale_chosen: localeSetBy.staff,
      updated_at: person.now,
    })
    .where("district_id", "=", person.districtId)
    .where("id", "=", person.personId)
    .where("locale_chosen", "<>", localeSetBy.person)
    .executeTakeFirst();

  return Number(result.numUpdatedRows) > 0;
}
