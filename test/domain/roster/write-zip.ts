import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

/*
 * A small zip writer for tests: honest archives of a folder, and dishonest ones (names that
 * climb out of the export, entries that inflate to more than their headers say) that no
 * ordinary zip tool would make.
 */

export interface ZipEntry {
  name: string;
  data: Buffer;
  /** The uncompressed size the headers claim; the real size when not given. */
  declaredSize?: number;
  /** The checksum the headers claim; the data's own when not given. */
  declaredCrc?: number;
}

export function zipBytes(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;

  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    const packed = zlib.deflateRawSync(entry.data);
    const fields = {
      crc: entry.declaredCrc ?? zlib.crc32(entry.data),
      packedSize: packed.length,
      size: entry.declaredSize ?? entry.data.length,
      nameLength: name.length,
    };
    const local = Buffer.concat([localHeader(fields), name, packed]);
    centrals.push(Buffer.concat([centralHeader(fields, offset), name]));
    locals.push(local);
    offset += local.length;
  }

  const central = Buffer.concat(centrals);
  return Buffer.concat([...locals, central, endRecord(entries.length, central.length, offset)]);
}

interface HeaderFields {
  crc: number;
  packedSize: number;
  size: number;
  nameLength: number;
}

const utf8Names = 0x0800;
const deflate = 8;

function localHeader(fields: HeaderFields) {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(utf8Names, 6);
  header.writeUInt16LE(deflate, 8);
  header.writeUInt32LE(fields.crc, 14);
  header.writeUInt32LE(fields.packedSize, 18);
  header.writeUInt32LE(fields.size, 22);
  header.writeUInt16LE(fields.nameLength, 26);

  return header;
}

function centralHeader(fields: HeaderFields, localOffset: number) {
  const header = Buffer.alloc(46);
  header.writeUInt32LE(0x02014b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(20, 6);
  header.writeUInt16LE(utf8Names, 8);
  header.writeUInt16LE(deflate, 10);
  header.writeUInt32LE(fields.crc, 16);
  header.writeUInt32LE(fields.packedSize, 20);
  header.writeUInt32LE(fields.size, 24);
  header.writeUInt16LE(fields.nameLength, 28);
  header.writeUInt32LE(localOffset, 42);

  return header;
}

function endRecord(count: number, centralSize: number, centralOffset: number) {
  const record = Buffer.alloc(22);
  record.writeUInt32LE(0x06054b50, 0);
  record.writeUInt16LE(count, 8);
  record.writeUInt16LE(count, 10);
  record.writeUInt32LE(centralSize, 12);
  record.writeUInt32LE(centralOffset, 16);

  return record;
}

/** The files of a folder as zip entries, optionally inside a folder of the archive. */
export function entriesOf(folder: string, prefix = ""): ZipEntry[] {
  return fs
    .readdirSync(folder)
    .sort()
    .map((name) => ({ name: `${prefix}${name}`, data: fs.readFileSync(path.join(folder, name)) }));
}

export function writeZip(file: string, entries: ZipEntry[]) {
  fs.writeFileSync(file, zipBytes(entries));

  return file;
}
