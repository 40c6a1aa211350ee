// `vanban fix`: applies the safe fixes (the same fixAll as the editor's fix-all) in place, or prints a
// unified diff (--dry-run), or the fixed text of one file (--stdout). Line endings are kept.
// Exit codes: 0 nothing at error level remains, 1 errors remain after fixing, 2 usage or I/O failure.

import { readFileSync, writeFileSync } from 'node:fs';
import { fixAll, lintModel, type LintOptions } from '../engine';
import { COMMON_OPTIONS, COMMON_USAGE, cliFlags, inputs, parse, UsageError } from './args';
import { unifiedDiff } from './diff';
import type { Io } from './io';
import { lintOptionsFor } from './options';
import { isWordFile } from './word';

export const FIX_USAGE = `Usage: vanban fix [files|folders|globs|-]... [options]
Applies the safe fixes (punctuation, spacing, leading zeros...) in place.
  --dry-run               change nothing; print a unified diff of what would change
  --stdout                print the fixed text of one file (or of '-') instead of writing it
${COMMON_USAGE}
Exit codes: 0 no errors remain, 1 errors remain after fixing, 2 usage or I/O failure.`;

const OPTIONS = {
  ...COMMON_OPTIONS,
  'dry-run': { type: 'boolean', default: false },
  stdout: { type: 'boolean', default: false },
} as const;

export async function runFix(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, OPTIONS);
  if (values.help) { io.out(`${FIX_USAGE}\n`); return 0; }
  if (values['dry-run'] && values.stdout) throw new UsageError('--dry-run and --stdout cannot be used together');
  const flags = cliFlags(values);
  const { files, missing, stdin } = inputs(positionals, values, io.readStdin);
  const count = files.length + (stdin ? 1 : 0);
  if (values.stdout && count + missing.length !== 1) throw new UsageError(`--stdout takes exactly one file (${count + missing.length} given)`);
  if (stdin && !values.stdout && !values['dry-run']) throw new UsageError("standard input ('-') can only be fixed with --stdout or --dry-run");

  let failed = missing.length > 0;
  for (const path of missing) io.err(`vanban: no such file or folder: ${path}\n`);
  let errorsLeft = 0;
  const sources = [...(stdin ? [{ name: stdin.name, text: stdin.text as string | undefined }] : []), ...files.map((name) => ({ name, text: undefined }))];
  for (const source of sources) {
    // A Word file read as text and written back would be destroyed: fixes are for drafts.
    if (source.text === undefined && isWordFile(source.name)) {
      io.err(`vanban: ${source.name} is a Word file and is left as it is; fixes apply to drafts (vanban import ${source.name} -o draft.vanban)\n`);
      failed = true;
      continue;
    }
    let original: string;
    try {
      original = source.text ?? readFileSync(source.name, 'utf8');
    } catch (error) {
      io.err(`vanban: cannot read ${source.name}: ${(error as Error).message}\n`);
      failed = true;
      continue;
    }
    const options = lintOptionsFor(source.name, flags);
    const { fixed, applied, errors } = fixText(original, options);
    errorsLeft += errors;
    if (values.stdout) io.out(fixed);
    else if (values['dry-run']) { if (fixed !== original) io.out(unifiedDiff(source.name, original, fixed)); }
    else if (fixed !== original) {
      try {
        writeFileSync(source.name, fixed, 'utf8');
        io.out(`${source.name}: ${applied} fix(es) applied\n`);
      } catch (error) {
        io.err(`vanban: cannot write ${source.name}: ${(error as Error).message}\n`);
        failed = true;
      }
    }
  }
  if (failed) return 2;
  return errorsLeft > 0 ? 1 : 0;
}

/** The text with every safe fix applied, its line endings as they were, and what is left at error level. */
export function fixText(original: string, options: LintOptions): { fixed: string; applied: number; errors: number } {
  const result = fixAll(original, options);
  const fixed = keepLineEndings(original, result.text);
  const errors = lintModel(result.model, options).diagnostics.filter((d) => d.severity === 'error').length;
  return { fixed, applied: result.applied, errors };
}

/** A fix that inserted a bare line feed into a CRLF (or CR) file gets the file's own line ending. */
export function keepLineEndings(original: string, fixed: string): string {
  const crlf = (original.match(/\r\n/g) ?? []).length;
  const lf = (original.match(/(?<!\r)\n/g) ?? []).length;
  const cr = (original.match(/\r(?!\n)/g) ?? []).length;
  if (crlf > 0 && lf === 0 && cr === 0) return fixed.replace(/(?<!\r)\n/g, '\r\n');
  if (cr > 0 && lf === 0 && crlf === 0) return fixed.replace(/\r?\n/g, '\r');
  return fixed;
}
