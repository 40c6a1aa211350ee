// Which files a CLI invocation names. Files named are taken whatever their extension; folders are walked
// for `*.vanban` (or --ext); globs (`drafts/**/*.{vanban,txt}`) are matched by picomatch from their fixed
// base; `!pattern` removes what it matches; `.vanbanignore` files (gitignore syntax, through `ignore`)
// prune folders and globs. Symbolic links inside folders are followed once (a loop is reported, never
// walked twice); binary files and special files (FIFOs, devices) are refused with a message, never read
// blindly: a FIFO would block forever, /dev/zero would fill memory.

import { lstatSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { isSymbolicLink } from '../node/write';
import { readFileHead, readTextFile, ReadError } from '../node/read';
import { isWordFile } from './word';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
import { msg } from '../engine';
import type { Say } from './lang';

const IGNORE_FILE = '.vanbanignore';
/**
 * picomatch compiles a glob to a regular expression with one lazy `[^/]*?` per `*`: a segment with k stars
 * costs up to n^k steps on a name of n characters (eight `*a` took seconds on one name). Three per
 * segment keeps the worst case for a 255-character file name under a few million steps.
 */
const MAX_STARS_PER_SEGMENT = 3;

export class GlobError extends Error {}

/** Refuses a glob whose matching could take super-linear time in practice (see MAX_STARS_PER_SEGMENT). */
function assertTractableGlob(glob: string, say: Say): void {
  for (const segment of toPosix(glob).split('/')) {
    if (segment === '**') continue;
    const stars = (segment.match(/\*+/g) ?? []).length;
    if (stars > MAX_STARS_PER_SEGMENT) throw new GlobError(say(msg('the glob \'{0}\' has {1} * in one path segment; at most {2} are allowed (each one multiplies the matching time)', glob, stars, MAX_STARS_PER_SEGMENT)));
  }
}

/** How many leading bytes decide whether a file is text. */
const SNIFF_BYTES = 8192;

export interface Discovery {
  /** The drafts, each once, in a stable order (arguments in order; inside a folder, sorted). */
  readonly files: string[];
  /** Arguments naming nothing that exists. */
  readonly missing: string[];
  /** Refusals that make the run fail (exit 2): binary or special files, inputs that match no draft. */
  readonly problems: string[];
  /** Things said on the way that do not fail the run: a symlink loop, a dangling link. */
  readonly notes: string[];
}

export interface DiscoveryOptions {
  /** Extensions taken from folders and globs-free walks; `.vanban` first. */
  readonly extensions?: readonly string[];
  /** Extensions the user asked for with --ext: their files are linted even when they look binary. */
  readonly askedExtensions?: readonly string[];
  /** Where relative arguments and the top `.vanbanignore` are looked up. */
  readonly cwd?: string;
}

export function expandPaths(args: readonly string[], options: DiscoveryOptions | readonly string[], say: Say): Discovery {
  const opts: DiscoveryOptions = Array.isArray(options) ? { extensions: options as readonly string[] } : options as DiscoveryOptions;
  const cwd = opts.cwd ?? process.cwd();
  const extensions = opts.extensions ?? ['.vanban'];
  const asked = new Set((opts.askedExtensions ?? []).map((ext) => ext.toLowerCase()));
  const files: string[] = [];
  const missing: string[] = [];
  const problems: string[] = [];
  const notes: string[] = [];
  const seen = new Set<string>();

  const negations = args.filter((arg) => arg.startsWith('!') && arg.length > 1).map((arg) => toPosix(arg.slice(1)));
  for (const glob of [...negations, ...args.filter((arg) => picomatch.scan(toPosix(arg)).isGlob)]) assertTractableGlob(glob, say);
  const excluded = negations.length ? picomatch(negations, { dot: true }) : () => false;
  const isExcluded = (path: string) => excluded(toPosix(relative(cwd, resolve(cwd, path)))) || excluded(toPosix(path));

  const take = (path: string, explicit: boolean) => {
    let real: string;
    try {
      real = realpathSync(resolve(cwd, path));
    } catch {
      real = resolve(cwd, path);
    }
    if (!explicit && !extensions.some((e) => path.toLowerCase().endsWith(e.toLowerCase()))) return;
    if (seen.has(real) || isExcluded(path)) return;
    seen.add(real);
    const ext = extname(path).toLowerCase();
    // A Word file goes to the Word reader, which says itself what it cannot read. A file with a draft's
    // extension that is not UTF-8 is a draft in another encoding (TCVN3, VNI, Windows-1258 are still kept in
    // offices): it is read, and the reader reports the encoding; only NUL bytes make it binary.
    const draftLike = extensions.some((e) => e.toLowerCase() === ext);
    if (!asked.has(ext) && !isWordFile(path) && looksBinary(resolve(cwd, path), !draftLike)) {
      problems.push(say(msg('{0}: skipped, not a text file (NUL bytes or invalid UTF-8 at the start); pass --ext {1} to lint it anyway', path, ext.replace(/^\./, '') || '<ext>')));
      return;
    }
    files.push(path);
  };

  for (const arg of args) {
    if (arg.startsWith('!') && arg.length > 1) continue;
    if (picomatch.scan(toPosix(arg)).isGlob) {
      const matched = expandGlob(arg, cwd, notes, problems, say);
      if (matched.length === 0) problems.push(say(msg('{0}: matches no file', arg)));
      for (const path of matched) take(path, true);
      continue;
    }
    let stat: Stats;
    try {
      stat = statSync(resolve(cwd, arg));
    } catch {
      missing.push(arg);
      continue;
    }
    if (stat.isDirectory()) {
      const before = files.length;
      for (const path of walk(arg, cwd, ignoresFor(arg, cwd, problems, say), new Set(), notes, problems, say)) take(path, false);
      if (files.length === before) problems.push(say(msg('{0}: no {1} file in this folder', arg, extensions.map((e) => `*${e}`).join(', '))));
    } else if (stat.isFile()) {
      take(arg, true);
    } else {
      problems.push(say(msg('{0}: refused, not a regular file ({1})', arg, kind(stat, say))));
    }
  }
  return { files, missing, problems, notes };
}

/** NUL bytes (or, with `utf8`, invalid UTF-8) in the first bytes. An unreadable file is left to the reader to report. */
function looksBinary(path: string, utf8 = true): boolean {
  try {
    const head = readFileHead(path, SNIFF_BYTES);
    // UTF-16 with a BOM is text (its ASCII has NUL bytes); the reader decodes it.
    if (head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))) return false;
    if (head.includes(0)) return true;
    if (!utf8) return false;
    // `stream: true` leaves a character cut at the end of the sample undecided instead of invalid.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return false;
  } catch (error) {
    return error instanceof TypeError; // the decoder's complaint; an I/O error is not "binary"
  }
}

function kind(stat: Stats, say: Say): string {
  if (stat.isFIFO()) return say(msg('a FIFO'));
  if (stat.isCharacterDevice()) return say(msg('a character device'));
  if (stat.isBlockDevice()) return say(msg('a block device'));
  if (stat.isSocket()) return say(msg('a socket'));
  return say(msg('a special file'));
}

interface IgnoreFile {
  readonly base: string;
  readonly rules: Ignore;
}

/** The `.vanbanignore` files that govern `dir`: those from the working folder (or the root) down to it. */
function ignoresFor(dir: string, cwd: string, problems: string[], say: Say): IgnoreFile[] {
  const target = resolve(cwd, dir);
  const chain: string[] = [];
  let current = target;
  const stop = target.startsWith(cwd + sep) || target === cwd ? cwd : target;
  for (;;) {
    chain.unshift(current);
    if (current === stop) break;
    const parent = dirname(current);
    if (parent === current) break;
    current = parent;
  }
  return chain.flatMap((folder) => readIgnore(folder, problems, say));
}

/**
 * A folder's `.vanbanignore`, through the one reader: a FIFO or a link to /dev/zero (a link can be committed
 * to a repository) is refused with a message naming it, never read.
 */
function readIgnore(folder: string, problems: string[], say: Say): IgnoreFile[] {
  const path = join(folder, IGNORE_FILE);
  try {
    lstatSync(path);
  } catch {
    return [];
  }
  try {
    const { text, invalid } = readTextFile(path, 'ignore');
    if (invalid) problems.push(say(msg('{0}: not valid UTF-8, its patterns are read as far as they decode', path)));
    return [{ base: folder, rules: ignore().add(text.replace(/^\uFEFF/, '')) }];
  } catch (error) {
    const problem = say(msg('{0}: refused ({1})', path, error instanceof ReadError ? say(error.detail) : (error as Error).message));
    if (!problems.includes(problem)) problems.push(problem);
    return [];
  }
}

function ignored(path: string, isDir: boolean, cwd: string, ignores: readonly IgnoreFile[]): boolean {
  const absolute = resolve(cwd, path);
  return ignores.some(({ base, rules }) => {
    const rel = relative(base, absolute);
    if (!rel || rel.startsWith('..')) return false;
    return rules.ignores(toPosix(rel) + (isDir ? '/' : ''));
  });
}

/**
 * Every regular file under `dir` (sorted, hidden entries and node_modules skipped), following symbolic
 * links: a folder already on the way down (a loop) or already walked is reported once and not re-entered.
 */
function walk(dir: string, cwd: string, ignores: readonly IgnoreFile[], visiting: Set<string>, notes: string[], problems: string[], say: Say): string[] {
  let real: string;
  try {
    real = realpathSync(resolve(cwd, dir));
  } catch {
    return [];
  }
  if (visiting.has(real)) {
    notes.push(say(msg('{0}: symbolic link loop, not followed again', dir)));
    return [];
  }
  // The kernel's pseudo file systems are no drafts and can be endless (a link to /proc in a folder walked).
  if (SYSTEM_FOLDERS.some((system) => real === system || real.startsWith(system + sep))) {
    notes.push(say(msg('{0}: leads into {1}, not walked', dir, real)));
    return [];
  }
  visiting.add(real);
  const here = [...ignores, ...readIgnore(resolve(cwd, dir), problems, say)];
  const out: string[] = [];
  let entries: string[];
  try {
    // Names as bytes first: one that is not valid UTF-8 cannot be opened by its decoded name, so it is said, not skipped.
    const raw = readdirSync(resolve(cwd, dir), { encoding: 'buffer' });
    entries = [];
    for (const bytes of raw) {
      const name = bytes.toString('utf8');
      if (Buffer.from(name, 'utf8').equals(bytes)) entries.push(name);
      else if (!name.startsWith('.')) problems.push(say(msg('{0}: a file name that is not valid UTF-8 ({1}); rename it to check it', join(dir, name), bytes.toString('hex'))));
    }
    entries.sort((a, b) => a.localeCompare(b));
  } catch {
    return out;
  }
  for (const name of entries) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const path = join(dir, name);
    let stat: Stats;
    try {
      stat = statSync(resolve(cwd, path));
    } catch {
      if (isSymbolicLink(resolve(cwd, path))) notes.push(say(msg('{0}: dangling symbolic link, skipped', path)));
      continue;
    }
    if (stat.isDirectory()) {
      if (!ignored(path, true, cwd, here)) for (const file of walk(path, cwd, here, visiting, notes, problems, say)) out.push(file);
    } else if (stat.isFile() && !ignored(path, false, cwd, here)) {
      out.push(path);
    }
  }
  return out;
}

/** Where a walk never goes, through a link or a glob. */
const SYSTEM_FOLDERS = ['/proc', '/dev', '/sys'];


/** The files a glob matches, walked from its fixed base (`drafts/` of `drafts/**\/*.vanban`). */
function expandGlob(glob: string, cwd: string, notes: string[], problems: string[], say: Say): string[] {
  const posix = toPosix(glob);
  const { base } = picomatch.scan(posix);
  const root = base || '.';
  const matcher = picomatch(posix.replace(/^\.\//, ''), { dot: false });
  let stat: Stats;
  try {
    stat = statSync(resolve(cwd, root));
  } catch {
    return [];
  }
  if (!stat.isDirectory()) return [];
  return walk(root, cwd, ignoresFor(root, cwd, problems, say), new Set(), notes, problems, say).filter((file) => {
    const candidate = toPosix(root === '.' ? relative('.', file) : file);
    return matcher(candidate.replace(/^\.\//, ''));
  });
}

/** `--shard i/n`: the i-th of n deterministic parts (round-robin over the sorted list, so sizes differ by one). */
export function shard(files: readonly string[], spec: string, say: Say): string[] {
  const match = /^(\d{1,6})\/(\d{1,6})$/.exec(spec);
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  if (!(count >= 1 && index >= 1 && index <= count)) throw new RangeError(say(msg('--shard wants i/n with 1 ≤ i ≤ n (for example 2/4), not \'{0}\'', spec)));
  const sorted = [...files].sort((a, b) => (toPosix(a) < toPosix(b) ? -1 : toPosix(a) > toPosix(b) ? 1 : 0));
  return sorted.filter((_, position) => position % count === index - 1);
}

function toPosix(path: string): string {
  return path.split(sep).join('/');
}
