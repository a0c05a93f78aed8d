import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Clock } from "../../clock.ts";
import type { Translate } from "../../i18n/translate.ts";
import { AppError } from "../errors.ts";

/*
 * An uploaded export waits in the data folder (staged-imports/<import id>/) until it is
 * imported: when its check finds errors, the administrator may still import its valid rows
 * without uploading again. Staged exports are removed once imported, or after a day.
 */

/** What an upload brings: a File from a form satisfies this. */
export interface UploadedFile {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export const maxUploadBytes = 50 * 1024 * 1024;

const stagingLifetimeMs = 24 * 60 * 60 * 1000;

export interface StagedExport {
  importId: string;
  /** The folder or .zip to import. */
  source: string;
  sourceName: string;
}

interface StagingNote {
  districtId: string;
  sourceName: string;
  source: string;
}

const stagingRoot = (dataDir: string) => path.join(dataDir, "staged-imports");

/** Writes an upload to its staging folder, after checking it is one .zip or some .csv files. */
export async function stageUpload(options: {
  dataDir: string;
  districtId: string;
  files: UploadedFile[];
  t: Translate;
}): Promise<StagedExport> {
  const files = options.files.filter((file) => file.name !== "" || file.size > 0);
  const plan = planStaging(files, options.t);
  const importId = randomUUID();
  const folder = path.join(stagingRoot(options.dataDir), importId);
  const exportFolder = path.join(folder, "export");
  await fs.promises.mkdir(exportFolder, { recursive: true });

  for (const { file, name } of plan.files) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    await fs.promises.writeFile(path.join(exportFolder, name), bytes, { flag: "wx" });
  }
  const source = plan.zip ? path.join(exportFolder, plan.sourceName) : exportFolder;
  const note: StagingNote = { districtId: options.districtId, sourceName: plan.sourceName, source };
  await fs.promises.writeFile(path.join(folder, "staged.json"), JSON.stringify(note));

  return { importId, source, sourceName: plan.sourceName };
}

function planStaging(files: UploadedFile[], t: Translate) {
  const refuse = (message: string) =>
    new AppError({
      kind: "invalid_input",
      message: "roster upload refused",
      publicMessage: message,
    });
  if (files.length === 0) throw refuse(t("roster.upload.noFile"));

  const total = files.reduce((sum, file) => sum + file.size, 0);
  if (total > maxUploadBytes) throw refuse(t("roster.upload.tooBig", { megabytes: megabytes() }));

  const named = files.map((file) => ({ file, name: safeName(file.name) }));
  const odd = named.find(({ name }) => !/\.(zip|csv)$/i.test(name));
  if (odd) throw refuse(t("roster.upload.wrongType", { name: odd.name || "?" }));

  const zips = named.filter(({ name }) => /\.zip$/i.test(name));
  if (zips.length > 0 && named.length > 1) throw refuse(t("roster.upload.oneZip"));

  const names = new Set(named.map(({ name }) => name.toLowerCase()));
  if (names.size < named.length) throw refuse(t("roster.upload.sameName"));

  const [zip] = zips;
  const sourceName = zip?.name ?? folderName(files) ?? filesName(named.map(({ name }) => name));
  return { files: named, zip: zip !== undefined, sourceName };
}

/** The file's own name, without any folder a browser sends along; only plain characters. */
function safeName(name: string) {
  const base = name.split(/[\\/]/).pop() ?? "";

  // Brackets kept: a browser names a second download "users (1).csv", and the report names it.
  return base.replace(/[^\p{L}\p{N}._ ()+,-]/gu, "_").replace(/^\.+/, "");
}

/** A folder chosen in the browser sends its name before each file's. */
function folderName(files: UploadedFile[]) {
  const parts = files[0]?.name.split(/[\\/]/) ?? [];

  return parts.length > 1 && parts[0] ? safeName(parts[0]) : undefined;
}

/** The longest name an upload of loose files gets from its files' names. */
const longestFilesName = 100;

/**
 * Loose files are named by their own names, so that an administrator tells one upload from
 * another in the history: "classes.csv, enrollments.csv, ..." as far as fits.
 */
function filesName(names: string[]) {
  let name = "";
  for (const each of [...names].sort()) {
    const next = name ? `${name}, ${each}` : each;
    if (next.length > longestFilesName) return name ? `${name}, …` : `${each.slice(0, 99)}…`;
    name = next;
  }

  return name;
}

const megabytes = () => Math.round(maxUploadBytes / 1024 ** 2);

export const uploadLimitMegabytes = megabytes;

/** The staged export of an import, when it is still kept and belongs to the district. */
export async function findStagedExport(options: {
  dataDir: string;
  districtId: string;
  importId: string;
  clock: Clock;
}): Promise<StagedExport | undefined> {
  if (!/^[0-9a-f-]{36}$/.test(options.importId)) return undefined;

  const folder = path.join(stagingRoot(options.dataDir), options.importId);
  const stat = await fs.promises.stat(folder).catch(() => undefined);
  if (!stat || isExpired(stat, options.clock)) return undefined;

  const text = await fs.promises.readFile(path.join(folder, "staged.json"), "utf8").catch(() => "");
  if (text === "") return undefined;

  const note = readNote(text);
  if (note?.districtId !== options.districtId) return undefined;

  return { importId: options.importId, source: note.source, sourceName: note.sourceName };
}

function readNote(text: string): StagingNote | undefined {
  try {
    return JSON.parse(text) as StagingNote;
  } catch {
    return undefined;
  }
}

/** A staged export one request has taken: no other request finds it until it is released. */
export interface ClaimedExport extends StagedExport {
  /** Offers it again, as it was: the import did not happen. */
  release(): Promise<void>;
  /** Removes it for good: it was imported. */
  remove(): Promise<void>;
}

/**
 * Takes the staged export of an import, for one request only. The folder is renamed: a rename
 * is atomic, so of two requests (or two app processes on the same data folder) taking the same
 * export, one wins and the other finds it gone, as it would after the import. A claimed folder
 * keeps its time, so the sweep still removes one left behind after a day.
 */
export async function claimStagedExport(options: {
  dataDir: string;
  districtId: string;
  importId: string;
  clock: Clock;
}): Promise<ClaimedExport | undefined> {
  const staged = await findStagedExport(options);
  if (!staged) return undefined;

  const folder = path.join(stagingRoot(options.dataDir), staged.importId);
  const inside = path.relative(folder, staged.source);
  if (inside.startsWith("..") || path.isAbsolute(inside)) return undefined;

  // Not a name findStagedExport accepts: a claimed export is offered to nobody.
  const claimed = `${folder}.claimed-${randomUUID()}`;
  try {
    await fs.promises.rename(folder, claimed);
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw error;
  }

  return {
    ...staged,
    source: path.join(claimed, inside),
    release: async () => {
      // Gone only when the sweep removed it meanwhile: there is nothing left to offer.
      await fs.promises.rename(claimed, folder).catch((error: unknown) => {
        if (!isMissing(error)) throw error;
      });
    },
    remove: () => fs.promises.rm(claimed, { recursive: true, force: true }),
  };
}

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException).code === "ENOENT";

export async function removeStagedExport(dataDir: string, importId: string) {
  if (!/^[0-9a-f-]{36}$/.test(importId)) return;

  await fs.promises.rm(path.join(stagingRoot(dataDir), importId), { recursive: true, force: true });
}

/** Removes staged exports older than a day: an upload is not kept for longer than that. */
export async function sweepStagedExports(dataDir: string, clock: Clock) {
  const root = stagingRoot(dataDir);
  const entries = await fs.promises.readdir(root, { withFileTypes: true }).catch(() => []);

  for (const entry of entries) {
    const folder = path.join(root, entry.name);
    const stat = await fs.promises.stat(folder).catch(() => undefined);
    if (stat && isExpired(stat, clock))
      await fs.promises.rm(folder, { recursive: true, force: true });
  }
}

const isExpired = (stat: fs.Stats, clock: Clock) =>
  stat.mtimeMs < clock().getTime() - stagingLifetimeMs;
