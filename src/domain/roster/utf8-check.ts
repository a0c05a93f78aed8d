import { isUtf8 } from "node:buffer";
import { Transform, type TransformCallback } from "node:stream";

/** A roster file with bytes that are not UTF-8, and the first line that holds them. */
export class NotUtf8Error extends Error {
  constructor(readonly line: number) {
    super(`not UTF-8 at line ${line}`);
    this.name = "NotUtf8Error";
  }
}

/**
 * Stops at the first line that is not UTF-8. The CSV parser would quietly turn such bytes into
 * U+FFFD, and an export saved as Windows-1252 would import every accented name garbled. Lines
 * are counted on LF alone, so this runs after line endings are made one.
 */
export class Utf8Check extends Transform {
  private line = 1;
  /** The start of a character whose bytes continue in the next chunk. */
  private carried = Buffer.alloc(0);

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback) {
    const bytes = this.carried.length > 0 ? Buffer.concat([this.carried, chunk]) : chunk;
    const whole = bytes.length - unfinishedTail(bytes);
    const part = bytes.subarray(0, whole);
    this.carried = Buffer.from(bytes.subarray(whole));

    if (!isUtf8(part)) return done(new NotUtf8Error(this.line + badLineOffset(part)));
    this.line += countLineFeeds(part);

    done(null, part);
  }

  override _flush(done: TransformCallback) {
    done(this.carried.length > 0 ? new NotUtf8Error(this.line) : null);
  }
}

/** How many bytes at the end start a character that the next chunk may complete. */
function unfinishedTail(bytes: Buffer) {
  for (let back = 1; back <= Math.min(3, bytes.length); back += 1) {
    const byte = bytes[bytes.length - back] ?? 0;
    if ((byte & 0xc0) === 0x80) continue;
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;

    return length > back ? back : 0;
  }

  return 0;
}

/** Which line of the part (0 for its first) holds the first byte that is not UTF-8. */
function badLineOffset(part: Buffer) {
  let offset = 0;
  let start = 0;
  while (start <= part.length) {
    const end = part.indexOf(0x0a, start);
    const line = part.subarray(start, end < 0 ? part.length : end);
    if (!isUtf8(line)) return offset;
    if (end < 0) break;
    start = end + 1;
    offset += 1;
  }

  return offset;
}

function countLineFeeds(part: Buffer) {
  let count = 0;
  for (let at = part.indexOf(0x0a); at >= 0; at = part.indexOf(0x0a, at + 1)) count += 1;

  return count;
}
