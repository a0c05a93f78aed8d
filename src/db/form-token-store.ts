import type { Insertable, Kysely } from "kysely";
import type { Database, FormTokenTable } from "./schema.ts";

/** The tokens of "add" forms that already saved something (migration 013). */

type Db = Kysely<Database>;

/** What the person's form with this token saved, if it saved anything. */
export async function findFormToken(db: Db, personId: string, token: string) {
  return db
    .selectFrom("form_tokens")
    .select(["saved_id", "plan_id"])
    .where("person_id", "=", personId)
    .where("token", "=", token)
    .executeTakeFirst();
}

/**
 * Keeps the token unless the person's form already has it; false when it had. On PostgreSQL a
 * second send at once waits here for the first one's transaction, then finds its row.
 */
export async function insertFormTokenOnce(db: Db, row: Insertable<FormTokenTable>) {
  const result = await db
    .insertInto("form_tokens")
    .values(row)
    .onConflict((conflict) => conflict.columns(["person_id", "token"]).doNothing())
    .executeTakeFirst();

  return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
}
