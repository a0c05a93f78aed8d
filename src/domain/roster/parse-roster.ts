import { pipeline, Transform, type TransformCallback } from "node:stream";
import { type CsvRecord, CsvRecordError, CsvRecords } from "./csv-records.ts";
import { type RosterSource, RosterSourceError } from "./read-roster-source.ts";
import type { RosterFileSpec } from "./roster-files.ts";
import { type ProblemLog, say } from "./roster-report.ts";
import { NotUtf8Error, Utf8Check } from "./utf8-check.ts";

/*
 * Reads one CSV file of an export row by row, without holding the file. Files from the wild are
 * forgiven what can be forgiven, each time with a warning: a byte-order mark, any line ending,
 * a header with a typo or a case slip, extension columns, empty column names, short rows.
 */

export interface RosterRow {
  /** The line the row starts on; the header is line 1. */
  line: number;
  /** False when the row is too broken to read; the error has been reported. */
  readable: boolean;
  /**
   * False when the row has more or fewer values than the header's columns: its values do not
   * line up with their columns, so checking them one by one would only repeat that error.
   */
  aligned: boolean;
  /** The trimmed value of a column; "" when empty or when the file lacks the column. */
  get(column: string): string;
  /** Whether the file has the column at all. */
  has(column: string): boolean;
  /** The column's name as the file spells it, for problems. */
  columnName(column: string): string;
}

export interface ReadRowsOptions {
  source: Pick<RosterSource, "open">;
  /** The file's name as the export spells it. */
  file: string;
  spec: RosterFileSpec;
  log: ProblemLog;
}

/** Yields the rows of a file; stops early (after reporting why) when the file cannot be read. */
export async function* readRosterRows(options: ReadRowsOptions): AsyncGenerator<RosterRow> {
  for await (const rows of readRosterRowChunks(options)) yield* rows;
}

/**
 * The rows of a file a chunk of text at a time, each chunk's made as they are asked for (a row's
 * problems are logged in the order rows are visited). A district's large files are read this
 * way: an asynchronous step per row (a promise and a turn of the queue each) read the 300,000
 * enrollments of the 100,000-student district in 0.36 to 0.58 s, a chunk at a time 0.21 to 0.33.
 */
export async function* readRosterRowChunks(
  options: ReadRowsOptions,
): AsyncGenerator<Iterable<RosterRow>> {
  const { file, log } = options;
  const stream = await options.source.open(file);
  const text = new Utf8Check();
  pipeline(stream, new FirstBytesCheck(), new OneLineEnding(), text, () => {});
  const reader = new CsvRecords();
  let header: Header | undefined;

  try {
    for await (const records of recordsOf(text, reader)) {
      let first = 0;
      if (!header) {
        const [names] = records;
        if (!names) continue;
        header = readHeader(names.values, options);
        if (!header) return;
        first = 1;
      }
      if (records.length > first) yield rowsOf(records, first, header, options, reader.sawNul);
    }
  } catch (thrown) {
    const error = (await damageBehind(thrown, options)) ?? thrown;
    if (error instanceof RosterSourceError && damage.has(error.problem))
      log.forgetDamagedFile(file);
    const line = error instanceof NotUtf8Error ? error.line : failureLine(error, reader);
    const column = header ? columnOfFailure(error, header) : null;
    log.fail({ file, line, column, message: unreadable(error, file) });
    return;
  } finally {
    text.destroy();
    stream.destroy();
  }

  if (!header) log.fail({ file, line: null, column: null, message: say("roster.file.empty") });
}

/** What a zip entry found damaged as it is read fails with. */
const damage: ReadonlySet<string> = new Set(["damaged", "entryDamaged", "checksum"]);

/** Past this, a file that could not be read is not read again to its end to look for damage. */
const damageReadLimit = 64 * 1024 * 1024;

/**
 * The damage of a zip entry behind text that could not be read: a damaged entry can unpack to
 * bytes that are not UTF-8 or break the CSV, and its checksum is only compared at its end. The
 * file is read again to there, so the report names the damage rather than what it caused.
 */
async function damageBehind(error: unknown, options: ReadRowsOptions) {
  if (!(error instanceof NotUtf8Error || error instanceof CsvRecordError)) return undefined;

  let read = 0;
  try {
    const again = await options.source.open(options.file);
    for await (const chunk of again as AsyncIterable<Buffer>) {
      read += chunk.length;
      if (read > damageReadLimit) {
        again.destroy();
        return undefined;
      }
    }
  } catch (damage) {
    if (damage instanceof RosterSourceError) return damage;
  }
  return undefined;
}

function* rowsOf(
  records: CsvRecord[],
  first: number,
  header: Header,
  options: ReadRowsOptions,
  mayHoldNul: boolean,
) {
  for (let at = first; at < records.length; at += 1) {
    const { values, line } = records[at] as CsvRecord;
    if (values.every((value) => value.trim() === "")) continue;

    yield rowOf(values, line, header, options, mayHoldNul);
  }
}

/** The file's records, a chunk's worth at a time; the chunks end on whole characters. */
async function* recordsOf(text: AsyncIterable<Buffer>, reader: CsvRecords) {
  for await (const part of text) yield reader.read(part.toString("utf8"));
  yield reader.end();
}

function failureLine(error: unknown, reader: CsvRecords) {
  // The archive's failure (damaged, a checksum that differs, a zip bomb) is the whole entry's:
  // the line reading had reached says nothing of where the damage is.
  if (error instanceof RosterSourceError) return null;

  return error instanceof CsvRecordError ? error.line : reader.nextLine;
}

/** The column of the value reading stopped in, as the header names it, when it is known. */
function columnOfFailure(error: unknown, header: Header) {
  if (!(error instanceof CsvRecordError) || error.column === null) return null;

  return header.written[error.column] || null;
}

function unreadable(error: unknown, file: string) {
  if (error instanceof RosterSourceError) {
    return say(`roster.source.${error.problem}`, { path: file, ...error.values });
  }
  if (error instanceof FileKindError) return say(error.messageKey);
  if (error instanceof NotUtf8Error) return say("roster.file.notUtf8", { line: error.line });

  if (error instanceof CsvRecordError) return say(`roster.file.${error.problem}`);

  return say("roster.file.malformed", { detail: errorText(error) });
}

/**
 * An unforeseen failure's message without a leading code, a line count (ours is in the problem)
 * or a quoted value, which may be anything at all.
 */
function errorText(error: unknown) {
  const text = error instanceof Error ? error.message : String(error);

  return text
    .replace(/^[A-Za-z ]+: /, "")
    .replace(/ at line \d+/, "")
    .replace(/, value is .*$/s, "")
    .replace(/[^\p{L}\p{N}\p{P}\p{Zs}]/gu, "")
    .slice(0, 200);
}

interface Header {
  /** The canonical column at each position, or null for a column that is not read. */
  columns: (string | null)[];
  /** Canonical column -> position. */
  positions: Map<string, number>;
  /** Canonical column -> the name the file gives it. */
  names: Map<string, string>;
  /** How many fields a row needs to reach the last column the app reads. */
  readWidth: number;
  /** Each column's name as the header line writes it, by position. */
  written: string[];
  /** Positions whose values are checked before use, with their longest value. */
  checked: { position: number; column: string; longest: number }[];
}

/**
 * The longest value of each column the app stores or keys on. Ids are keys in the database's
 * indexes, where PostgreSQL refuses an entry over 2,704 bytes; names and contacts show on every
 * page; lists of ids can be long. A longer value is almost always a broken row (a lost quote
 * that ran values together), so the row is refused rather than cut.
 */
const longestValues: Record<string, number> = {
  sourcedId: 255,
  userSourcedId: 255,
  classSourcedId: 255,
  schoolSourcedId: 255,
  parentSourcedId: 255,
  primaryOrgSourcedId: 255,
  orgSourcedId: 255,
  orgSourcedIds: 20_000,
  agentSourcedIds: 20_000,
  givenName: 200,
  familyName: 200,
  preferredGivenName: 200,
  middleName: 200,
  email: 320,
  phone: 64,
  sms: 64,
  name: 300,
  title: 300,
  classCode: 100,
  grades: 2_000,
  "metadata.preferredLanguage": 100,
  preferredLanguage: 100,
};

function readHeader(record: string[], options: ReadRowsOptions): Header | undefined {
  const { spec, file, log } = options;
  const header: Header = {
    columns: [],
    positions: new Map(),
    names: new Map(),
    readWidth: 0,
    written: record.map((name) => name.trim()),
    checked: [],
  };
  const unknown: number[] = [];

  record.forEach((raw, position) => {
    const name = raw.trim();
    header.columns.push(null);

    const canonical = matchColumn(name, spec.columns);
    if (name === "") {
      const message = say("roster.header.unnamed", { position: position + 1 });
      log.warn({ file, line: 1, column: null, message });
    } else if (canonical && header.positions.has(canonical)) {
      log.warn({ file, line: 1, column: name, message: say("roster.header.twice") });
    } else if (canonical) {
      take(header, canonical, name, position);
      if (canonical !== name) {
        log.warn({
          file,
          line: 1,
          column: name,
          message: say("roster.header.case", { canonical }),
        });
      }
    } else if (name.startsWith("metadata.")) {
      log.warn({ file, line: 1, column: name, message: say("roster.header.extension") });
    } else {
      unknown.push(position);
    }
  });

  for (const position of unknown)
    placeUnknown(header, record[position]?.trim() ?? "", position, options);

  for (const [column, position] of header.positions) {
    const longest = longestValues[column];
    if (longest !== undefined) header.checked.push({ position, column, longest });
  }

  return checkRequired(header, options) ? header : undefined;
}

function take(header: Header, canonical: string, name: string, position: number) {
  header.columns[position] = canonical;
  header.positions.set(canonical, position);
  header.names.set(canonical, name);
  header.readWidth = Math.max(header.readWidth, position + 1);
}

/** A column no version knows is most often a typo of one the file lacks. */
function placeUnknown(header: Header, name: string, position: number, options: ReadRowsOptions) {
  const { spec, file, log } = options;
  const missing = spec.columns.filter((column) => !header.positions.has(column));
  const typoOf = closestColumn(name, missing);

  if (typoOf) {
    take(header, typoOf, name, position);
    log.warn({
      file,
      line: 1,
      column: name,
      message: say("roster.header.typo", { canonical: typoOf }),
    });
  } else {
    log.warn({ file, line: 1, column: name, message: say("roster.header.unknown") });
  }
}

function checkRequired(header: Header, options: ReadRowsOptions) {
  const { spec, file, log } = options;
  const missing = spec.required.filter((column) => !header.positions.has(column));

  for (const column of missing) {
    log.fail({ file, line: 1, column, message: say("roster.header.missing") });
  }

  return missing.length === 0;
}

function matchColumn(name: string, columns: readonly string[]) {
  return columns.find((column) => column.toLowerCase() === name.toLowerCase());
}

function closestColumn(name: string, candidates: readonly string[]) {
  if (name.length < 6) return undefined;

  const scored = candidates
    .map((column) => ({ column, distance: editDistance(name.toLowerCase(), column.toLowerCase()) }))
    .filter((candidate) => candidate.distance <= 2)
    .sort((a, b) => a.distance - b.distance);

  return scored[0]?.column;
}

/** Edits (insert, delete, replace, swap of neighbours) that turn one word into the other. */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number) => rows[i]?.[j] ?? Number.POSITIVE_INFINITY;

  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, at(i - 2, j - 2) + 1);
      }
      (rows[i] as number[])[j] = best;
    }
  }

  return at(a.length, b.length);
}

function rowOf(
  record: string[],
  line: number,
  header: Header,
  options: ReadRowsOptions,
  mayHoldNul: boolean,
): RosterRow {
  const { file, log } = options;
  let readable = true;
  let aligned = true;

  if (record.length > header.columns.length) {
    readable = false;
    aligned = false;
    const message = say("roster.row.tooManyValues", {
      count: record.length,
      columns: header.columns.length,
    });
    log.error({ file, line, column: null, message });
  } else if (record.length < header.readWidth) {
    // A row cut short is refused, not read with empty values: an empty value clears what the
    // district has stored (an email, a name), and a short row is far more often a broken export.
    readable = false;
    aligned = false;
    const message = say("roster.row.tooFewValues", {
      count: record.length,
      columns: header.readWidth,
    });
    log.error({ file, line, column: null, message });
  }
  if (!storable(record, line, header, options, mayHoldNul)) readable = false;

  return new ParsedRow(record, line, readable, aligned, header);
}

/** Whether the values the app keeps can be stored: not too long, no NUL character. */
function storable(
  record: string[],
  line: number,
  header: Header,
  options: ReadRowsOptions,
  mayHoldNul: boolean,
) {
  const { file, log } = options;
  let storable = true;
  for (const { position, column, longest } of header.checked) {
    const value = record[position];
    if (value === undefined) continue;

    const message =
      value.length > longest
        ? say("roster.value.tooLong", { length: value.length, longest })
        : mayHoldNul && value.includes("\u0000")
          ? say("roster.value.nulCharacter")
          : undefined;
    if (message === undefined) continue;

    storable = false;
    log.error({ file, line, column: header.names.get(column) ?? column, message });
  }

  return storable;
}

/** A row's methods live on the class, not in closures made for each of a million rows. */
class ParsedRow implements RosterRow {
  constructor(
    private readonly record: string[],
    readonly line: number,
    readonly readable: boolean,
    readonly aligned: boolean,
    private readonly header: Header,
  ) {}

  get(column: string) {
    const position = this.header.positions.get(column);
    return position === undefined ? "" : (this.record[position] ?? "").trim();
  }

  has(column: string) {
    return this.header.positions.has(column);
  }

  columnName(column: string) {
    return this.header.names.get(column) ?? column;
  }
}

/** Lines are counted right only with one line ending: CRLF and lone CR become LF. */
class OneLineEnding extends Transform {
  private pendingReturn = false;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback) {
    // Most exports end lines with LF alone: their chunks go on untouched.
    if (!this.pendingReturn && chunk.indexOf(13) === -1) return done(null, chunk);

    let text = chunk.toString("latin1");
    if (this.pendingReturn) text = `\r${text}`;
    this.pendingReturn = text.endsWith("\r");
    if (this.pendingReturn) text = text.slice(0, -1);

    done(null, Buffer.from(text.replace(/\r\n?/g, "\n"), "latin1"));
  }

  override _flush(done: TransformCallback) {
    done(null, this.pendingReturn ? Buffer.from("\n") : null);
  }
}

class FileKindError extends Error {
  constructor(
    readonly messageKey: "roster.file.utf16" | "roster.file.spreadsheet" | "roster.file.notText",
  ) {
    super(messageKey);
  }
}

function nulBytes(bytes: Buffer) {
  let count = 0;
  for (let at = bytes.indexOf(0); at !== -1; at = bytes.indexOf(0, at + 1)) count += 1;

  return count;
}

/** Catches the two look-alikes of a CSV file that spreadsheet programs save: UTF-16 and xlsx. */
class FirstBytesCheck extends Transform {
  private checked = false;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback) {
    if (!this.checked) {
      this.checked = true;
      const start = chunk.subarray(0, 4).toString("latin1");
      if (start.startsWith("\u00ff\u00fe") || start.startsWith("\u00fe\u00ff")) {
        return done(new FileKindError("roster.file.utf16"));
      }
      if (start === "PK\u0003\u0004") return done(new FileKindError("roster.file.spreadsheet"));
      // UTF-16 without its mark has a NUL in every other byte, binary files have them all over;
      // a stray NUL or two in text is a broken value, which its row reports.
      const head = chunk.subarray(0, 4096);
      const nuls = nulBytes(head);
      if (nuls > 8 || nuls * 100 > head.length) {
        return done(new FileKindError("roster.file.notText"));
      }
    }

    done(null, chunk);
  }
}
