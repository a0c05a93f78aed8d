import type { PersonRole } from "../../db/schema.ts";

/** One thing the import noticed, pointing at the place in the export where it is. */
export interface Problem {
  file: string;
  /** 1 is the header line; null when the problem is about the whole file or export. */
  line: number | null;
  /** The column as the file names it; null when the problem is about a whole row or file. */
  column: string | null;
  message: string;
}

export interface RosterCounts {
  schools: number;
  classes: number;
  teachers: number;
  students: number;
  guardians: number;
  guardianLinks: number;
  enrollments: number;
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
  guardianLinks: 0,
  enrollments: 0,
});

/**
 * The most problems of one kind a report lists. A million-row export with one slip per row would
 * otherwise carry a million lines; the rest are counted in a last line.
 */
export const listedProblemLimit = 1000;

/** Collects warnings and errors as the check reads the export. */
export class ProblemLog {
  readonly warnings: Problem[] = [];
  readonly errors: Problem[] = [];
  unlistedWarnings = 0;
  unlistedErrors = 0;
  /** An error that no choice of rows can get around: an unreadable file, a missing column. */
  fatal = false;

  warn(problem: Problem) {
    if (this.warnings.length < listedProblemLimit) this.warnings.push(problem);
    else this.unlistedWarnings += 1;
  }

  error(problem: Problem) {
    if (this.errors.length < listedProblemLimit) this.errors.push(problem);
    else this.unlistedErrors += 1;
  }

  /** How many problems made a whole file unreadable. */
  failures = 0;

  fail(problem: Problem) {
    this.fatal = true;
    this.failures += 1;
    this.error(problem);
  }

  get errorCount() {
    return this.errors.length + this.unlistedErrors;
  }
}
