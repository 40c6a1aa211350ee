// The one way in: every file the tool reads (drafts, .docx, --config, .vanbanrc.json, .vanbanignore, the
// import input) and standard input go through here (a test greps the sources for any other read).
// A file is read only when the opened descriptor is a regular file: it is opened non-blocking (a FIFO
// cannot block the open) and checked with fstat (a link to /dev/zero or a FIFO is refused at once, with a
// message naming the file), within one size limit per kind, read past the limit never. Text has one
// decoding policy for files and standard input alike: UTF-8 is read, UTF-16 with a BOM is read, anything
// else is reported with the legacy encoding it most likely is (the caller refuses to write it back).

import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { detectLegacy, ENCODING_NAMES, type Detection } from '../engine/text/legacy';
import { localize, msg, type Message } from '../engine/l10n/localize';

export type FileKind = 'draft' | 'docx' | 'config' | 'ignore' | 'stdin';

/** Bytes above which a file of each kind is refused, before it is read. */
export const SIZE_LIMITS: Readonly<Record<FileKind, number>> = {
  draft: 64 * 1024 * 1024,
  // The .docx reader bounds what the parts inflate to; the container itself is small.
  docx: 64 * 1024 * 1024,
  // parseConfig refuses more than 1,000,000 characters; four bytes each at most.
  config: 4_000_000,
  ignore: 1024 * 1024,
  stdin: 64 * 1024 * 1024,
};

/** A file (or standard input) that is not read, with the reason. */
export class ReadError extends Error {
  constructor(readonly detail: Message) {
    super(localize('en', detail));
  }
}

export interface FileBytes {
  readonly bytes: Uint8Array;
  /** The opened file's status (mode, owner, links), for a writer that must keep them. */
  readonly stats: Stats;
}

const kindOf = (stats: Stats): Message =>
  stats.isFIFO() ? msg('a named pipe (FIFO)') : stats.isCharacterDevice() ? msg('a character device') : stats.isBlockDevice() ? msg('a block device')
    : stats.isSocket() ? msg('a socket') : stats.isDirectory() ? msg('a folder') : msg('a special file');

/**
 * Opens a path for reading and checks, on the opened descriptor, that it is a regular file: a FIFO, a device,
 * a folder or a link to one is refused at once (ReadError naming the file). The caller closes the descriptor.
 */
function openRegularFile(path: string): { fd: number; stats: Stats } {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO without a writer returns at once instead of waiting for one.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw new ReadError(msg('{0} cannot be opened ({1})', path, (error as Error).message));
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new ReadError(msg('{0} is {1}, not a regular file: not read', path, kindOf(stats)));
    return { fd, stats };
  } catch (error) {
    closeSync(fd);
    throw error;
  }
}

/** The bytes of a regular file, refused (ReadError) when it is anything else or larger than its kind allows. */
export function readFileBytes(path: string, kind: FileKind): FileBytes {
  const limit = SIZE_LIMITS[kind];
  const { fd, stats } = openRegularFile(path);
  try {
    if (stats.size > limit) throw new ReadError(msg('{0} is {1} bytes, above the limit of {2} bytes for this kind of file', path, stats.size, limit));
    return { bytes: readAll(fd, limit, path, Math.min(stats.size, limit) + 1), stats };
  } finally {
    closeSync(fd);
  }
}

/** Standard input's bytes, within the limit (a pipe from /dev/zero stops there). */
export function readStdinBytes(limit = SIZE_LIMITS.stdin, fd = 0): Uint8Array {
  return readAll(fd, limit, '-', 64 * 1024);
}

function readAll(fd: number, limit: number, name: string, initial: number): Uint8Array {
  let buffer = Buffer.alloc(initial);
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length > limit) break;
      const grown = Buffer.alloc(Math.min(limit + 1, buffer.length * 2));
      buffer.copy(grown, 0, 0, length);
      buffer = grown;
    }
    let read: number;
    try {
      read = readSync(fd, buffer, length, buffer.length - length, null);
    } catch (error) {
      // A non-blocking pipe with nothing yet: wait a little and read again.
      if ((error as NodeJS.ErrnoException).code === 'EAGAIN') { Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10); continue; }
      if ((error as NodeJS.ErrnoException).code === 'EOF') break;
      throw new ReadError(msg('{0} cannot be read ({1})', name, (error as Error).message));
    }
    if (read === 0) break;
    length += read;
    if (length > limit) throw new ReadError(msg('{0} is above the limit of {1} bytes for this kind of file', name, limit));
  }
  // A plain Uint8Array, not a Buffer: Buffer's slice() shares memory where Uint8Array's copies, and the engine
  // (which knows no Buffer) relies on the copy.
  return new Uint8Array(buffer.buffer, buffer.byteOffset, length);
}

export interface InvalidUtf8 {
  /** Offset of the first byte that is not valid UTF-8. */
  readonly offset: number;
  readonly line: number;
  /** UTF-16 column of the bad byte, counting the valid text before it on its line. */
  readonly character: number;
  readonly byte: number;
  /** The legacy encoding the bytes most likely are, and how sure. */
  readonly legacy: Detection;
}

export interface DecodedText {
  /** The text, with a BOM (U+FEFF) if the bytes had one. */
  readonly text: string;
  readonly encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
  /** Set when the bytes are neither UTF-8 nor UTF-16 with a BOM: `text` is then decoded lossily and must not be written back. */
  readonly invalid?: InvalidUtf8;
}

/** One decoding policy for every text the tool reads. */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le', { ignoreBOM: true }).decode(bytes), encoding: 'utf-16le' };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be', { ignoreBOM: true }).decode(bytes), encoding: 'utf-16be' };
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const bad = firstInvalidUtf8(bytes);
  return bad ? { text, encoding: 'utf-8', invalid: { ...bad, legacy: detectLegacy(bytes) } } : { text, encoding: 'utf-8' };
}

/** Text back to bytes in the encoding it was read in (a BOM is part of the text). */
export function encodeText(text: string, encoding: DecodedText['encoding']): Uint8Array {
  if (encoding === 'utf-8') return Buffer.from(text, 'utf8');
  const le = Buffer.from(text, 'utf16le');
  if (encoding === 'utf-16be') le.swap16();
  return le;
}

/** A text file read and decoded: the decoded text and the file's status. */
export function readTextFile(path: string, kind: FileKind): DecodedText & { readonly stats: Stats } {
  const { bytes, stats } = readFileBytes(path, kind);
  return { ...decodeText(bytes), stats };
}

/** Standard input read and decoded by the same policy. */
export function readStdinText(fd = 0): DecodedText {
  return decodeText(readStdinBytes(SIZE_LIMITS.stdin, fd));
}

/** How a text that is not UTF-8 is described to the user: where, and the encoding it most likely is. */
export function invalidTextMessage(invalid: InvalidUtf8): Message {
  const { legacy } = invalid;
  const where = msg('byte 0x{0} at offset {1}, line {2}, column {3}', invalid.byte.toString(16).padStart(2, '0'), invalid.offset, invalid.line + 1, invalid.character + 1);
  if (legacy.encoding === 'unknown') return msg('not valid UTF-8 ({0}); its encoding is unknown', where);
  return msg('not valid UTF-8 ({0}): most likely {1} ({2}% sure); vanban convert turns it into Unicode', where, ENCODING_NAMES[legacy.encoding], Math.round(legacy.confidence * 100));
}

/** Where the bytes stop being UTF-8 (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF), if they do. */
export function firstInvalidUtf8(bytes: Uint8Array): Omit<InvalidUtf8, 'legacy'> | undefined {
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

/** The first `count` bytes of a regular file (to tell text from binary), under the same checks as readFileBytes. */
export function readFileHead(path: string, count: number): Uint8Array {
  const { fd } = openRegularFile(path);
  try {
    const buffer = new Uint8Array(count);
    const read = readSync(fd, buffer, 0, count, 0);
    return buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}
