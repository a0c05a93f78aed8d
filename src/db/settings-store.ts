import type { Kysely } from "kysely";
import type { Database } from "./schema.ts";

/**
 * Returns a setting, creating it on first use. Two processes starting together both end up with
 * the value that was written first.
 */
export async function readOrCreateSetting(
  db: Kysely<Database>,
  key: string,
  create: () => string,
): Promise<string> {
  await db
    .insertInto("settings")
    .values({ key, value: create() })
    .onConflict((conflict) => conflict.column("key").doNothing())
    .execute();
  const row = await db
    .selectFrom("settings")
    .select("value")
    .where("key", "=", key)
    .executeTakeFirstOrThrow();

  return row.value;
}

/**
 * Writes a setting only if it is not there yet and says whether this call wrote it. Inside a
 * transaction it is a first-writer-wins gate: a racing writer waits, then finds the row taken.
 */
export async function claimSetting(db: Kysely<Database>, key: string, value: string) {
  const result = await db
    .insertInto("settings")
    .values({ key, value })
    .onConflict((conflict) => conflict.column("key").doNothing())
    .executeTakeFirst();

  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}
