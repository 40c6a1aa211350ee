// What a command may touch of its process, so the commands are testable and the entry stays thin.

import { encodeText, readStdinText, readTextFile, type DecodedText, type InvalidUtf8 } from '../node/read';
import { writeFileAtomic, type WriteOptions } from '../node/write';

export type { InvalidUtf8 } from '../node/read';
import type { Message } from '../engine';
import type { Say } from './lang';

export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Standard input, decoded by the one policy (node/read.ts). */
  readStdin(): DecodedText;
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
    readStdin: () => readStdinText(),
    outIsTTY: process.stdout.isTTY === true,
    errStream: process.stderr,
    env: process.env,
    workerScript,
  };
}

// ---------------------------------------------------------------------------------------------------
// Reading and writing one draft: through the one reader (node/read.ts: regular files only, within the
// limit, one decoding policy) and the one atomic writer (node/write.ts).

/** A draft that cannot be read or written, with the reason in plain words (`detail`: to be said in the CLI's language). */
export class DraftError extends Error {
  constructor(message: string, readonly detail?: Message) {
    super(message);
  }
}

/** Why a read or a write failed, in the CLI's language when the reader or writer said it as a message. */
export function reason(error: unknown, say: Say): string {
  const detail = (error as { detail?: Message } | undefined)?.detail;
  return detail && typeof detail === 'object' && 'text' in detail ? say(detail) : String((error as Error)?.message ?? error);
}

export interface Draft {
  /** The text, with a BOM if the file had one. */
  readonly text: string;
  readonly mode: number;
  /** The encoding it is written back in (UTF-8, or UTF-16 when it came with a BOM). */
  readonly encoding: DecodedText['encoding'];
  /** Set when the bytes are not valid UTF-8: `text` is then decoded lossily (U+FFFD) and must not be written back. */
  readonly invalid?: InvalidUtf8;
}

export function readDraft(path: string): Draft {
  try {
    const { text, encoding, invalid, stats } = readTextFile(path, 'draft');
    return { text, encoding, mode: stats.mode & 0o7777, ...(invalid ? { invalid } : {}) };
  } catch (error) {
    throw new DraftError((error as Error).message, (error as { detail?: Message }).detail);
  }
}

/** Replaces (or creates) the file at `path` atomically (node/write.ts), the text in its encoding. */
export function writeDraftAtomic(path: string, text: string | Uint8Array, options: WriteOptions & { encoding?: DecodedText['encoding'] } = {}): string {
  try {
    return writeFileAtomic(path, typeof text === 'string' ? encodeText(text, options.encoding ?? 'utf-8') : text, options);
  } catch (error) {
    throw new DraftError((error as Error).message, (error as { detail?: Message }).detail);
  }
}
