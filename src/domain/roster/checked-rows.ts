import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import type { PersonRole } from "../../db/schema.ts";
import type { CheckedBatches } from "./checked-batches.ts";
import type { ClassRow, EnrollmentRow, UserRow } from "./roster-rows.ts";

/*
 * The rows the check found valid, kept for the writing in a temporary file rather than read
 * again from the export: the writing then neither parses every file a second time (a third of
 * the import's time for a district) nor can it meet an export that changed since the check. A
 * row keeps only what is written, as a JSON array, a thousand rows to a line; a district's rows
 * take about as much disk as its export and a few hundred kilobytes of memory.
 */

/** A row kept for writing and the line it was read from (the check may skip it later). */
export interface CheckedRow<T> {
  line: number;
  value: T;
}

/**
 * What is written of a row, and for people and enrollments the person's place in the check's
 * facts (PeopleFacts), so that the writing need not look roster ids up again; -1 for a person
 * outside the export.
 */
export type PersonValues = Omit<UserRow, "role" | "orgIds" | "agentIds"> & { person: number };
export type ClassValues = ClassRow;
export type EnrollmentValues = Omit<EnrollmentRow, "schoolId"> & { person: number };

type Kind = "people" | "classes" | "enrollments";

/** Kinds the check may hand to the writing as it reads them (write-roster.ts, WritingAlong). */
type HandedKind = "people" | "enrollments";
interface HandedValues {
  people: PersonValues;
  enrollments: EnrollmentValues;
}
interface Handed {
  batches: CheckedBatches<unknown>;
  /** Rows not yet handed over: a batch goes once it is full. */
  pending: CheckedRow<unknown>[];
}

/** A kept row (line first, then the values as `add` lists them) back into its values. */
const decoders = {
  people: (row: unknown[]): PersonValues => ({
    sourcedId: row[1] as string,
    active: row[2] === 1,
    givenName: row[3] as string,
    familyName: row[4] as string,
    preferredName: row[5] as string | null,
    preferredLanguage: row[6] as string | null,
    email: row[7] as string | null,
    phone: row[8] as string | null,
    grades: row[9] as string | null,
    person: row[10] as number,
  }),
  classes: (row: unknown[]): ClassValues => ({
    sourcedId: row[1] as string,
    active: row[2] === 1,
    title: row[3] as string,
    schoolId: row[4] as string,
    classCode: row[5] as string | null,
    grades: row[6] as string | null,
  }),
  enrollments: (row: unknown[]): EnrollmentValues => ({
    sourcedId: row[1] as string,
    active: row[2] === 1,
    classId: row[3] as string,
    userId: row[4] as string,
    role: row[5] as PersonRole,
    person: row[6] as number,
  }),
};

/** The server's disk would not take the rows (full, or no temporary folder it may write). */
export class KeepRowsError extends Error {
  constructor(readonly code: string) {
    super(`the checked rows cannot be kept on disk (${code})`);
    this.name = "KeepRowsError";
  }
}

function keeping<T>(write: () => T): T {
  try {
    return write();
  } catch (error) {
    throw new KeepRowsError((error as NodeJS.ErrnoException).code ?? "unknown");
  }
}

const folderPrefix = "maps-import-";

/** No import runs this long: an older folder is left from a process that was stopped. */
const abandonedAfterMs = 24 * 60 * 60 * 1000;

/** Removes what imports cut short (a killed process) left behind: it holds people's details. */
function removeAbandoned(now = Date.now()) {
  const temporary = os.tmpdir();
  for (const name of fs.readdirSync(temporary)) {
    if (!name.startsWith(folderPrefix)) continue;
    const folder = path.join(temporary, name);
    try {
      if (now - fs.statSync(folder).mtimeMs > abandonedAfterMs) {
        fs.rmSync(folder, { recursive: true, force: true });
      }
    } catch {
      // Gone meanwhile, or another user's: nothing to clean.
    }
  }
}

/** Folders of this process's imports still running. */
const live = new Set<string>();
let exitHooked = false;

/**
 * A process that ends mid-import (the server stopping, `maps import` stopped with Ctrl-C: both
 * end through process.exit) removes its folders on the way out; the database undoes the
 * unfinished transaction on its own.
 */
function removeOnExit(folder: string) {
  live.add(folder);
  if (exitHooked) return;

  exitHooked = true;
  process.on("exit", () => {
    for (const each of live) fs.rmSync(each, { recursive: true, force: true });
  });
}

/** Rows per line of the file: one line is parsed at once when read back. */
const rowsPerLine = 1000;

export class CheckedRows {
  private readonly pending: Record<Kind, unknown[][]> = {
    people: [],
    classes: [],
    enrollments: [],
  };

  private readonly handed: Partial<Record<HandedKind, Handed>> = {};

  private constructor(private readonly folder: string) {
    removeOnExit(folder);
  }

  /** Makes the temporary folder; `remove` deletes it. */
  static create() {
    return keeping(() => {
      removeAbandoned();
      return new CheckedRows(fs.mkdtempSync(path.join(os.tmpdir(), folderPrefix)));
    });
  }

  /** A promise to await when the row was handed to a writing that is behind. */
  addPerson(line: number, person: UserRow, index: number, final = false) {
    return this.add(
      "people",
      [
        line,
        person.sourcedId,
        person.active ? 1 : 0,
        person.givenName,
        person.familyName,
        person.preferredName,
        person.preferredLanguage,
        person.email,
        person.phone,
        person.grades,
        index,
      ],
      final,
    );
  }

  addClass(line: number, klass: ClassRow) {
    this.add("classes", [
      line,
      klass.sourcedId,
      klass.active ? 1 : 0,
      klass.title,
      klass.schoolId,
      klass.classCode,
      klass.grades,
    ]);
  }

  addEnrollment(line: number, enrollment: EnrollmentRow, person: number, final = false) {
    return this.add(
      "enrollments",
      [
        line,
        enrollment.sourcedId,
        enrollment.active ? 1 : 0,
        enrollment.classId,
        enrollment.userId,
        enrollment.role,
        person,
      ],
      final,
    );
  }

  people(): AsyncGenerator<CheckedRow<PersonValues>[]> {
    return this.read("people", decoders.people);
  }

  classes(): AsyncGenerator<CheckedRow<ClassValues>[]> {
    return this.read("classes", decoders.classes);
  }

  enrollments(): AsyncGenerator<CheckedRow<EnrollmentValues>[]> {
    return this.read("enrollments", decoders.enrollments);
  }

  /**
   * Rows of this kind that the check settles as it reads them (`final`) go to the writing as
   * they come, in batches, instead of to the file; the rest are kept as before.
   */
  handOver<K extends HandedKind>(kind: K, batches: CheckedBatches<HandedValues[K]>) {
    this.handed[kind] = { batches: batches as CheckedBatches<unknown>, pending: [] };
  }

  /** Every row of the kind is added: the last rows handed over go, and the writing is told. */
  async allAdded(kind: Kind) {
    const handed = kind === "classes" ? undefined : this.handed[kind];
    if (!handed) return;

    const last = handed.pending;
    handed.pending = [];
    if (last.length > 0) await handed.batches.hand(last);
    handed.batches.close();
  }

  remove() {
    fs.rmSync(this.folder, { recursive: true, force: true });
    live.delete(this.folder);
  }

  private fileOf(kind: Kind) {
    return path.join(this.folder, `${kind}.jsonl`);
  }

  private add(kind: Kind, row: unknown[], final = false) {
    const handed = final && kind !== "classes" ? this.handed[kind] : undefined;
    if (handed) {
      handed.pending.push({ line: row[0] as number, value: decoders[kind](row) });
      if (handed.pending.length < rowsPerLine) return undefined;

      const batch = handed.pending;
      handed.pending = [];
      return handed.batches.hand(batch);
    }

    const pending = this.pending[kind];
    pending.push(row);
    if (pending.length >= rowsPerLine) this.writeLine(kind);
    return undefined;
  }

  private writeLine(kind: Kind) {
    const pending = this.pending[kind];
    if (pending.length === 0) return;

    // JSON writes a line break inside a value as \n: a line of the file is always one batch.
    const text = `${JSON.stringify(pending)}\n`;
    keeping(() => fs.appendFileSync(this.fileOf(kind), text));
    this.pending[kind] = [];
  }

  /** The rows of a kind, in the order they were added, a batch at a time. */
  private async *read<T>(kind: Kind, decode: (row: unknown[]) => T) {
    this.writeLine(kind);
    const file = this.fileOf(kind);
    if (!fs.existsSync(file)) return;

    const lines = readline.createInterface({
      input: fs.createReadStream(file, { encoding: "utf8" }),
      crlfDelay: Number.POSITIVE_INFINITY,
    });
    for await (const text of lines) {
      const rows = JSON.parse(text) as unknown[][];
      yield rows.map((row) => ({ line: row[0] as number, value: decode(row) }));
    }
  }
}
