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
