// The .docx container: a zip read with fflate, within limits. Pure: bytes in, the named parts out.
// Two passes: the central directory (fflate's unzipSync with a filter that keeps nothing) gives every
// entry's declared sizes, checked against the limits before anything is inflated; then the parts we need
// are inflated by fflate's streaming Unzip in small chunks, counting what comes out, and stopped as soon as
// an entry gives more than it declared or than the limit (a zip bomb lies in its headers).

import { Unzip, UnzipInflate, unzipSync, type UnzipFile } from 'fflate';
import { localize, msg, type Message } from '../l10n/localize';

/** Why a file could not be read as a Word document. */
export type WordErrorKind = 'encrypted' | 'legacy-doc' | 'not-zip' | 'corrupt' | 'not-docx' | 'too-large';

export class WordError extends Error {
  constructor(readonly kind: WordErrorKind, readonly detail: Message) {
    super(localize('en', detail));
  }
}

export interface ZipLimits {
  /** Most entries the archive may list (a .docx has a few dozen). */
  readonly maxEntries: number;
  /** Most bytes one part we read may inflate to. */
  readonly maxPartBytes: number;
  /** Most bytes all the parts we read may inflate to together. */
  readonly maxTotalBytes: number;
}

export const DEFAULT_LIMITS: ZipLimits = { maxEntries: 5000, maxPartBytes: 12 * 1024 * 1024, maxTotalBytes: 24 * 1024 * 1024 };

/** Compressed bytes given to the inflater at a time: bounds what one step can produce (deflate's ratio is at most ~1032:1). */
const CHUNK = 8 * 1024;

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Reads the parts `wanted` accepts (by name) out of a zip, within the limits. */
export function readZip(bytes: Uint8Array, wanted: (name: string) => boolean, limits: ZipLimits = DEFAULT_LIMITS): Map<string, Uint8Array> {
  if (startsWith(bytes, OLE_MAGIC)) {
    // An OLE compound file: either a password-protected .docx (its EncryptionInfo stream) or a Word 97-2003 .doc.
    if (hasUtf16(bytes, 'EncryptionInfo') || hasUtf16(bytes, 'EncryptedPackage')) throw new WordError('encrypted', msg('The file is encrypted (password-protected); save it without a password and try again'));
    throw new WordError('legacy-doc', msg('This is an old Word file (.doc, OLE compound file), not a .docx; save it as .docx in Word or LibreOffice'));
  }
  if (!(bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b)) throw new WordError('not-zip', msg('The file is not a .docx (not a zip container)'));

  // Pass 1: the central directory, nothing inflated.
  const declared = new Map<string, number>();
  let entries = 0;
  let total = 0;
  try {
    unzipSync(bytes, {
      filter(file) {
        if (++entries > limits.maxEntries) throw new WordError('too-large', msg('The file is too large: {0}', msg('The archive lists more than {0} entries', limits.maxEntries)));
        if (!wanted(file.name)) return false;
        if (file.compression !== 0 && file.compression !== 8) throw new WordError('corrupt', msg('The part {0} uses an unknown compression', file.name));
        if (file.originalSize > limits.maxPartBytes) throw new WordError('too-large', msg('The file is too large: {0}', msg('The part {0} declares {1} bytes, more than the limit of {2}', file.name, file.originalSize, limits.maxPartBytes)));
        total += file.originalSize;
        if (total > limits.maxTotalBytes) throw new WordError('too-large', msg('The file is too large: {0}', msg('The parts to read declare more than {0} bytes together', limits.maxTotalBytes)));
        declared.set(file.name, file.originalSize);
        return false;
      },
    });
  } catch (error) {
    if (error instanceof WordError) throw error;
    throw new WordError('corrupt', msg('The zip container is damaged or truncated ({0})', String((error as Error).message ?? error)));
  }

  // Pass 2: inflate the wanted parts, counting.
  const parts = new Map<string, Uint8Array>();
  let failure: WordError | undefined;
  let inflated = 0;
  const unzip = new Unzip((file: UnzipFile) => {
    const limit = declared.get(file.name);
    if (limit === undefined || parts.has(file.name) || failure) return; // not wanted, or a duplicate name
    const chunks: Uint8Array[] = [];
    let size = 0;
    file.ondata = (error, chunk, final) => {
      if (failure) return;
      if (error) {
        failure = new WordError('corrupt', msg('The part {0} is damaged ({1})', file.name, error.message));
        return;
      }
      size += chunk.length;
      inflated += chunk.length;
      if (size > limit || inflated > limits.maxTotalBytes) {
        failure = new WordError('too-large', msg('The file is too large: {0}', msg('The part {0} inflates past its declared size of {1} bytes', file.name, limit)));
        file.terminate();
        return;
      }
      chunks.push(chunk);
      if (final) {
        parts.set(file.name, concat(chunks, size));
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; at < bytes.length && !failure; at += CHUNK) {
      unzip.push(bytes.subarray(at, Math.min(bytes.length, at + CHUNK)), at + CHUNK >= bytes.length);
    }
  } catch (error) {
    if (!failure) failure = new WordError('corrupt', msg('The zip container is damaged or truncated ({0})', String((error as Error).message ?? error)));
  }
  if (failure) throw failure;
  for (const name of declared.keys()) {
    if (!parts.has(name)) throw new WordError('corrupt', msg('The part {0} is damaged or truncated', name));
  }
  return parts;
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((byte, i) => bytes[i] === byte);
}

/**
 * Whether the UTF-16LE form of an ASCII name occurs in the bytes (a stream name in an OLE directory). The
 * whole file is searched: the directory of a large encrypted package lies past its first megabytes
 * (such a file was called something else). One pass; a mismatch restarts at the next byte only.
 */
function hasUtf16(bytes: Uint8Array, name: string): boolean {
  const needle = [...name].flatMap((ch) => [ch.charCodeAt(0), 0]);
  const first = needle[0];
  const limit = bytes.length - needle.length;
  outer: for (let i = bytes.indexOf(first); i >= 0 && i <= limit; i = bytes.indexOf(first, i + 1)) {
    for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}
