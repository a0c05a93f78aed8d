import { afterEach, describe, expect, it } from "vitest";
import {
  checkRateLimit,
  countFailure,
  rateLimitKey,
  refuseWhenLimited,
  sweepOldRateLimits,
} from "../../../src/domain/sign-in/rate-limit.ts";
import { dialects, freshDatabase, type TestDatabase } from "../../support/databases.ts";

const minutes = (count: number) => count * 60 * 1000;

function movableClock(start: string) {
  let now = new Date(start);
  return {
    clock: () => now,
    wait(ms: number) {
      now = new Date(now.getTime() + ms);
    },
  };
}

describe.each(dialects)("rate limits on %s", (dialect) => {
  let database: TestDatabase | undefined;
  afterEach(async () => {
    await database?.drop();
  });

  it("a sixth request in the window is refused, and the next window starts afresh", async () => {
    database = await freshDatabase(dialect);
    const time = movableClock("2026-03-02T09:00:00Z");
    const check = { key: "test:one", limit: 5, windowSeconds: 3600, clock: time.clock };

    for (let i = 0; i < 5; i += 1) await checkRateLimit(database.db, check);
    await expect(checkRateLimit(database.db, check)).rejects.toMatchObject({
      kind: "rate_limited",
    });

    time.wait(minutes(60));
    await expect(checkRateLimit(database.db, check)).resolves.toBeUndefined();
  });

  it("counts kept from many requests at once add up exactly", async () => {
    database = await freshDatabase(dialect);
    const { db } = database;
    const { clock } = movableClock("2026-03-02T09:00:00Z");
    const check = { key: "test:burst", limit: 100, windowSeconds: 900, clock };

    await Promise.all(Array.from({ length: 25 }, () => countFailure(db, check)));

    const row = await db.selectFrom("rate_limits").select("count").executeTakeFirst();
    expect(Number(row?.count)).toBe(25);
  });

  it("failures below the limit let a person try again, at the limit they are refused", async () => {
    database = await freshDatabase(dialect);
    const { clock } = movableClock("2026-03-02T09:00:00Z");
    const check = { key: "test:failures", limit: 2, windowSeconds: 900, clock, locale: "es" };

    await countFailure(database.db, check);
    await refuseWhenLimited(database.db, check);
    await countFailure(database.db, check);

    const refused = refuseWhenLimited(database.db, check);
    await expect(refused).rejects.toMatchObject({ kind: "rate_limited" });
    await expect(refused).rejects.toHaveProperty("publicMessage", expect.stringMatching(/15/));
  });

  it("old windows are swept away and recent ones kept", async () => {
    database = await freshDatabase(dialect);
    const time = movableClock("2026-03-02T09:00:00Z");
    const check = { key: "test:sweep", limit: 5, windowSeconds: 900, clock: time.clock };
    await countFailure(database.db, check);
    time.wait(minutes(24 * 60 + 30));
    await countFailure(database.db, check);

    expect(await sweepOldRateLimits(database.db, time.clock)).toBe(1);
    const left = await database.db.selectFrom("rate_limits").selectAll().execute();
    expect(left).toHaveLength(1);
  });
});

describe("rate limit keys", () => {
  it("an email address is stored only as a hash, whatever its case and spaces", () => {
    const key = rateLimitKey("link-address", " Ada@School.example ");

    expect(key).toBe(rateLimitKey("link-address", "ada@school.example"));
    expect(key).not.toContain("@");
    expect(key).toMatch(/^link-address:[0-9a-f]{64}$/);
  });
});
