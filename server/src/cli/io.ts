// What a command may touch of its process, so the commands are testable and the entry stays thin.

import { randomBytes } from 'node:crypto';
import { closeSync, constants, fstatSync, fsyncSync, openSync, readFileSync, readSync, renameSync, statSync, unlinkSync, writeSync, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export interface Io {
  out(text: string): void;
  err(text: string): void;
  readStdin(): string;
  readonly outIsTTY: boolean;
  /** Where a progress bar is drawn (only when it is a terminal). */
  readonly errStream: NodeJS.WriteStream;
  readonly env: NodeJS.ProcessEnv;
  /** The script worker threads run: the CLI bundle itself. */
  readonly workerScript: string;
}

export function processIo(workerScript: string): Io {
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    readStdin: () => readFileSync(0, 'utf8'),
    outIsTTY: process.stdout.isTTY === true,
    errStream: process.stderr,
    env: process.env,
    workerScript,
  };
}

// ---------------------------------------------------------------------------------------------------
// Reading and writing one draft (issue 12: `fix` never loses data). A draft is read only when it is a
// regular file within the size limit, refused up front otherwise (a FIFO would block, /dev/zero would
// never end); its bytes are checked as UTF-8 rather than decoded lossily; it is written to a temporary
// file in the same folder, flushed, then renamed over the draft, so a failed write (a full disk, a
// file-size limit) leaves the draft as it was. Its mode is kept; a BOM is part of the text and kept with it.


/** Larger files are refused before reading (a draft is rarely above a megabyte; the engine's own large-document mode starts at 2 M characters). */
export const MAX_DRAFT_BYTES = 64 * 1024 * 1024;

/** A draft that cannot be read or written, with the reason in plain words. */
export class DraftError extends Error {}

export interface InvalidUtf8 {
  /** Offset of the first byte that is not valid UTF-8. */
  readonly offset: number;
  readonly line: number;
  /** UTF-16 column of the bad byte, counting the valid text before it on its line. */
  readonly character: number;
  readonly byte: number;
}

export interface Draft {
  /** The text, with a BOM if the file had one. */
  readonly text: string;
  readonly mode: number;
  /** Set when the bytes are not valid UTF-8: `text` is then decoded lossily (U+FFFD) and must not be written back. */
  readonly invalid?: InvalidUtf8;
}

const describe = (stats: Stats) =>
  stats.isFIFO() ? 'a named pipe (FIFO)' : stats.isCharacterDevice() ? 'a character device' : stats.isBlockDevice() ? 'a block device'
    : stats.isSocket() ? 'a socket' : stats.isDirectory() ? 'a folder' : 'not a regular file';

export function readDraft(path: string, limit = MAX_DRAFT_BYTES): Draft {
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch (error) {
    throw new DraftError((error as Error).message);
  }
  if (!stats.isFile()) throw new DraftError(`${path} is ${describe(stats)}, not a draft`);
  if (stats.size > limit) throw new DraftError(`${path} is ${stats.size} bytes, above the limit of ${limit} bytes for a draft`);
  // O_NONBLOCK: if the path was swapped for a FIFO since the check, opening it does not hang.
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw new DraftError((error as Error).message);
  }
  try {
    const opened = fstatSync(fd);
    if (!opened.isFile()) throw new DraftError(`${path} is ${describe(opened)}, not a draft`);
    const bytes = Buffer.alloc(Math.min(opened.size, limit) + 1);
    let length = 0;
    for (let read = -1; read !== 0 && length < bytes.length; length += read) read = readSync(fd, bytes, length, bytes.length - length, null);
    if (length > limit) throw new DraftError(`${path} grew above the limit of ${limit} bytes while being read`);
    const content = bytes.subarray(0, length);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(content);
    const invalid = firstInvalidUtf8(content);
    return { text, mode: opened.mode & 0o7777, ...(invalid ? { invalid } : {}) };
  } finally {
    closeSync(fd);
  }
}

/** Where the bytes stop being UTF-8 (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF), if they do. */
export function firstInvalidUtf8(bytes: Uint8Array): InvalidUtf8 | undefined {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i];
    let length = 0;
    let min = 0;
    if (b < 0x80) length = 1;
    else if (b >= 0xc2 && b <= 0xdf) { length = 2; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { length = 3; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { length = 4; min = 0x10000; }
    let ok = length > 0 && i + length <= bytes.length;
    let code = length === 1 ? b : b & (0xff >> (length + 1));
    for (let k = 1; ok && k < length; k++) {
      const c = bytes[i + k];
      if ((c & 0xc0) !== 0x80) ok = false;
      code = (code << 6) | (c & 0x3f);
    }
    if (ok && length > 1 && (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))) ok = false;
    if (!ok) {
      const character = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(lineStart, i)).length;
      return { offset: i, line, character, byte: b };
    }
    if (b === 0x0a || (b === 0x0d && bytes[i + 1] !== 0x0a)) { line++; lineStart = i + 1; }
    i += length;
  }
  return undefined;
}

/**
 * Replaces the file at `path` with `text` atomically: a temporary file in the same folder (same file
 * system, so the rename is atomic), written whole, flushed to disk, given the draft's mode, then renamed
 * over it, and the folder flushed. On any failure the temporary file is removed and the draft is untouched.
 */
export function writeDraftAtomic(path: string, text: string | Uint8Array, mode: number): void {
  const folder = dirname(path);
  const temporary = join(folder, `.${basename(path)}.vanban-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temporary, 'wx', mode & 0o777);
    const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
    for (let written = 0; written < bytes.length;) written += writeSync(fd, bytes, written, bytes.length - written);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temporary, path);
  } catch (error) {
    if (fd !== undefined) try { closeSync(fd); } catch { /* already failing */ }
    try { unlinkSync(temporary); } catch { /* never created */ }
    throw new DraftError((error as Error).message);
  }
  try {
    const dir = openSync(folder, 'r');
    try { fsyncSync(dir); } finally { closeSync(dir); }
  } catch {
    // Some file systems cannot flush a folder; the rename itself is done.
  }
}
