import { Readable } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { importRoster } from "../../../src/domain/roster/import-roster.ts";
import { NotUtf8Error, Utf8Check } from "../../../src/domain/roster/utf8-check.ts";
import { dialects, freshDatabase, type TestDatabase } from "../../support/databases.ts";
import { createDistrict } from "../../support/factories.ts";
import {
  exportWith,
  fixture,
  nothingStored,
  removeScratch,
  rosterRowCounts,
} from "./roster-fixtures.ts";

/*
 * An export saved in Windows-1252 or Latin-1 instead of UTF-8 used to import with its accented
 * names turned into U+FFFD. It is refused now, with the file and the first line that is not UTF-8.
 */

const riverside = fixture("small-district-1.1");

async function passThrough(chunks: Buffer[]) {
  const check = Readable.from(chunks).pipe(new Utf8Check());
  const out: Buffer[] = [];
  for await (const chunk of check) out.push(chunk as Buffer);

  return Buffer.concat(out).toString("utf8");
}

describe("the UTF-8 check of a roster file", () => {
  it("lets a character split between two chunks through whole", async () => {
    const text = Buffer.from("name\nRenée 🙂 Đặng\n", "utf8");
    const split = [text.subarray(0, 9), text.subarray(9, 13), text.subarray(13)];

    expect(await passThrough(split)).toBe("name\nRenée 🙂 Đặng\n");
  });

  it("names the line of the first byte that is not UTF-8, counted across chunks", async () => {
    const good = Buffer.from("a\n".repeat(4_999), "utf8");
    const bad = Buffer.from("Ren\u00e9e\nmore\n", "latin1");

    const error = await passThrough([good, bad]).catch((thrown: unknown) => thrown);

    expect(error).toBeInstanceOf(NotUtf8Error);
    expect((error as NotUtf8Error).line).toBe(5_000);
  });

  it("refuses a file that ends inside a character", async () => {
    const error = await passThrough([Buffer.from([0x61, 0x0a, 0xe2, 0x82])]).catch(
      (thrown: unknown) => thrown,
    );

    expect((error as NotUtf8Error).line).toBe(2);
  });
});

describe.each(dialects)("a roster that is not UTF-8, on %s", (dialect) => {
  let database: TestDatabase;
  let districtId: string;
  beforeEach(async () => {
    database = await freshDatabase(dialect);
    districtId = (await createDistrict(database.db, { name: "Before" })).id;
  });
  afterEach(async () => {
    await database.drop();
    removeScratch();
  });

  it("an administrator learns which file and line is not UTF-8, and nothing is stored", async () => {
    // exportWith writes Latin-1: "é" becomes the single byte 0xE9, as Windows-1252 saves it.
    const source = exportWith(riverside, {
      "users.csv": (text) => text.replace("Sam,Rivera", "Renée,Rivera"),
    });

    const report = await importRoster(database.db, {
      districtId,
      source,
      skipInvalid: true,
      actorId: null,
      clock: () => new Date("2025-09-01T12:00:00Z"),
    });

    expect(report.imported).toBe(false);
    expect(report.errors).toContainEqual(
      expect.objectContaining({
        file: "users.csv",
        line: 4,
        column: null,
        message: expect.stringMatching(/^Line 4 is not UTF-8 text/),
      }),
    );
    expect(await rosterRowCounts(database.db, districtId)).toEqual(nothingStored);
  });
});
