// Finding and loading `.vanbanrc.json` on disk: the nearest one upward from a document. Used by the
// language server and the CLI. A file that cannot be read or parsed gives problems and the defaults.

import { statSync } from 'node:fs';
import { invalidTextMessage, readTextFile, ReadError } from '../node/read';
import { dirname, join, parse as parsePath, resolve } from 'node:path';
import { CONFIG_FILE_NAME, parseConfig, type ConfigProblem } from '../engine/config/config';
import { msg } from '../engine/l10n/localize';
import type { LintOptions } from '../engine/lint';

export interface LoadedConfig {
  /** The options the file sets validly; empty when there is no file or it is broken. */
  readonly options: LintOptions;
  /** The file read, if one was found. */
  readonly configPath?: string;
  readonly problems: ConfigProblem[];
}

/** The nearest `.vanbanrc.json` in the document's folder or above it, if any. */
export function findConfig(documentPath: string): string | undefined {
  let folder = dirname(resolve(documentPath));
  const { root } = parsePath(folder);
  for (;;) {
    const candidate = join(folder, CONFIG_FILE_NAME);
    if (isFile(candidate)) return candidate;
    if (folder === root) return undefined;
    const parent = dirname(folder);
    if (parent === folder) return undefined;
    folder = parent;
  }
}

/** Reads and validates one config file (an explicit `--config F`, say). */
export function loadConfigFile(path: string): LoadedConfig {
  let text: string;
  try {
    // The one reader: a FIFO, a device or a link to one refused at once; the size limit before reading.
    const decoded = readTextFile(path, 'config');
    if (decoded.invalid) throw new ReadError(invalidTextMessage(decoded.invalid));
    text = decoded.text;
  } catch (error) {
    const reason = error instanceof ReadError ? error.detail : error instanceof Error ? error.message : String(error);
    return {
      options: {}, configPath: path,
      problems: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, message: msg('The configuration cannot be read ({0}): the defaults are used', reason), severity: 'error' }],
    };
  }
  const parsed = parseConfig(text.replace(/^\uFEFF/, ''));
  return { options: parsed.options, configPath: path, problems: parsed.problems };
}

/** The configuration that applies to a document: its nearest `.vanbanrc.json`, or none. */
export function loadConfigFor(documentPath: string): LoadedConfig {
  const path = findConfig(documentPath);
  return path ? loadConfigFile(path) : { options: {}, problems: [] };
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
