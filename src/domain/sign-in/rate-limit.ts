import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import type { Clock } from "../../clock.ts";
import {
  countOneMore,
  type RateLimitWindow,
  readCount,
  sweepRateLimits,
} from "../../db/rate-limit-store.ts";
import type { Database } from "../../db/schema.ts";
import type { MessageKey } from "../../i18n/catalog.ts";
import { translator } from "../../i18n/translate.ts";
import { AppError } from "../errors.ts";

export interface RateLimit {
  key: string;
  limit: number;
  windowSeconds: number;
  /** What the person is told when over the limit; defaults to signIn.tooManyAttempts. */
  message?: MessageKey;
}

interface LimitCheck extends RateLimit {
  clock: Clock;
  locale?: string;
}

/**
 * A key that names what is counted without storing it in clear: an email address (lower-cased
 * and trimmed) or a client address becomes a sha256 hash after the kind of count.
 */
export function rateLimitKey(scope: string, value: string) {
  const hash = createHash("sha256").update(value.trim().toLowerCase()).digest("hex");

  return `${scope}:${hash}`;
}

/** Counts one more request for the key and refuses it when that goes over the limit. */
export async function checkRateLimit(db: Kysely<Database>, check: LimitCheck) {
  const count = await countOneMore(db, windowOf(check));
  if (count > check.limit) throw rateLimited(check, count);
}

/** Refuses when the key has already reached its limit, without counting this request. */
export async function refuseWhenLimited(db: Kysely<Database>, check: LimitCheck) {
  const count = await readCount(db, windowOf(check));
  if (count >= check.limit) throw rateLimited(check, count);
}

/** Counts one more failure for the key; the next attempt is refused once the limit is reached. */
export async function countFailure(db: Kysely<Database>, check: LimitCheck) {
  await countOneMore(db, windowOf(check));
}

/** The longest window is an hour: a day later no count can matter any more. */
const keepCountsFor = 24 * 60 * 60 * 1000;

/** Forgets counts whose windows are long over; returns how many were removed. */
export async function sweepOldRateLimits(db: Kysely<Database>, clock: Clock) {
  const before = new Date(clock().getTime() - keepCountsFor).toISOString();

  return sweepRateLimits(db, before);
}

/** The start of the fixed window the clock's time falls in, as ISO-8601 UTC text. */
export function windowStartOf(clock: Clock, windowSeconds: number) {
  const windowMs = windowSeconds * 1000;
  const start = Math.floor(clock().getTime() / windowMs) * windowMs;

  return new Date(start).toISOString();
}

function windowOf(check: LimitCheck): RateLimitWindow {
  return { key: check.key, windowStart: windowStartOf(check.clock, check.windowSeconds) };
}

function rateLimited(check: LimitCheck, count: number) {
  const scope = check.key.split(":")[0];

  return new AppError({
    kind: "rate_limited",
    message: `rate limit on ${scope}: ${count} of ${check.limit} in ${check.windowSeconds}s`,
    publicMessage: translator(check.locale ?? "en")(check.message ?? "signIn.tooManyAttempts"),
  });
}
