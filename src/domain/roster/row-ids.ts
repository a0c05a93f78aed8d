import { randomBytes } from "node:crypto";

/*
 * Ids for the rows an import makes: UUID version 7 (time first, so new keys land at the end of
 * each index), made as RFC 9562 allows for many ids at once (section 6.2, method 1): the time and
 * 42 random bits are fixed for the import, and the last 32 bits count up from a random start.
 * Making each id from scratch (the `uuid` package's v7: random bytes and sixteen hex pairs a
 * time) took a second of a million-row import; here an id is a prefix and eight hex digits.
 */

const counterLimit = 2 ** 32;

export class RowIds {
  private prefix = "";
  private counter = 0;

  constructor(private readonly now: () => number = Date.now) {
    this.renew();
  }

  next(): string {
    if (this.counter >= counterLimit) this.renew();
    const id = this.prefix + this.counter.toString(16).padStart(8, "0");
    this.counter += 1;

    return id;
  }

  /** A new time and random part, and a counter far from its end. */
  private renew() {
    const time = Math.max(0, Math.floor(this.now())).toString(16).padStart(12, "0").slice(-12);
    const random = randomBytes(10);
    // 12 random bits after the version, then the variant (binary 10) and 14 more random bits.
    const randA = (random.readUInt16BE(0) & 0x0fff).toString(16).padStart(3, "0");
    const randB = ((random.readUInt16BE(2) & 0x3fff) | 0x8000).toString(16).padStart(4, "0");
    const more = random.readUInt16BE(4).toString(16).padStart(4, "0");
    this.prefix = `${time.slice(0, 8)}-${time.slice(8)}-7${randA}-${randB}-${more}`;
    // Started below the middle: two billion ids at least before the next renewal.
    this.counter = random.readUInt32BE(6) % 2 ** 31;
  }
}
