// `vanban fix`: applies the safe fixes (the same fixAll as the editor's fix-all) in place, or prints a
// unified diff (--dry-run), or the fixed text of one file (--stdout). Line endings are kept.
// Exit codes: 0 nothing at error level remains, 1 errors remain after fixing, 2 usage or I/O failure.

import { lstatSync, realpathSync } from 'node:fs';
import { relative, resolve, sep, isAbsolute } from 'node:path';
import { invalidTextMessage } from '../node/read';
import { namedRoots } from '../node/write';
import { AnalysisHost, msg, type Diagnostic, type LintOptions } from '../engine';
import { COMMON_OPTIONS, cliFlags, inputs, parse, UsageError } from './args';
import { unifiedDiff } from './diff';
import { DraftError, readDraft, reason, writeDraftAtomic, type Draft, type Io } from './io';
import { fixUsage } from './usage';
import type { Messages } from './lang';
import { optionsResolver } from './options';
import { isWordFile } from './word';
import { runFixDocx } from './fixDocx';

const OPTIONS = {
  ...COMMON_OPTIONS,
  'dry-run': { type: 'boolean', default: false },
  stdout: { type: 'boolean', default: false },
} as const;

export async function runFix(argv: readonly string[], io: Io, messages: Messages): Promise<number> {
  const { say } = messages;
  // A Word file: its formatting is fixed into a new file (cli/fixDocx.ts), never its text.
  if (argv.some((arg) => !arg.startsWith('-') && isWordFile(arg) && /\.docx$/i.test(arg))) return runFixDocx(argv, io, messages);
  const { values, positionals } = parse(argv, OPTIONS);
  if (values.help) { io.out(`${fixUsage(messages.language)}\n`); return 0; }
  if (values['dry-run'] && values.stdout) throw new UsageError('--dry-run and --stdout cannot be used together');
  const flags = cliFlags(values, say);
  const optionsFor = optionsResolver();
  const { files, missing, problems, notes, stdin } = inputs(positionals, values, say, io.readStdin);
  for (const note of notes) io.err(`vanban: ${note}\n`);
  for (const problem of problems) io.err(`vanban: ${problem}\n`);
  const count = files.length + (stdin ? 1 : 0);
  if (values.stdout && count + missing.length !== 1) throw new UsageError(`--stdout takes exactly one file (${count + missing.length} given)`);
  if (stdin && !values.stdout && !values['dry-run']) throw new UsageError("standard input ('-') can only be fixed with --stdout or --dry-run");

  let failed = missing.length > 0 || problems.length > 0;
  // What the safe fixes leave, said the way `lint` says it (on standard error when standard output carries text).
  const remain = values.stdout || values['dry-run'] ? io.err : io.out;
  for (const path of missing) io.err(`vanban: ${say(msg('no such file or folder: {0}', path))}\n`);
  // A write must not leave the folders the user named by way of a symlink.
  const roots = namedRoots(positionals.filter((arg) => arg !== '-'));
  let errorsLeft = 0;
  const sources: { name: string; read?: Omit<Draft, 'mode'> }[] = [...(stdin ? [{ name: stdin.name, read: stdin }] : []), ...files.map((name) => ({ name }))];
  for (const source of sources) {
    // A Word file read as text and written back would be destroyed: fixes are for drafts.
    if (source.read === undefined && isWordFile(source.name)) {
      io.err(`vanban: ${source.name} is a Word file and is left as it is; fixes apply to drafts (vanban import ${source.name} -o draft.vanban)\n`);
      failed = true;
      continue;
    }
    let original: string;
    let encoding: Draft['encoding'];
    try {
      let draft = source.read;
      if (draft === undefined) {
        const escape = outsideRoots(source.name, roots);
        if (escape) throw new DraftError(`${source.name} is a symbolic link to ${escape}, outside the folders named: not written`);
        draft = readDraft(source.name);
      }
      // Standard input and files alike: bytes that are not UTF-8 (or UTF-16 with a BOM) are never rewritten.
      if (draft.invalid) throw new DraftError(`${source.name} is ${invalidTextMessage(draft.invalid).text}: not touched`, msg('{0} is {1}: not touched; convert it to UTF-8 first', source.name, invalidTextMessage(draft.invalid)));
      original = draft.text;
      encoding = draft.encoding;
    } catch (error) {
      io.err(`vanban: cannot fix ${source.name}: ${reason(error, say)}\n`);
      failed = true;
      continue;
    }
    const options = optionsFor(source.name, flags);
    const { fixed, applied, errors, remaining } = fixText(original, options);
    errorsLeft += errors;
    for (const d of remaining) remain(`${source.name}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${d.rule} ${d.message} ${say(msg('(not fixed automatically)'))}\n`);
    if (values.stdout) io.out(fixed);
    else if (values['dry-run']) { if (fixed !== original) io.out(unifiedDiff(source.name, original, fixed)); }
    else if (fixed !== original) {
      try {
        writeDraftAtomic(source.name, fixed, { encoding, roots });
        io.out(`${source.name}: ${say(msg('fixed: {0} error(s), {1} warning(s), {2} other finding(s)', applied.errors, applied.warnings, applied.others))}\n`);
      } catch (error) {
        io.err(`vanban: cannot write ${source.name}: ${reason(error, say)} (the draft is unchanged)\n`);
        failed = true;
      }
    }
  }
  if (failed) return 2;
  return errorsLeft > 0 ? 1 : 0;
}

/** Where a symlinked draft really is, when that is outside every root (undefined: not a link, or inside). */
function outsideRoots(path: string, roots: readonly string[]): string | undefined {
  try {
    if (!lstatSync(path).isSymbolicLink()) return undefined;
    const real = realpathSync(path);
    const inside = roots.some((root) => { const rel = relative(root, real); return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel)); });
    return inside ? undefined : real;
  } catch {
    return resolve(path); // a dangling link: nothing to fix there
  }
}

/** The text with every safe fix applied, its line endings as they were, and what is left at error level. */
function fixText(original: string, options: LintOptions): { fixed: string; applied: FixedCounts; errors: number; remaining: Diagnostic[] } {
  const host = new AnalysisHost({ editing: false });
  host.update('fix', 0, original);
  const before = host.analysis('fix', options).findings;
  const result = host.fixAll('fix', options);
  const fixed = keepLineEndings(original, result.text);
  const remaining = result.analysis.findings.filter((d) => d.severity === 'error' || d.severity === 'warning');
  return { fixed, applied: fixedCounts(before, result.analysis.findings), errors: remaining.filter((d) => d.severity === 'error').length, remaining };
}

/** How many findings the safe fixes put right, by severity, as `lint` counts them (errors, warnings, the rest). */
export interface FixedCounts { readonly errors: number; readonly warnings: number; readonly others: number }

/** The findings with a safe fix before, less those with one after (fix-all repeats until none is left). */
function fixedCounts(before: readonly Diagnostic[], after: readonly Diagnostic[]): FixedCounts {
  const tally = (findings: readonly Diagnostic[], severity: (s: Diagnostic['severity']) => boolean) =>
    findings.filter((d) => d.fix?.safety === 'safe' && d.fix.edits.length > 0 && severity(d.severity)).length;
  const fixed = (severity: (s: Diagnostic['severity']) => boolean) => Math.max(0, tally(before, severity) - tally(after, severity));
  return { errors: fixed((s) => s === 'error'), warnings: fixed((s) => s === 'warning'), others: fixed((s) => s !== 'error' && s !== 'warning') };
}

/** A fix that inserted a bare line feed into a CRLF (or CR) file gets the file's own line ending. */
function keepLineEndings(original: string, fixed: string): string {
  const crlf = (original.match(/\r\n/g) ?? []).length;
  const lf = (original.match(/(?<!\r)\n/g) ?? []).length;
  const cr = (original.match(/\r(?!\n)/g) ?? []).length;
  if (crlf > 0 && lf === 0 && cr === 0) return fixed.replace(/(?<!\r)\n/g, '\r\n');
  if (cr > 0 && lf === 0 && crlf === 0) return fixed.replace(/\r?\n/g, '\r');
  return fixed;
}
