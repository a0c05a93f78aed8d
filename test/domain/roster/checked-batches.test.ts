import { describe, expect, it } from "vitest";
import { CheckedBatches } from "../../../src/domain/roster/checked-batches.ts";
import type { CheckedRow } from "../../../src/domain/roster/checked-rows.ts";

const batchOf = (...lines: number[]): CheckedRow<string>[] =>
  lines.map((line) => ({ line, value: `row ${line}` }));

async function linesWritten(batches: CheckedBatches<string>) {
  const lines: number[] = [];
  for await (const batch of batches) lines.push(...batch.map((row) => row.line));
  return lines;
}

describe("batches handed from the roster check to the writing", () => {
  it("reach the writing in the order handed over, and end when the check says so", async () => {
    const batches = new CheckedBatches<string>(4);
    const written = linesWritten(batches);

    expect(batches.hand(batchOf(2, 3))).toBeUndefined();
    expect(batches.hand(batchOf(4))).toBeUndefined();
    batches.close();

    expect(await written).toEqual([2, 3, 4]);
  });

  it("keep the check waiting while `room` batches wait, until the writing takes one", async () => {
    const batches = new CheckedBatches<string>(2);
    expect(batches.hand(batchOf(2))).toBeUndefined();
    const waiting = batches.hand(batchOf(3));
    expect(waiting).toBeInstanceOf(Promise);

    let resumed = false;
    void waiting?.then(() => {
      resumed = true;
    });
    await Promise.resolve();
    expect(resumed).toBe(false);

    const writing = batches[Symbol.asyncIterator]();
    expect((await writing.next()).value).toEqual(batchOf(2));
    await waiting;
    expect(resumed).toBe(true);
  });

  it("stop the check with the writing's failure, waiting or at its next hand-over", async () => {
    const batches = new CheckedBatches<string>(1);
    const waiting = batches.hand(batchOf(2));
    const failure = new Error("the database went away");

    batches.fail(failure);

    await expect(waiting).rejects.toBe(failure);
    expect(() => batches.hand(batchOf(3))).toThrow(failure);
    expect(await linesWritten(batches)).toEqual([]);
  });

  it("refuse a batch after the last one: a fault of the check, not a lost row", () => {
    const batches = new CheckedBatches<string>(4);
    batches.close();

    expect(() => batches.hand(batchOf(2))).toThrow(/after the last one/);
  });
});
