import fs from "node:fs";
import path from "node:path";
import { type Readable, Transform, type TransformCallback } from "node:stream";
import zlib from "node:zlib";
import yauzl from "yauzl";

/*
 * Where an export's files come from: a folder, or a .zip read in place (nothing is unpacked to
 * disk). A zip from an upload is untrusted: its entry names may point outside the export, and it
 * may inflate to far more than it says, so the limits below hold while the bytes are inflated.
 */

export interface RosterLimits {
  /** Entries a zip may hold, folders included. */
  maxEntries: number;
  /** Bytes all entries of a zip may inflate to, together. */
  maxUncompressedBytes: number;
  /**
   * Rows of one file the check may find invalid before it stops reading that file: each is
   * remembered (its line, to leave it out), and a crafted file of a billion bad rows would
   * otherwise fill the server's memory.
   */
  maxInvalidRows: number;
}

export const defaultRosterLimits: RosterLimits = {
  maxEntries: 200,
  maxUncompressedBytes: 2 * 1024 ** 3,
  maxInvalidRows: 1_000_000,
};

export interface RosterSource {
  /** The export's files by base name, spelled as the export spells them. */
  fileNames: readonly string[];
  /** The size of its files as they are read (a zip's as its directory says they unpack). */
  bytes: number;
  open(fileName: string): Promise<Readable>;
  close(): Promise<void>;
}

export type SourceProblem =
  | "notFound"
  | "notFolderOrZip"
  | "notZip"
  | "damaged"
  | "entryDamaged"
  | "checksum"
  | "tooManyEntries"
  | "tooBig"
  | "inflatesTooMuch"
  | "unsafePath"
  | "encrypted"
  | "sameName";

/** The export cannot be read at all; `values` fill in the message of the `problem`. */
export class RosterSourceError extends Error {
  readonly problem: SourceProblem;
  readonly values: Record<string, string | number>;

  constructor(problem: SourceProblem, values: Record<string, string | number> = {}) {
    super(`roster source: ${problem} ${JSON.stringify(values)}`);
    this.name = "RosterSourceError";
    this.problem = problem;
    this.values = values;
  }
}

/** Opens a folder or a .zip as an export; throws RosterSourceError when it cannot. */
export async function readRosterSource(
  location: string,
  limits: RosterLimits = defaultRosterLimits,
): Promise<RosterSource> {
  const stat = await fs.promises.stat(location).catch(() => undefined);
  if (!stat) throw new RosterSourceError("notFound", { path: path.basename(location) });

  if (stat.isDirectory()) return readFolder(location);
  if (stat.isFile() && (await startsLikeZip(location))) return readZip(location, limits);
  if (stat.isFile() && location.toLowerCase().endsWith(".zip")) {
    throw new RosterSourceError("notZip", { path: path.basename(location) });
  }

  throw new RosterSourceError("notFolderOrZip", { path: path.basename(location) });
}

async function readFolder(folder: string): Promise<RosterSource> {
  const entries = await fs.promises.readdir(folder, { withFileTypes: true });
  const fileNames = entries.filter((entry) => entry.isFile()).map((entry) => entry.name);
  let bytes = 0;
  for (const name of fileNames) bytes += (await fs.promises.stat(path.join(folder, name))).size;

  return {
    fileNames,
    bytes,
    async open(fileName) {
      if (!fileNames.includes(fileName))
        throw new RosterSourceError("notFound", { path: fileName });
      return fs.createReadStream(path.join(folder, fileName));
    },
    async close() {},
  };
}

/** A zip starts with a local file header, or with the end record when it is empty. */
async function startsLikeZip(file: string) {
  const handle = await fs.promises.open(file, "r");
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(4), 0, 4, 0);
    const magic = buffer.subarray(0, bytesRead).toString("latin1");
    return magic === "PK\u0003\u0004" || magic === "PK\u0005\u0006";
  } finally {
    await handle.close();
  }
}

async function readZip(file: string, limits: RosterLimits): Promise<RosterSource> {
  const zip = await yauzl
    .openPromise(file, { lazyEntries: true, autoClose: false })
    .catch((error: unknown) => {
      throw new RosterSourceError("notZip", {
        path: path.basename(file),
        detail: errorText(error),
      });
    });

  try {
    const entries = await listEntries(zip, limits);
    return zipSource(zip, entries, limits);
  } catch (error) {
    zip.close();
    throw error;
  }
}

function zipSource(
  zip: yauzl.ZipFile,
  entries: Map<string, yauzl.Entry>,
  limits: RosterLimits,
): RosterSource {
  let bytes = 0;
  for (const entry of entries.values()) bytes += entry.uncompressedSize;

  return {
    fileNames: [...entries.keys()],
    bytes,
    async open(fileName) {
      const entry = entries.get(fileName);
      if (!entry) throw new RosterSourceError("notFound", { path: fileName });

      const inflating = await zip.openReadStreamPromise(entry).catch(() => {
        throw new RosterSourceError("entryDamaged", { path: fileName });
      });
      const allowed = Math.min(entry.uncompressedSize, limits.maxUncompressedBytes);
      const limited = new ByteLimit(fileName, allowed, entry.crc32);
      inflating.on("error", (error) => limited.destroy(inflateError(fileName, error)));

      return inflating.pipe(limited);
    },
    async close() {
      zip.close();
    },
  };
}

/** Reads the zip's directory, refusing unsafe names and archives that promise too much. */
function listEntries(zip: yauzl.ZipFile, limits: RosterLimits) {
  const files = new Map<string, yauzl.Entry>();
  let count = 0;
  let declaredBytes = 0;

  return new Promise<Map<string, yauzl.Entry>>((resolve, reject) => {
    zip.on("error", (error: unknown) => reject(entryError(error)));
    zip.on("end", () => resolve(files));
    zip.on("entry", (entry: yauzl.Entry) => {
      count += 1;
      declaredBytes += entry.uncompressedSize;
      const refusal = refuseEntry(entry, { count, declaredBytes, limits, files });
      if (refusal) return reject(refusal);

      if (isExportFile(entry.fileName)) files.set(path.posix.basename(entry.fileName), entry);
      zip.readEntry();
    });
    zip.readEntry();
  });
}

function refuseEntry(
  entry: yauzl.Entry,
  seen: {
    count: number;
    declaredBytes: number;
    limits: RosterLimits;
    files: Map<string, { fileName: string }>;
  },
) {
  const { limits } = seen;
  if (seen.count > limits.maxEntries) {
    return new RosterSourceError("tooManyEntries", { limit: limits.maxEntries });
  }
  if (seen.declaredBytes > limits.maxUncompressedBytes) {
    return new RosterSourceError("tooBig", { limit: megabytes(limits.maxUncompressedBytes) });
  }
  if (entry.isEncrypted()) return new RosterSourceError("encrypted", { path: entry.fileName });

  const baseName = path.posix.basename(entry.fileName);
  const first = isExportFile(entry.fileName) ? seen.files.get(baseName) : undefined;
  if (first) {
    // Both paths named: in a zip of folders, the administrator has to find the two to keep one.
    const paths = { path: baseName, first: first.fileName, second: entry.fileName };
    return new RosterSourceError("sameName", paths);
  }

  return undefined;
}

/** Folders, macOS resource forks and hidden files travel in zips but are not the export. */
function isExportFile(name: string) {
  const baseName = path.posix.basename(name);

  return !name.endsWith("/") && !name.startsWith("__MACOSX/") && !baseName.startsWith(".");
}

/** yauzl checks every entry name; its refusals of unsafe names get our own message. */
function entryError(error: unknown) {
  const text = errorText(error);
  const unsafe =
    /^(invalid relative path|absolute path|invalid characters in fileName): (.*)$/.exec(text);
  if (unsafe) return new RosterSourceError("unsafePath", { path: unsafe[2] ?? "" });

  return new RosterSourceError("damaged", { path: "", detail: text });
}

function inflateError(fileName: string, error: unknown) {
  if (error instanceof RosterSourceError) return error;

  const text = errorText(error);
  // yauzl's own check that an entry inflates to no more than its header says.
  if (text.startsWith("too many bytes in the stream")) {
    return new RosterSourceError("inflatesTooMuch", { path: fileName });
  }

  // The unpacking library's own words ("not enough bytes in the stream", "invalid distance")
  // say nothing to an administrator: the entry is named damaged, and what to do about it.
  return new RosterSourceError("entryDamaged", { path: fileName });
}

/**
 * Stops a stream once it has passed more bytes than allowed, and checks at its end the zip's
 * checksum of the entry: yauzl does not, and a byte changed in a stored (uncompressed) entry
 * would otherwise import as a different class or person without a word.
 */
class ByteLimit extends Transform {
  private seen = 0;
  private crc = 0;

  constructor(
    private readonly fileName: string,
    private readonly allowed: number,
    private readonly expectedCrc: number,
  ) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback) {
    this.seen += chunk.length;
    if (this.seen > this.allowed) {
      return done(new RosterSourceError("inflatesTooMuch", { path: this.fileName }));
    }
    this.crc = zlib.crc32(chunk, this.crc);

    done(null, chunk);
  }

  override _flush(done: TransformCallback) {
    if (this.crc >>> 0 !== this.expectedCrc >>> 0) {
      return done(new RosterSourceError("checksum", { path: this.fileName }));
    }

    done();
  }
}

const megabytes = (bytes: number) => Math.round((bytes / 1024 ** 2) * 10) / 10;

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));
