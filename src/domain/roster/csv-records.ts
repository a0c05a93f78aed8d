/*
 * The CSV reading of a roster file: text in, records out, each with the line it starts on. It
 * reads what csv-parse reads with the options the import used (RFC 4180 quotes, rows of any
 * length, a byte-order mark dropped) and refuses what it refused, with the line and the value
 * where reading stopped. It exists because csv-parse looked at every character on its own and
 * took a fifth of a district's import; this one jumps from separator to separator with
 * `indexOf`. test/domain/roster/csv-records.test.ts holds it to csv-parse's records on the shared
 * exports, our fixtures and generated text full of quotes, commas and line breaks.
 *
 * Line endings are one LF before the text gets here (parse-roster.ts).
 */

/** One record of the file and the line (from 1) it starts on. */
export interface CsvRecord {
  values: string[];
  line: number;
}

export type CsvProblem = "badQuotes" | "textAfterQuote" | "strayQuote" | "rowTooLong";

/** Reading cannot go on: the record's line and the position of the value it stopped in. */
export class CsvRecordError extends Error {
  constructor(
    readonly problem: CsvProblem,
    readonly line: number,
    /** The value's position in its record, from 0; null when it is not one value's fault. */
    readonly column: number | null,
  ) {
    super(`CSV ${problem} at line ${line}`);
    this.name = "CsvRecordError";
  }
}

const quote = 34;
const comma = 44;
const lineFeed = 10;
/** Below every position, so that the first look for a quote searches. */
const notSearched = -2;

/** Rows of a roster are short: a longer one is a broken file, not a row to hold in memory. */
export const longestRecord = 1_000_000;

/**
 * Reads a file's text as it comes, chunk by chunk: `read` returns the records the text so far
 * completes and keeps the start of an unfinished one for the next chunk; `end` returns the last.
 */
export class CsvRecords {
  /** The unfinished record at the end of the text read so far. */
  private pending = "";
  private line = 1;
  private started = false;
  private failure: unknown;
  /** Where the unfinished record's quoted value that is still open starts, if one is. */
  private openQuote: { line: number; column: number } | undefined;

  /**
   * Whether the text that made the last records has a NUL character: the rows' check looks for
   * one value by value only then (a search of every value took 4% of a district's check).
   */
  sawNul = false;

  /** The line the next record starts on. */
  get nextLine() {
    return this.line;
  }

  read(text: string): CsvRecord[] {
    return this.take(text, false);
  }

  end(): CsvRecord[] {
    return this.take("", true);
  }

  private take(text: string, final: boolean) {
    if (this.failure !== undefined) throw this.failure;

    let input = this.pending + text;
    if (!this.started && input.length > 0) {
      this.started = true;
      if (input.charCodeAt(0) === 0xfeff) input = input.slice(1);
    }
    this.sawNul = input.includes("\u0000");
    const records: CsvRecord[] = [];
    let done: number;
    try {
      done = this.records(input, final, records);
    } catch (error) {
      if (records.length === 0) throw error;
      // The records before the failure are handed on first (the header among them, which
      // names the failing value's column); the next call throws.
      this.failure = error;
      return records;
    }
    this.pending = input.slice(done);
    if (this.pending.length > longestRecord) {
      // A quote never closed reads the rest of the file into one value: that is the fault to
      // name, where the value starts, rather than the length it made.
      const open = this.openQuote;
      if (open) throw new CsvRecordError("badQuotes", open.line, open.column);
      throw new CsvRecordError("rowTooLong", this.line, null);
    }

    return records;
  }

  /** Appends the records `input` completes; returns where the first unfinished one starts. */
  private records(input: string, final: boolean, records: CsvRecord[]) {
    const length = input.length;
    let at = 0;
    let nextComma = input.indexOf(",");
    let nextLineFeed = input.indexOf("\n");
    // Found where first needed, in the loop: TurboFan (Node 20) ran an `indexOf` made before the
    // loop again at each use inside it, a scan of the whole chunk per value of a file without
    // quotes; `nextComma` and `nextLineFeed` are found again in the loop and do not suffer it.
    let nextQuote = notSearched;
    this.openQuote = undefined;

    while (at < length) {
      const start = at;
      const values: string[] = [];
      // Line breaks inside quoted values so far: the record's later values start further down.
      let breaks = 0;
      let complete = false;

      while (!complete) {
        if (input.charCodeAt(at) === quote) {
          const close = closingQuote(input, at);
          if (close === -1 || (close === length - 1 && !final)) {
            if (!final) {
              this.openQuote = { line: this.line + breaks, column: values.length };
              return start;
            }
            throw new CsvRecordError("badQuotes", this.line + breaks, values.length);
          }
          const raw = input.slice(at + 1, close);
          values.push(raw.includes('"') ? raw.replaceAll('""', '"') : raw);
          const valueLine = this.line + breaks;
          breaks += lineFeedsIn(raw);
          const after = input.charCodeAt(close + 1);
          if (close + 1 === length) {
            at = length;
            complete = true;
          } else if (after === comma) {
            at = close + 2;
          } else if (after === lineFeed) {
            at = close + 2;
            complete = true;
          } else {
            // A quoted value that ran over lines was most likely never closed where it was meant
            // to be; on one line, the quote closed it and something follows.
            const problem = valueLine === this.line + breaks ? "textAfterQuote" : "badQuotes";
            throw new CsvRecordError(problem, valueLine, values.length - 1);
          }
          if (nextComma !== -1 && nextComma < at) nextComma = input.indexOf(",", at);
          if (nextLineFeed !== -1 && nextLineFeed < at) nextLineFeed = input.indexOf("\n", at);
          if (nextQuote !== -1 && nextQuote < at) nextQuote = input.indexOf('"', at);
        } else {
          const commaFirst = nextComma !== -1 && (nextLineFeed === -1 || nextComma < nextLineFeed);
          let end = commaFirst ? nextComma : nextLineFeed;
          if (end === -1) {
            if (!final) return start;
            end = length;
          }
          if (nextQuote !== -1 && nextQuote < at) nextQuote = input.indexOf('"', at);
          if (nextQuote !== -1 && nextQuote < end) {
            throw new CsvRecordError("strayQuote", this.line + breaks, values.length);
          }
          values.push(input.slice(at, end));
          at = end + 1;
          if (commaFirst) {
            nextComma = input.indexOf(",", at);
            // A comma ending the text may have its record's last value still to come.
            if (at === length && !final) return start;
          } else {
            complete = true;
            if (end !== length) nextLineFeed = input.indexOf("\n", at);
          }
        }
        if (at - start > longestRecord) {
          throw new CsvRecordError("rowTooLong", this.line, null);
        }
      }

      records.push({ values, line: this.line });
      this.line += 1 + breaks;
    }

    return length;
  }
}

/**
 * A value to keep once its chunk is read. The reader's values share the chunk's text (V8 makes
 * slices of it), so one id kept in a map keeps its whole chunk alive, and a district's ids kept
 * every chunk of its files in memory to the end of the check. The copy is made from the value's
 * own bytes.
 */
export function detached(value: string) {
  return Buffer.from(value, "utf8").toString("utf8");
}

/** The quote that closes the value opening at `open`, past doubled ones; -1 when none yet. */
function closingQuote(input: string, open: number) {
  let at = open;
  for (;;) {
    at = input.indexOf('"', at + 1);
    if (at === -1 || input.charCodeAt(at + 1) !== quote) return at;
    // A doubled quote at the very end may be a closing one followed by the next chunk's quote.
    if (at + 2 === input.length) return -1;
    at += 1;
  }
}

function lineFeedsIn(value: string) {
  let count = 0;
  for (let at = value.indexOf("\n"); at !== -1; at = value.indexOf("\n", at + 1)) count += 1;

  return count;
}
