// Command-line options shared by `lint` and `fix`, and the files they name.

import { readFileBytes, readStdinText, type DecodedText } from '../node/read';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { isProfileName, msg, PROFILE_NAMES } from '../engine';
import type { Say } from './lang';
import { expandPaths, GlobError, shard } from './files';
import type { CliFlags } from './options';

export class UsageError extends Error {}

export const COMMON_OPTIONS = {
  profile: { type: 'string' },
  lang: { type: 'string' },
  ext: { type: 'string', multiple: true },
  'stdin-filename': { type: 'string' },
  config: { type: 'string' },
  shard: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const satisfies ParseArgsConfig['options'];

export function parse<O extends NonNullable<ParseArgsConfig['options']>>(argv: readonly string[], options: O) {
  try {
    return parseArgs({ args: [...argv], allowPositionals: true, strict: true, options });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

export function cliFlags(values: { profile?: string; lang?: string; config?: string }, say: Say): CliFlags {
  const { profile, lang, config } = values;
  if (profile !== undefined && !isProfileName(profile)) throw new UsageError(say(msg('unknown profile \'{0}\' (use {1})', profile, PROFILE_NAMES.join(', '))));
  if (lang !== undefined && lang !== 'vi' && lang !== 'en') throw new UsageError(say(msg('unknown language \'{0}\' (use vi, en)', lang)));
  if (config !== undefined) {
    try {
      // Through the one reader: a FIFO or a device named by --config is refused at once, never waited on.
      readFileBytes(config, 'config');
    } catch (error) {
      throw new UsageError(say(msg('cannot read the configuration {0}: {1}', config, (error as Error).message)));
    }
  }
  return { profile, language: lang, config };
}

export function maxJobs(jobs: string | undefined, say: Say): number | undefined {
  if (jobs === undefined) return undefined;
  const n = Number(jobs);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(say(msg('--jobs wants a whole number of at least 1, not \'{0}\'', jobs)));
  return n;
}

export interface Inputs {
  readonly files: string[];
  readonly missing: string[];
  /** Inputs refused or matching nothing: said on standard error, exit 2. */
  readonly problems: string[];
  /** Said on standard error without failing the run (a symlink loop, a dangling link). */
  readonly notes: string[];
  /** The text read from '-' (decoded by the one policy), with the name it goes by. */
  readonly stdin?: { readonly name: string } & DecodedText;
}

/** Expands paths, folders and globs; `-` reads standard input once. */
export function inputs(positionals: readonly string[], values: { ext?: string[]; 'stdin-filename'?: string; shard?: string }, say: Say, readStdin: () => DecodedText = () => readStdinText()): Inputs {
  if (positionals.length === 0) throw new UsageError(say(msg('no files given')));
  const dashes = positionals.filter((arg) => arg === '-').length;
  if (dashes > 1) throw new UsageError(say(msg('standard input (-) can be read only once')));
  if (values['stdin-filename'] !== undefined && dashes === 0) throw new UsageError(say(msg('--stdin-filename goes with - (standard input)')));
  const asked = (values.ext ?? []).map((ext) => (ext.startsWith('.') ? ext : `.${ext}`));
  let found;
  try {
    found = expandPaths(positionals.filter((arg) => arg !== '-'), { extensions: ['.vanban', ...asked], askedExtensions: asked }, say);
  } catch (error) {
    if (error instanceof GlobError) throw new UsageError(error.message);
    throw error;
  }
  let files = found.files;
  if (values.shard !== undefined) {
    try {
      files = shard(files, values.shard, say);
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
  }
  const stdin = dashes ? { name: values['stdin-filename'] ?? '<stdin>', ...readStdin() } : undefined;
  return { files, missing: found.missing, problems: found.problems, notes: found.notes, stdin };
}
