import fs from "node:fs";
import type { DialectName } from "../connection.ts";

/*
 * A backup file is one header line, then the database's own dump: a SQLite database file, or
 * pg_dump's custom format. The header says which, so a restore can refuse the wrong kind before
 * it touches anything.
 */

const magic = "MAPS-BACKUP ";
/** The header is short; reading this much is enough to find its end. */
const headerLimit = 4096;

export interface BackupHeader {
  format: 1;
  kind: DialectName;
  createdAt: string;
}

export function headerLine(header: BackupHeader): Buffer {
  return Buffer.from(`${magic}${JSON.stringify(header)}\n`, "utf8");
}

/** Reads the header of a backup file, or says in plain words why the file is not one. */
export function readHeader(file: string): { header: BackupHeader; payloadStart: number } {
  const start = Buffer.alloc(headerLimit);
  const descriptor = fs.openSync(file, "r");
  let length: number;
  try {
    length = fs.readSync(descriptor, start, 0, headerLimit, 0);
  } finally {
    fs.closeSync(descriptor);
  }

  const end = start.subarray(0, length).indexOf(0x0a);
  const line = end < 0 ? "" : start.subarray(0, end).toString("utf8");
  if (!line.startsWith(magic)) throw new BackupFileError("notBackup");

  const header = parseHeader(line.slice(magic.length));
  if (!header) throw new BackupFileError("notBackup");

  return { header, payloadStart: end + 1 };
}

function parseHeader(text: string): BackupHeader | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== "object" || value === null) return undefined;

  const { format, kind, createdAt } = value as Record<string, unknown>;
  if (format !== 1 || (kind !== "sqlite" && kind !== "postgres")) return undefined;
  if (typeof createdAt !== "string") return undefined;

  return { format, kind, createdAt };
}

export type BackupProblem =
  | "notBackup"
  | "wrongKind"
  | "targetNotEmpty"
  | "toolFailed"
  | "noSuchFile";

/** A backup or restore that cannot go on; the command turns the kind into a message. */
export class BackupFileError extends Error {
  readonly problem: BackupProblem;
  readonly detail: string;

  constructor(problem: BackupProblem, detail = "") {
    super(`${problem}${detail ? `: ${detail}` : ""}`);
    this.name = "BackupFileError";
    this.problem = problem;
    this.detail = detail;
  }
}
