import type { Kysely } from "kysely";
import type { Database } from "./schema.ts";

type Db = Kysely<Database>;

export interface RateLimitWindow {
  key: string;
  windowStart: string;
}

/** Adds one to a key's count in a window, in one statement, and returns the new count. */
export async function countOneMore(db: Db, window: RateLimitWindow): Promise<number> {
  const row = await db
    .insertInto("rate_limits")
    .values({ key: window.key, window_start: window.windowStart, count: 1 })
    .onConflict((conflict) =>
      conflict
        .columns(["key", "window_start"])
        .doUpdateSet((update) => ({ count: update("rate_limits.count", "+", 1) })),
    )
    .returning("count")
    .executeTakeFirstOrThrow();

  return Number(row.count);
}

/** A key's count in a window, without adding to it. */
export async function readCount(db: Db, window: RateLimitWindow): Promise<number> {
  const row = await db
    .selectFrom("rate_limits")
    .select("count")
    .where("key", "=", window.key)
    .where("window_start", "=", window.windowStart)
    .executeTakeFirst();

  return Number(row?.count ?? 0);
}

/** Forgets windows that started before the given time; returns how many were removed. */
export async function sweepRateLimits(db: Db, before: string): Promise<number> {
  const result = await db
    .deleteFrom("rate_limits")
    .where("window_start", "<", before)
    .executeTakeFirst();

  return Number(result.numDeletedRows);
}
