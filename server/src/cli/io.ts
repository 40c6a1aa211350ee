// What a command may touch of its process, so the commands are testable and the entry stays thin.

import { readFileSync } from 'node:fs';

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
