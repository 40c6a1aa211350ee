// The one way out: every file the tool writes (`fix`, `render -o`, `import -o`, `convert`, `--output-file`)
// goes through writeFileAtomic (a test greps the sources for any other write).
//  - A temporary file `.NAME.vanban-PID.tmp` in the target's folder (same file system: the rename is
//    atomic), written whole, flushed, given the old file's owner and mode (setuid and setgid included,
//    as far as the system allows), renamed over the target, and the folder flushed. On any failure (a
//    full disk, a file-size limit: SIGXFSZ is handled so the write fails instead of the process) the
//    temporary file is removed and the target is as it was. Temporary files of an earlier run that was
//    killed (its PID no longer alive) are removed first.
//  - A file with several hard links is refused: a rename would split it from its other names. So is a file
//    whose owner cannot be kept.
//  - Never onto one of the run's own inputs (`lint a.vanban --output-file a.vanban`).
//  - One symlink policy: a link is never replaced by a file; the file it names is written, when it lies
//    inside the folders the run was given (when it was given any), else refused; a dangling link is
//    refused without `force`.

import {
  closeSync, constants, fchmodSync, fchownSync, fsyncSync, lstatSync, openSync, readdirSync, readlinkSync, realpathSync, renameSync, statSync, unlinkSync,
  writeSync, type Stats,
} from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { localize, msg, type Message } from '../engine/l10n/localize';

export class WriteError extends Error {
  constructor(readonly detail: Message) {
    super(localize('en', detail));
  }
}

export interface WriteOptions {
  /** Replace what is at the path (a file, or the target a dangling link names). */
  readonly force?: boolean;
  /** Real folders a write through a symbolic link may reach (none given: any). */
  readonly roots?: readonly string[];
  /** The run's inputs: never written over. */
  readonly inputs?: readonly string[];
  /** Refuse anything already at the path unless `force` (for outputs; `fix` writes over its draft). */
  readonly mustBeNew?: boolean;
}

/** Writes `data` to `path` atomically under the policy above; returns the path really written. */
export function writeFileAtomic(path: string, data: string | Uint8Array, options: WriteOptions = {}): string {
  const target = resolveTarget(path, options);
  const existing = statOrUndefined(target);
  if (existing && !existing.isFile()) throw new WriteError(msg('{0} exists and is not a regular file: not written', path));
  if (existing && options.mustBeNew && !options.force) throw new WriteError(msg('{0} exists; pass --force to replace it', path));
  if (existing) {
    for (const input of options.inputs ?? []) {
      const stats = statOrUndefined(input);
      if (stats && stats.dev === existing.dev && stats.ino === existing.ino) throw new WriteError(msg('{0} is one of the files this run reads: not written over', path));
    }
    if (existing.nlink > 1) throw new WriteError(msg('{0} has {1} hard links; replacing it would split them: not written', path, existing.nlink));
  }
  const folder = dirname(target);
  removeStaleTemporaries(folder);
  const temporary = join(folder, `.${basename(target)}.vanban-${process.pid}.tmp`);
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const ignoreFileSizeSignal = () => undefined;
  if (process.platform !== 'win32') process.on('SIGXFSZ', ignoreFileSizeSignal);
  let fd: number | undefined;
  try {
    try { unlinkSync(temporary); } catch { /* none left by this PID */ }
    // A new file gets the usual 0666 less the umask, like any file the user creates.
    fd = openSync(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o666);
    for (let written = 0; written < bytes.length;) written += writeSync(fd, bytes, written, bytes.length - written);
    if (existing) keepOwnerAndMode(fd, existing, path);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temporary, target);
  } catch (error) {
    if (fd !== undefined) try { closeSync(fd); } catch { /* already failing */ }
    try { unlinkSync(temporary); } catch { /* never created */ }
    if (error instanceof WriteError) throw error;
    throw new WriteError(msg('{0} cannot be written ({1})', path, (error as Error).message));
  } finally {
    process.off('SIGXFSZ', ignoreFileSizeSignal);
  }
  try {
    const dir = openSync(folder, 'r');
    try { fsyncSync(dir); } finally { closeSync(dir); }
  } catch {
    // Some file systems cannot flush a folder; the rename itself is done.
  }
  return target;
}

/** The owner first (a change of owner clears setuid), then the whole mode; an owner that cannot be kept refuses the write. */
function keepOwnerAndMode(fd: number, existing: Stats, path: string): void {
  if (process.getuid && (existing.uid !== process.getuid() || existing.gid !== process.getgid?.())) {
    try {
      fchownSync(fd, existing.uid, existing.gid);
    } catch {
      throw new WriteError(msg('{0} belongs to another user or group, which a rewrite could not keep: not written', path));
    }
  }
  fchmodSync(fd, existing.mode & 0o7777);
}

/** The path to write: a symbolic link's target under the policy above, else the path itself. */
function resolveTarget(path: string, options: WriteOptions): string {
  let link: Stats | undefined;
  try { link = lstatSync(path); } catch { /* nothing there */ }
  if (!link?.isSymbolicLink()) return resolve(path);
  let target: string;
  try {
    target = realpathSync(path);
  } catch {
    if (!options.force) throw new WriteError(msg('{0} is a symbolic link to nothing (dangling); pass --force to write the file it names', path));
    // The file the link names, through however many links; its folder must exist.
    target = resolve(dirname(path), readlinkSync(path));
    try { target = join(realpathSync(dirname(target)), basename(target)); } catch {
      throw new WriteError(msg('{0} is a symbolic link into a folder that does not exist: not written', path));
    }
  }
  const roots = options.roots ?? [];
  if (roots.length > 0 && !roots.some((root) => inside(root, target))) {
    throw new WriteError(msg('{0} is a symbolic link to {1}, outside the folders named: not written', path, target));
  }
  return target;
}

function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

const TEMPORARY = /^\..+\.vanban-(\d{1,10})(?:-[0-9a-f]{1,16})?\.tmp$/;

/** Removes `.X.vanban-PID.tmp` files whose PID is no longer a live process (an earlier run killed mid-write). */
export function removeStaleTemporaries(folder: string): void {
  let names: string[];
  try { names = readdirSync(folder); } catch { return; }
  for (const name of names) {
    const match = TEMPORARY.exec(name);
    if (!match) continue;
    const pid = Number(match[1]);
    if (pid === process.pid || alive(pid)) continue;
    try { unlinkSync(join(folder, name)); } catch { /* gone already */ }
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The real folders a run's writes may reach: each folder named, the folder of each file named, the fixed part of each glob. */
export function namedRoots(args: readonly string[]): string[] {
  const roots: string[] = [];
  for (const arg of args) {
    const star = arg.search(/[*?[\]]/);
    const prefix = star < 0 ? arg : arg.slice(0, star);
    const fixedPart = star < 0 ? arg : prefix.slice(0, Math.max(prefix.lastIndexOf('/'), prefix.lastIndexOf('\\')) + 1) || '.';
    try {
      const folder = statSync(fixedPart).isDirectory() ? fixedPart : dirname(fixedPart);
      roots.push(realpathSync(folder));
    } catch {
      // missing: reported elsewhere
    }
  }
  return roots;
}

/** Whether anything is at the path, a link included (a dangling link "does not exist" but a write would follow it). */
export function pathOccupied(path: string): boolean {
  return lstatOrUndefined(path) !== undefined;
}

/** Whether the path is a symbolic link (a dangling one included). */
export function isSymbolicLink(path: string): boolean {
  return lstatOrUndefined(path)?.isSymbolicLink() ?? false;
}

function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}
