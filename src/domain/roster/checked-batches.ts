import type { CheckedRow } from "./checked-rows.ts";

/*
 * Batches of rows handed from the check to the writing while the check goes on (a district's
 * first roster: write-roster.ts, WritingAlong). The check waits while `room` batches wait to be
 * written, so the rows held in memory stay a few thousand however large the export; the writing
 * waits while none is there.
 */

export class CheckedBatches<T> implements AsyncIterable<CheckedRow<T>[]> {
  private readonly waiting: CheckedRow<T>[][] = [];
  private closed = false;
  private failure: { error: unknown } | undefined;
  private wakeWriting: (() => void) | undefined;
  private wakeCheck: (() => void) | undefined;

  constructor(private readonly room = 4) {}

  /**
   * Hands a batch to the writing. Returns a promise, to be awaited, when the writing is `room`
   * batches behind; throws the writing's failure, so that the check stops with it.
   */
  hand(batch: CheckedRow<T>[]): Promise<void> | undefined {
    this.throwFailure();
    if (this.closed) throw new Error("a batch was handed over after the last one");

    this.waiting.push(batch);
    this.wake("writing");
    if (this.waiting.length < this.room) return undefined;

    return new Promise<void>((resolve) => {
      this.wakeCheck = resolve;
    }).then(() => this.throwFailure());
  }

  /** No batch follows: the writing ends once it has written those waiting. */
  close() {
    this.closed = true;
    this.wake("writing");
  }

  /** The writing stopped: the check stops at its next hand-over, with this failure. */
  fail(error: unknown) {
    this.failure ??= { error };
    this.waiting.length = 0;
    this.wake("check");
  }

  async *[Symbol.asyncIterator]() {
    for (;;) {
      const batch = this.waiting.shift();
      if (batch) {
        if (this.waiting.length < this.room) this.wake("check");
        yield batch;
        continue;
      }
      if (this.closed || this.failure) return;

      await new Promise<void>((resolve) => {
        this.wakeWriting = resolve;
      });
    }
  }

  private wake(side: "writing" | "check") {
    const wake = side === "writing" ? this.wakeWriting : this.wakeCheck;
    if (side === "writing") this.wakeWriting = undefined;
    else this.wakeCheck = undefined;
    wake?.();
  }

  private throwFailure() {
    if (this.failure) throw this.failure.error;
  }
}
