import type { PersonRole } from "../../db/schema.ts";
import { english, type MessageKey } from "../../i18n/catalog.ts";
import type { Translate } from "../../i18n/translate.ts";
import { isolateTexts } from "../../lib/bidi-isolate.ts";

/**
 * A problem's message as its catalog key and values: a stored report is read later by other
 * administrators, each in their own language, not in the one of whoever imported.
 */
export interface ProblemMessage {
  key: MessageKey;
  values?: Record<string, unknown>;
}

/** One thing the import noticed, pointing at the place in the export where it is. */
export interface Problem {
  file: string;
  /** 1 is the header line; null when the problem is about the whole file or export. */
  line: number | null;
  /** The column as the file names it; null when the problem is about a whole row or file. */
  column: string | null;
  /** The message in the language of the import (the command line prints it as it is). */
  message: string;
  /** The message to say in the reader's language; reports stored before it have text only. */
  say?: ProblemMessage;
}

/** A problem as the check finds it: where it is and the message to say. */
export type FoundProblem = Omit<Problem, "message" | "say"> & { message: ProblemMessage };

/** The message of a problem, by catalog key. */
export function say(key: MessageKey, values?: Record<string, unknown>): ProblemMessage {
  return values === undefined ? { key } : { key, values };
}

/** A found problem as a report keeps it: the message said now, and how to say it again. */
export function problemOf(t: Translate, found: FoundProblem): Problem {
  const { message, ...where } = found;

  return { ...where, message: t(message.key, message.values), say: message };
}

/**
 * What a problem says in the reader's language, its values (ids, names, paths) as bidi isolates
 * so that an English id keeps its place in an Arabic sentence. A report stored before messages
 * were kept by key, or with a key the catalog no longer has, shows the text it was stored with.
 */
export function problemText(t: Translate, problem: Problem): string {
  const { say: message } = problem;
  if (!message || !Object.hasOwn(english, message.key)) return problem.message;

  try {
    // No problem's message chooses its words by a text value (a select), so each is isolated.
    return t(message.key, message.values && isolateTexts(message.values));
  } catch {
    return problem.message;
  }
}

export interface RosterCounts {
  schools: number;
  classes: number;
  teachers: number;
  students: number;
  guardians: number;
  /** Absent from reports stored before administrators were counted. */
  administrators?: number;
  guardianLinks: number;
  enrollments: number;
}

/** The counts a report shows, in the order it shows them. */
export const countKinds = [
  "schools",
  "classes",
  "teachers",
  "students",
  "guardians",
  "administrators",
  "guardianLinks",
  "enrollments",
] as const satisfies readonly (keyof RosterCounts)[];

/** What a report counted, each kind with its number; a kind an older report lacks is left out. */
export function countedKinds(counts: RosterCounts) {
  return countKinds.flatMap((kind) => {
    const count = counts[kind];
    return count === undefined ? [] : [{ kind, count }];
  });
}

/** What an import did and found: the same for the upload page and the command line. */
export interface RosterReport {
  imported: boolean;
  counts: RosterCounts;
  warnings: Problem[];
  errors: Problem[];
  /** True when the errors are all in rows that can be left out and valid rows remain. */
  canImportValidRows: boolean;
  /**
   * Every problem, listed or not: past a limit the lists end with a line counting the rest.
   * Reports stored before these counts were kept do not have them.
   */
  errorCount?: number;
  warningCount?: number;
  /** The refused import whose valid rows this import brought, when it was one. */
  validRowsOf?: string;
  /**
   * A refused export whose valid rows can be imported: what importing them would deactivate,
   * file by file, counted when the export was checked. Only files that would deactivate rows
   * are listed; the field is left out when none would (and older reports lack it).
   */
  wouldDeactivate?: UnlistedRows[];
  /**
   * An imported export: the district's rows its bulk files no longer list, made inactive, file
   * by file (only files that made any inactive; older reports lack it).
   */
  deactivated?: FileRows[];
  /**
   * An update import held before it wrote anything: its bulk files would make a large part of
   * the district inactive (deactivatesMuch; wouldDeactivate says what). Importing it again with
   * the administrator's confirmation (allowDeactivate) writes it.
   */
  held?: boolean;
  /** The held import whose export this import brought, with the administrator's confirmation. */
  confirms?: string;
  /**
   * An imported export: rows that were inactive and that it lists again, made active again, file
   * by file (only files that made any active again; older reports lack it).
   */
  reactivated?: FileRows[];
}

/** Rows of one file (users, classes or enrollments) that an import changed the same way. */
export interface FileRows {
  kind: UnlistedRows["kind"];
  /** The file as the export names it. */
  file: string;
  count: number;
}

/** The district's active roster rows that a bulk file does not list. */
export interface UnlistedRows {
  kind: "users" | "classes" | "enrollments";
  /** The file as the export names it. */
  file: string;
  count: number;
  /** The district's active rows of this kind that came from its roster, listed or not. */
  active: number;
  /** For people: how many of `count` have each role. */
  roles?: Record<PersonRole, number>;
}

/** How many errors or warnings a report found, the unlisted ones included. */
export function problemCount(report: RosterReport, kind: "errors" | "warnings") {
  const listed = report[kind].length;
  const count = kind === "errors" ? report.errorCount : report.warningCount;

  return count ?? listed;
}

export const noCounts = (): RosterCounts => ({
  schools: 0,
  classes: 0,
  teachers: 0,
  students: 0,
  guardians: 0,
  administrators: 0,
  guardianLinks: 0,
  enrollments: 0,
});

/**
 * The most problems of one kind a report lists. A million-row export with one slip per row would
 * otherwise carry a million lines; the rest are counted in a last line.
 */
export const listedProblemLimit = 1000;

/** Collects warnings and errors as the check reads the export, in the importer's language. */
export class ProblemLog {
  readonly t: Translate;
  readonly warnings: Problem[] = [];
  readonly errors: Problem[] = [];
  unlistedWarnings = 0;
  unlistedErrors = 0;
  /** An error that no choice of rows can get around: an unreadable file, a missing column. */
  fatal = false;

  constructor(t: Translate) {
    this.t = t;
  }

  /** Problems past the listed ones, by file: a damaged file's are forgotten with it. */
  private readonly unlistedOf = new Map<string, { warnings: number; errors: number }>();

  /** A zip entry was found damaged: what the check finds after it may be the garbage's doing. */
  private damageFound = false;

  warn(problem: FoundProblem) {
    if (this.damageFound) return;
    if (this.warnings.length < listedProblemLimit) this.warnings.push(problemOf(this.t, problem));
    else this.countUnlisted(problem.file, "warnings");
  }

  error(problem: FoundProblem) {
    if (this.damageFound) return;
    if (this.errors.length < listedProblemLimit) this.errors.push(problemOf(this.t, problem));
    else this.countUnlisted(problem.file, "errors");
  }

  private countUnlisted(file: string, kind: "warnings" | "errors") {
    const counts = this.unlistedOf.get(file) ?? { warnings: 0, errors: 0 };
    counts[kind] += 1;
    this.unlistedOf.set(file, counts);
    if (kind === "warnings") this.unlistedWarnings += 1;
    else this.unlistedErrors += 1;
  }

  /**
   * Forgets what a file's rows seemed to say once the file is found damaged (a zip entry whose
   * checksum differs), and lists no row's problem found after it: its garbled rows' problems, and
   * those they cause in the files read after it (an enrollment naming a person the garbage hid),
   * would hide the one that matters. The export has to be made again anyway.
   */
  forgetDamagedFile(file: string) {
    this.damageFound = true;
    const others = (problems: Problem[]) => {
      const kept = problems.filter((problem) => problem.file !== file);
      problems.splice(0, problems.length, ...kept);
    };
    others(this.warnings);
    others(this.errors);
    const unlisted = this.unlistedOf.get(file);
    if (!unlisted) return;
    this.unlistedWarnings -= unlisted.warnings;
    this.unlistedErrors -= unlisted.errors;
    this.unlistedOf.delete(file);
  }

  /** How many problems made a whole file unreadable. */
  failures = 0;

  fail(problem: FoundProblem) {
    this.fatal = true;
    this.failures += 1;
    // Listed past the limit too: it says why the export cannot be imported at all (a zip entry
    // that breaks off after a thousand rows of garbage it unpacked to).
    this.errors.push(problemOf(this.t, problem));
  }

  get errorCount() {
    return this.errors.length + this.unlistedErrors;
  }
}
