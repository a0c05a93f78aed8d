import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import { z } from "zod";
import type { Clock } from "../../clock.ts";
import {
  findImport,
  findImportConfirming,
  findImportOfValidRows,
  hasImportSince,
  listImports,
} from "../../db/roster-store.ts";
import type { Database } from "../../db/schema.ts";
import type { Translate } from "../../i18n/translate.ts";
import type { Actor } from "../access/actor.ts";
import { authorizeDistrictAdministrator } from "../access/policy.ts";
import { AppError } from "../errors.ts";
import { type ImportRosterOptions, importRoster } from "./import-roster.ts";
import type { RosterReport } from "./roster-report.ts";
import {
  claimStagedExport,
  findStagedExport,
  removeStagedExport,
  type StagedExport,
  stageUpload,
  sweepStagedExports,
  type UploadedFile,
} from "./stage-roster-upload.ts";

/*
 * The roster import as the upload page offers it: only an administrator imports, into their
 * own district. An upload is staged, checked and imported in one go; when errors stop it, or
 * it was held to ask before making much of the district inactive, its files stay staged so
 * that "Import the valid rows" or the confirmation needs no second upload.
 */

export interface RosterDeps {
  db: Kysely<Database>;
  dataDir: string;
  clock: Clock;
  t: Translate;
}

/** An import's id from an address: anything that is not one finds nothing. */
function parseImportId(importId: string) {
  const parsed = z.uuid().safeParse(importId);
  if (!parsed.success)
    throw new AppError({ kind: "not_found", message: `roster import ${importId}` });

  return parsed.data;
}

/** The roster is the whole district's: only its administrators import or read one. */
async function requireAdministrator(deps: Pick<RosterDeps, "db">, actor: Actor) {
  await authorizeDistrictAdministrator(deps.db, actor);
}

/** Checks and imports an uploaded export; returns the id of the import's report. */
export async function importUploadedRoster(
  deps: RosterDeps,
  actor: Actor,
  files: UploadedFile[],
): Promise<{ importId: string; report: RosterReport }> {
  await requireAdministrator(deps, actor);
  await sweepStagedExports(deps.dataDir, deps.clock);

  const staged = await stageUpload({
    dataDir: deps.dataDir,
    districtId: actor.districtId,
    files,
    t: deps.t,
  });
  const result = await runStaged(deps, actor, staged);
  const { report } = result;
  if (!report.canImportValidRows && !report.held) {
    await removeStagedExport(deps.dataDir, staged.importId);
  }

  return result;
}

/**
 * Imports the valid rows of an upload whose check found errors. Its report said beforehand what
 * they deactivate, so the click confirms that as well.
 */
export function importValidRowsOfUpload(deps: RosterDeps, actor: Actor, importId: string) {
  return importStagedAgain(deps, actor, { importId, why: "validRows" });
}

/** Imports a held upload: the administrator confirmed what it makes inactive. */
export function importHeldUpload(deps: RosterDeps, actor: Actor, importId: string) {
  return importStagedAgain(deps, actor, { importId, why: "confirmed" });
}

/** What an import of a kept upload follows: a refused import's valid rows, or a held one's. */
interface StagedAgain {
  importId: string;
  why: "validRows" | "confirmed";
}

/** Imports a kept upload again, once, as the report of its earlier import offered. */
async function importStagedAgain(
  deps: RosterDeps,
  actor: Actor,
  again: StagedAgain,
): Promise<{ importId: string; report: RosterReport }> {
  const { importId } = again;
  await requireAdministrator(deps, actor);
  // Taken for this request alone: a second click finds it gone, as after the import.
  const staged = await claimStagedExport({
    dataDir: deps.dataDir,
    districtId: actor.districtId,
    importId: parseImportId(importId),
    clock: deps.clock,
  });
  const gone = () =>
    new AppError({
      kind: "not_found",
      message: `no staged export ${importId}`,
      publicMessage: deps.t("roster.report.stagingGone"),
    });
  if (!staged) throw gone();

  let imported = false;
  try {
    const earlier = await findImport(deps.db, actor.districtId, staged.importId);
    // Only what its report offered: neither a held export's valid rows nor a refused one's.
    if (!earlier || !offers(JSON.parse(earlier.report) as RosterReport, again)) throw gone();
    // The older export would overwrite the newer roster, undoing what that import brought.
    if (await hasImportSince(deps.db, actor.districtId, earlier.created_at)) {
      const newer = again.why === "confirmed" ? "heldNewerImport" : "newerImport";
      throw new AppError({
        kind: "conflict",
        message: `roster import ${importId} is older than the district's last import`,
        publicMessage: deps.t(`roster.report.${newer}`),
      });
    }
    const fresh = { ...staged, importId: randomUUID() };
    const result = await runStaged(deps, actor, fresh, followUpOf(again.why, staged.importId));
    imported = result.report.imported;

    return result;
  } finally {
    // Kept when the import failed for another reason, so the administrator can try again.
    await (imported ? staged.remove() : staged.release());
  }
}

/** Whether the earlier report offered it: a held one its confirmation, a refused one its rows. */
function offers(report: RosterReport, again: StagedAgain) {
  return again.why === "confirmed" ? report.held === true : report.canImportValidRows;
}

/** How the import of a kept upload runs: both were confirmed by the click that asked for it. */
function followUpOf(why: StagedAgain["why"], earlierId: string): FollowUp {
  return why === "confirmed"
    ? { skipInvalid: false, allowDeactivate: true, confirms: earlierId }
    : { skipInvalid: true, allowDeactivate: true, validRowsOf: earlierId };
}

type FollowUp = Pick<
  ImportRosterOptions,
  "skipInvalid" | "allowDeactivate" | "validRowsOf" | "confirms"
>;

/** Imports a staged upload; a follow-up imports it as an earlier import's report offered. */
async function runStaged(
  deps: RosterDeps,
  actor: Actor,
  staged: StagedExport,
  followUp: FollowUp = { skipInvalid: false },
) {
  const report = await importRoster(deps.db, {
    districtId: actor.districtId,
    source: staged.source,
    sourceName: staged.sourceName,
    ...followUp,
    actorId: actor.personId,
    clock: deps.clock,
    importId: staged.importId,
    t: deps.t,
  });

  return { importId: staged.importId, report };
}

export interface RosterImportSummary {
  id: string;
  sourceName: string;
  status: "checked" | "imported" | "refused" | "held";
  createdAt: string;
  report: RosterReport;
}

/** The district's latest imports, newest first. */
/** Imports a page of the history shows. */
export const importsPerPage = 10;

/**
 * A page of the district's imports, newest first (page 1 the latest), and whether older ones
 * follow: the history is the record of every roster the district took in.
 */
export async function listRosterImports(
  deps: Pick<RosterDeps, "db">,
  actor: Actor,
  page = 1,
): Promise<{ imports: RosterImportSummary[]; hasOlder: boolean }> {
  await requireAdministrator(deps, actor);
  const offset = (page - 1) * importsPerPage;
  const rows = await listImports(deps.db, actor.districtId, {
    limit: importsPerPage + 1,
    offset,
  });
  const imports = rows.slice(0, importsPerPage).map((row) => ({
    id: row.id,
    sourceName: row.source_name,
    status: row.status,
    createdAt: row.created_at,
    report: JSON.parse(row.report) as RosterReport,
  }));

  return { imports, hasOlder: rows.length > importsPerPage };
}

/** One import's report, and whether its valid rows can still be imported without uploading. */
export async function readRosterImport(deps: RosterDeps, actor: Actor, importId: string) {
  await requireAdministrator(deps, actor);
  const row = await findImport(deps.db, actor.districtId, parseImportId(importId));
  if (!row) throw new AppError({ kind: "not_found", message: `roster import ${importId}` });

  const report = JSON.parse(row.report) as RosterReport;
  const staged =
    (report.canImportValidRows || report.held === true) &&
    (await findStagedExport({
      dataDir: deps.dataDir,
      districtId: actor.districtId,
      importId,
      clock: deps.clock,
    }));

  // A newer roster came since: importing this older one would undo it (importValidRowsOfUpload
  // refuses), so the page says so instead of offering it.
  const newerImport =
    Boolean(staged) && (await hasImportSince(deps.db, actor.districtId, row.created_at));
  // Its valid rows imported already: the report says where, rather than that the upload is gone.
  const validRowsImport =
    report.canImportValidRows && !staged
      ? await findImportOfValidRows(deps.db, actor.districtId, row.id)
      : undefined;
  // Held, then imported with the confirmation: the report says where, as for valid rows.
  const confirmedImport =
    report.held && !staged
      ? await findImportConfirming(deps.db, actor.districtId, row.id)
      : undefined;

  return {
    summary: {
      id: row.id,
      sourceName: row.source_name,
      status: row.status,
      createdAt: row.created_at,
      report,
    },
    canImportValidRows: Boolean(staged) && !newerImport && report.canImportValidRows,
    canConfirm: Boolean(staged) && !newerImport && report.held === true,
    newerImport,
    validRowsImport: validRowsImport
      ? { id: validRowsImport.id, createdAt: validRowsImport.created_at }
      : null,
    confirmedImport: confirmedImport
      ? { id: confirmedImport.id, createdAt: confirmedImport.created_at }
      : null,
  };
}
