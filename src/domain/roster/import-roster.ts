import { randomUUID } from "node:crypto";
import path from "node:path";
import type { Kysely } from "kysely";
import { type Clock, isoNow } from "../../clock.ts";
import * as rosterStore from "../../db/roster-store.ts";
import type { Database } from "../../db/schema.ts";
import { type Translate, translator } from "../../i18n/translate.ts";
import { checkRoster, type RosterCheck, type RosterLookup, rowsIn } from "./check-roster.ts";
import { CheckedRows, KeepRowsError } from "./checked-rows.ts";
import { countUnlisted, deactivatesMuch } from "./count-unlisted.ts";
import {
  defaultRosterLimits,
  type RosterLimits,
  type RosterSource,
  RosterSourceError,
  readRosterSource,
} from "./read-roster-source.ts";
import { type RosterFileKind, readingOrder, rosterFileSpecs } from "./roster-files.ts";
import {
  type FileRows,
  noCounts,
  type Problem,
  ProblemLog,
  type ProblemMessage,
  problemOf,
  type RosterCounts,
  type RosterReport,
  say,
  type UnlistedRows,
} from "./roster-report.ts";
import {
  type Deactivated,
  type Reactivated,
  type RosterStore,
  WritingAlong,
  writeRoster,
} from "./write-roster.ts";

export interface ImportRosterOptions {
  districtId: string;
  /**
   * Makes the district, named from the roster, in the import's own transaction: the first
   * import on a fresh install. Nothing is stored when the import stores nothing.
   */
  createDistrict?: boolean;
  /** A folder or a .zip holding the export. */
  source: string;
  /** How the import is listed; the source's file name when not given. */
  sourceName?: string;
  /** Imports the valid rows when some have errors, instead of refusing the whole export. */
  skipInvalid: boolean;
  /** The administrator who imports; null from the command line. */
  actorId: string | null;
  clock: Clock;
  /** The id of the import's record; a new one when not given. */
  importId?: string;
  /** Limits an export must keep within; those not given are the defaults. */
  limits?: Partial<RosterLimits>;
  /** The refused import whose valid rows this one imports (its report links to this one). */
  validRowsOf?: string;
  /**
   * The administrator confirmed that the bulk files may make a large part of the district
   * inactive: the import does not stop to ask (deactivatesMuch).
   */
  allowDeactivate?: boolean;
  /** The held import whose export this one imports, confirmed (its report links to this one). */
  confirms?: string;
  /** The store to write through; tests swap in one that fails part-way. */
  store?: RosterStore;
  t?: Translate;
}

/**
 * Imports a OneRoster export (1.1 or 1.2, a folder or a .zip): checks all of it first, then
 * writes it in one transaction, so an import is stored whole or not at all (a district's first
 * roster is written while it is checked, in a transaction the check's refusal undoes, when
 * mayWriteAlong allows: see WritingAlong). Rows are keyed by the roster's sourcedId, so
 * importing again updates in place. Never throws for bad input: what
 * is wrong comes back in the report, with its file, line and column.
 */
export async function importRoster(
  db: Kysely<Database>,
  options: ImportRosterOptions,
): Promise<RosterReport> {
  const t = options.t ?? translator("en");
  const store = options.store ?? rosterStore;
  const log = new ProblemLog(t);
  const sourceName = options.sourceName ?? path.basename(options.source);
  const job = { db, options, store, log, t, sourceName };

  const source = await openSource(job);
  if (!source) return refuse(job);

  let rows: CheckedRows | undefined;
  try {
    rows = CheckedRows.create();
    if (await writesAlong(job, source)) return await importAlong(job, rows, source);

    const { maxInvalidRows } = limitsOf(options);
    const check = await checkRoster({ source, log, lookup: lookupIn(job), rows, maxInvalidRows });
    if (!ready(check, job)) return await refuse(job, check, rows);
    const held = await holdIfDeactivatesMuch(job, { check, rows });
    if (held) return held;

    return await write(job, rows, check);
  } catch (error) {
    const message = failureMessage(error);
    if (message === undefined) throw error;
    log.fail({ file: sourceName, line: null, column: null, message });
    return refuse(job);
  } finally {
    await source.close();
    rows?.remove();
  }
}

interface Job {
  db: Kysely<Database>;
  options: ImportRosterOptions;
  store: RosterStore;
  log: ProblemLog;
  t: Translate;
  sourceName: string;
}

async function openSource({ options, log, sourceName }: Job) {
  try {
    return await readRosterSource(options.source, limitsOf(options));
  } catch (error) {
    if (!(error instanceof RosterSourceError)) throw error;
    log.fail({ file: sourceName, line: null, column: null, message: sourceMessage(error) });
    return undefined;
  }
}

/** What to tell the administrator of a failure that stops the check; undefined for a fault. */
function failureMessage(error: unknown): ProblemMessage | undefined {
  if (error instanceof RosterSourceError) return sourceMessage(error);
  if (error instanceof KeepRowsError) {
    return say("roster.export.noTemporarySpace", { detail: error.code });
  }

  return undefined;
}

function sourceMessage(error: RosterSourceError) {
  return say(`roster.source.${error.problem}`, { path: "", detail: "", ...error.values });
}

function lookupIn({ db, store, options }: Job): RosterLookup {
  const { districtId } = options;
  const creating = options.createDistrict === true;

  return {
    districtSourceId: async () =>
      creating ? undefined : (await store.findDistrict(db, districtId))?.source_id,
    schools: async (ids) => (creating ? new Set() : store.knownSchoolSources(db, districtId, ids)),
    orgs: async (ids) => (creating ? new Map() : store.knownRosterOrgs(db, districtId, ids)),
    people: async (ids) => (creating ? new Map() : store.knownPeopleRoles(db, districtId, ids)),
    classes: async (ids) => (creating ? new Set() : store.knownClassSources(db, districtId, ids)),
  };
}

const dataKinds: readonly RosterFileKind[] = ["orgs", "users", "classes", "enrollments"];

/** Whether to write: no errors (or only in rows the administrator chose to leave out). */
function ready(check: RosterCheck, job: Job) {
  const { log, options } = job;
  if (log.fatal) return false;

  const valid = dataKinds.reduce((sum, kind) => sum + (check.validRows.get(kind) ?? 0), 0);
  if (valid === 0 && log.errorCount === 0) {
    const message = say("roster.export.noRows");
    log.fail({ file: job.sourceName, line: null, column: null, message });
    return false;
  }

  return log.errorCount === 0 || (options.skipInvalid && valid > 0);
}

async function write(job: Job, rows: CheckedRows, check: RosterCheck): Promise<RosterReport> {
  const { db, options, store } = job;
  const importId = options.importId ?? randomUUID();
  const now = isoNow(options.clock);

  try {
    const count = dataKinds.reduce((sum, kind) => sum + (check.validRows.get(kind) ?? 0), 0);
    return await store.inWriteTransaction(db, { rows: count }, (trx) =>
      storeChecked(trx, job, { rows, check, importId, now }),
    );
  } catch (error) {
    return refuseFailedWrite(job, check, error);
  }
}

interface Checked {
  rows: CheckedRows;
  check: RosterCheck;
  importId: string;
  now: string;
  along?: WritingAlong;
}

/** Writes what the check kept (and what was not written along it), records the import. */
async function storeChecked(trx: Kysely<Database>, job: Job, checked: Checked) {
  const { options, store, t } = job;
  const { check, importId, now } = checked;
  if (options.createDistrict) {
    // Two first imports at once: the second waited for the first's commit (the roster lock).
    if ((await store.listDistricts(trx)).length > 0) throw new DistrictMadeMeanwhile();
    await createDistrict(trx, job, check, now);
  }

  const written = await writeRoster({
    db: trx,
    store,
    check,
    rows: checked.rows,
    districtId: options.districtId,
    importId,
    now,
    t,
    ...(checked.along ? { along: checked.along } : {}),
  });
  const report = finish(job, { imported: true, counts: written.counts, check, written });
  await record(trx, job, { importId, now, report, status: "imported" });

  return report;
}

function refuseFailedWrite(job: Job, check: RosterCheck | undefined, error: unknown) {
  job.log.fail({ file: job.sourceName, line: null, column: null, message: writeFailure(error) });
  return refuse(job, check);
}

/** Whether to write while checking (WritingAlong): roles.csv settles roles only at its end. */
async function writesAlong({ db, store, options }: Job, source: RosterSource) {
  const roles = rosterFileSpecs.roles.fileName.toLowerCase();
  if (source.fileNames.some((name) => name.toLowerCase() === roles)) return false;

  return store.mayWriteAlong(db, options.districtId, options.createDistrict === true);
}

/** The check found the export cannot be imported: what was written along it is undone. */
class Refused extends Error {
  constructor() {
    super("the roster check refused the export");
    this.name = "Refused";
  }
}

/**
 * A district's first roster (on SQLite, the server's first district): checked and written at
 * once, in a transaction opened before the check (WritingAlong). A refusal or a failure of
 * either side undoes it all.
 */
async function importAlong(job: Job, rows: CheckedRows, source: RosterSource) {
  const { db, options, store, log, t } = job;
  const along = new WritingAlong();
  rows.handOver("people", along.people);
  rows.handOver("enrollments", along.enrollments);
  const importId = options.importId ?? randomUUID();
  const now = isoNow(options.clock);
  const { districtId } = options;
  let check: RosterCheck | undefined;

  try {
    return await store.inWriteTransaction(
      db,
      { rows: rowsAbout(source.bytes), deferChecks: true, firstRosterOf: districtId },
      async (trx) => {
        const started = (underWay: RosterCheck) =>
          along.start({ db: trx, store, check: underWay, rows, districtId, importId, now, t });
        try {
          // Looked up in the transaction: on a server's first district it holds the tables
          // locked (inWriteTransaction), and a read on another connection would wait for it.
          const lookup = lookupIn({ ...job, db: trx });
          const { maxInvalidRows } = limitsOf(options);
          check = await checkRoster({ source, log, lookup, rows, started, maxInvalidRows });
        } finally {
          await along.finish();
        }
        if (!ready(check, job)) throw new Refused();

        return storeChecked(trx, job, { rows, check, importId, now, along });
      },
    );
  } catch (error) {
    if (error instanceof Refused) return refuse(job, check, rows);
    const message = along.failedWith(error) ? undefined : failureMessage(error);
    if (message !== undefined) {
      log.fail({ file: job.sourceName, line: null, column: null, message });
      return refuse(job);
    }
    // A fault of the check itself is thrown, as when nothing is written along it.
    if (!check && !along.failedWith(error)) throw error;
    return refuseFailedWrite(job, check, error);
  }
}

function limitsOf(options: ImportRosterOptions): RosterLimits {
  return { ...defaultRosterLimits, ...options.limits };
}

/**
 * About how many rows an export of this size holds, before it is read: a roster row takes 100
 * to 130 bytes (the synthetic district's 115). Counted low, a large export would miss the index
 * builds that speed it; counted high, a small one pays for them.
 */
function rowsAbout(bytes: number) {
  return Math.round(bytes / 115);
}

/** A first import found the database's district made by another import that ended meanwhile. */
class DistrictMadeMeanwhile extends Error {
  constructor() {
    super("another import made the district meanwhile");
    this.name = "DistrictMadeMeanwhile";
  }
}

function writeFailure(error: unknown) {
  if (error instanceof DistrictMadeMeanwhile) return say("roster.export.districtMadeMeanwhile");
  // SQLite gave up waiting for another writer (busy_timeout): a moment's clash, not a fault.
  if ((error as { code?: string }).code === "SQLITE_BUSY") return say("roster.export.busy");

  const detail = error instanceof Error ? error.message : String(error);
  return say("roster.export.writeFailed", { detail: detail.slice(0, 300) });
}

/** The district's name: its district org, else its one school, else the export's name. */
async function createDistrict(db: Kysely<Database>, job: Job, check: RosterCheck, now: string) {
  const [firstSchool] = [...check.schoolIds];
  const name =
    check.district?.name ??
    (firstSchool ? check.orgs.get(firstSchool)?.name : undefined) ??
    job.sourceName;

  await job.store.insertDistrict(db, {
    id: job.options.districtId,
    name: name || job.sourceName,
    sourceId: check.district?.sourcedId ?? null,
    now,
  });
}

async function refuse(job: Job, check?: RosterCheck, rows?: CheckedRows): Promise<RosterReport> {
  const report = finish(job, { imported: false, counts: noCounts(), check });
  const { options, db } = job;

  if (!options.createDistrict) {
    if (check && rows) await tellWhatValidRowsDeactivate(job, report, { check, rows });

    const importId = options.importId ?? randomUUID();
    await record(db, job, { importId, now: isoNow(options.clock), report, status: "refused" });
  }

  return report;
}

/**
 * An update import whose bulk files would make a large part of the district inactive stops
 * before it writes anything, and asks (deactivatesMuch): a truncated export, or another
 * district's, would otherwise deactivate most of the district under a green "imported". The
 * count reads the ids of the bulk files only; a district's first roster has none active.
 */
async function holdIfDeactivatesMuch(job: Job, checked: { check: RosterCheck; rows: CheckedRows }) {
  const { db, store, options } = job;
  if (options.allowDeactivate || options.createDistrict) return undefined;

  const unlisted = await countUnlisted({ db, store, districtId: options.districtId, ...checked });
  if (!unlisted.some(deactivatesMuch)) return undefined;

  return hold(job, checked.check, unlisted);
}

/** Records the held import: its report says what it would deactivate, and nothing is written. */
async function hold(job: Job, check: RosterCheck, unlisted: UnlistedRows[]) {
  const { db, options } = job;
  const refused = finish(job, { imported: false, counts: noCounts(), check });
  // Its rows with errors (--skip-invalid) were left out already: the confirmation is what waits.
  const report = { ...refused, canImportValidRows: false, held: true, wouldDeactivate: unlisted };

  const importId = options.importId ?? randomUUID();
  await record(db, job, { importId, now: isoNow(options.clock), report, status: "held" });

  return report;
}

/**
 * An administrator about to import the valid rows sees first what their bulk files would
 * deactivate. Counted here, on refusal only, so an import that goes through pays nothing.
 */
async function tellWhatValidRowsDeactivate(
  { db, store, options }: Job,
  report: RosterReport,
  checked: { check: RosterCheck; rows: CheckedRows },
) {
  if (!report.canImportValidRows) return;

  const unlisted = await countUnlisted({ db, store, districtId: options.districtId, ...checked });
  if (unlisted.length > 0) report.wouldDeactivate = unlisted;
}

async function record(
  db: Kysely<Database>,
  { store, options, sourceName }: Job,
  entry: {
    importId: string;
    now: string;
    report: RosterReport;
    status: "imported" | "refused" | "held";
  },
) {
  await store.recordImport(db, {
    id: entry.importId,
    district_id: options.districtId,
    started_by: options.actorId,
    source_name: sourceName,
    status: entry.status,
    report: JSON.stringify(entry.report),
    created_at: entry.now,
  });
}

function finish(
  job: Job,
  outcome: {
    imported: boolean;
    counts: RosterCounts;
    check: RosterCheck | undefined;
    written?: { deactivated: Deactivated[]; reactivated: Reactivated[]; notes: Problem[] };
  },
): RosterReport {
  const { log, t } = job;
  const { check } = outcome;
  const notes = [
    ...(check ? emptyBulkNotes(check, t) : []),
    ...(outcome.written?.notes ?? []),
    ...(outcome.written ? deactivationNotes(outcome.written.deactivated, check, t) : []),
    ...(outcome.written ? reactivationNotes(outcome.written.reactivated, check, t) : []),
  ];
  const warnings = inReadingOrder([...log.warnings, ...notes]);
  const errors = inReadingOrder(log.errors);
  if (log.unlistedWarnings > 0)
    warnings.push(unlisted(job, "roster.report.moreWarnings", log.unlistedWarnings));
  if (log.unlistedErrors > 0)
    errors.push(unlisted(job, "roster.report.moreErrors", log.unlistedErrors));

  return {
    imported: outcome.imported,
    counts: outcome.counts,
    warnings,
    errors,
    canImportValidRows: !outcome.imported && canSkipInvalid(log, check),
    ...deactivatedOf(outcome.written?.deactivated, check),
    ...reactivatedOf(outcome.written?.reactivated, check),
    errorCount: log.errorCount,
    warningCount: log.warnings.length + notes.length + log.unlistedWarnings,
    ...(job.options.validRowsOf ? { validRowsOf: job.options.validRowsOf } : {}),
    ...(job.options.confirms ? { confirms: job.options.confirms } : {}),
  };
}

/** Problems file by file in the order the files are read, each file's from top to bottom. */
function inReadingOrder(problems: Problem[]) {
  const rank = (file: string) => {
    const kind = readingOrder.findIndex(
      (candidate) => rosterFileSpecs[candidate].fileName.toLowerCase() === file.toLowerCase(),
    );
    return kind === -1 && file.toLowerCase().endsWith(".csv") ? readingOrder.length : kind;
  };

  return problems
    .map((problem, index) => ({ problem, index, rank: rank(problem.file) }))
    .sort(
      (a, b) =>
        a.rank - b.rank || (a.problem.line ?? 0) - (b.problem.line ?? 0) || a.index - b.index,
    )
    .map(({ problem }) => ({
      file: problem.file,
      line: problem.line,
      column: problem.column,
      message: problem.message,
      ...(problem.say ? { say: problem.say } : {}),
    }));
}

function canSkipInvalid(log: ProblemLog, check: RosterCheck | undefined) {
  if (log.fatal || !check || log.errorCount === 0) return false;

  return dataKinds.some((kind) => (check.validRows.get(kind) ?? 0) > 0);
}

function unlisted(
  job: Job,
  key: "roster.report.moreWarnings" | "roster.report.moreErrors",
  count: number,
): Problem {
  const where = { file: job.sourceName, line: null, column: null };

  return problemOf(job.t, { ...where, message: say(key, { count }) });
}

function emptyBulkNotes(check: RosterCheck, t: Translate): Problem[] {
  return (["users", "classes", "enrollments"] as const).flatMap((kind) => {
    const file = check.layout.files[kind];
    const unread = check.failed.has(kind) || !check.read.has(kind);
    if (file?.mode !== "bulk" || unread || rowsIn(check, kind) > 0) return [];

    const where = { file: file.name, line: null, column: null };
    return [problemOf(t, { ...where, message: say("roster.file.emptyBulk") })];
  });
}

/** What the import's bulk files made inactive by leaving it out, for the report's top. */
function deactivatedOf(deactivated: Deactivated[] | undefined, check: RosterCheck | undefined) {
  const files = (deactivated ?? []).flatMap(({ kind, unlisted }): FileRows[] =>
    unlisted > 0 && (kind === "users" || kind === "classes" || kind === "enrollments")
      ? [{ kind, file: fileNameOf(check, kind), count: unlisted }]
      : [],
  );

  return files.length > 0 ? { deactivated: files } : {};
}

/** What the import made active again by listing it, for the report's counts. */
function reactivatedOf(reactivated: Reactivated[] | undefined, check: RosterCheck | undefined) {
  const files = (reactivated ?? []).map(
    ({ kind, count }): FileRows => ({ kind, file: fileNameOf(check, kind), count }),
  );

  return files.length > 0 ? { reactivated: files } : {};
}

function fileNameOf(check: RosterCheck | undefined, kind: RosterFileKind) {
  return check?.layout.files[kind]?.name ?? `${kind}.csv`;
}

function reactivationNotes(
  reactivated: Reactivated[],
  check: RosterCheck | undefined,
  t: Translate,
) {
  return reactivated.map(({ kind, count }) => {
    const message = say("roster.report.reactivated", { count });
    return problemOf(t, { file: fileNameOf(check, kind), line: null, column: null, message });
  });
}

function deactivationNotes(
  deactivated: Deactivated[],
  check: RosterCheck | undefined,
  t: Translate,
) {
  return deactivated.flatMap(({ kind, marked, unlisted }): Problem[] => {
    const file = check?.layout.files[kind]?.name ?? `${kind}.csv`;
    const note = (message: ProblemMessage) =>
      problemOf(t, { file, line: null, column: null, message });
    const notes: Problem[] = [];
    if (marked > 0) notes.push(note(say("roster.report.marked", { count: marked })));
    if (unlisted > 0) notes.push(note(say("roster.report.unlisted", { count: unlisted })));
    return notes;
  });
}
