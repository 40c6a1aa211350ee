// `vanban fix x.docx [-o OUT | --in-place --force] [--dry-run] [--legacy-fonts] [--page-number]`: the formatting findings of
// a Word file put right in a new file (x.chuan-hoa.docx beside it by default), nothing but the formatting
// changed. --dry-run prints the changes (part, paragraph, property, from -> to) and what would be left.
// Exit codes: 0 written (or nothing to change), 1 formatting findings left, 2 usage, unreadable file or I/O.

import { basename, dirname, extname, join } from 'node:path';
import { fixDocxFormatting, msg, WordError, type DocxFixResult, type FormattingChange } from '../engine';
import { COMMON_OPTIONS, cliFlags, parse, UsageError } from './args';
import { reason, writeDraftAtomic, type Io } from './io';
import { readFileBytes } from '../node/read';
import { namedRoots, pathOccupied } from '../node/write';
import type { Messages, Say } from './lang';
import { optionsResolver } from './options';
import { wordErrorText } from './word';

const OPTIONS = {
  ...COMMON_OPTIONS,
  out: { type: 'string', short: 'o' },
  'in-place': { type: 'boolean', default: false },
  force: { type: 'boolean', default: false },
  'dry-run': { type: 'boolean', default: false },
  'legacy-fonts': { type: 'boolean', default: false },
  'page-number': { type: 'boolean', default: false },
} as const;


const FIX_DOCX_USAGE = `Usage: vanban fix FILE.docx [-o OUT.docx | --in-place --force] [--dry-run] [--legacy-fonts] [--page-number] [--profile P] [--lang vi|en] [--config F]
Puts the formatting of a Word file right (paper, margins, fonts, sizes, emphasis, spacing, indent, page numbers),
changing nothing else; writes FILE.chuan-hoa.docx beside it unless -o or --in-place says otherwise.
  --dry-run        change nothing; list each change (part, paragraph, property, from -> to) and what is left
  --legacy-fonts   also convert runs in .VnTime/VNI fonts to Unicode with Times New Roman (guarded)
  --page-number    also add a header with the page number, centred from page 2, to a document longer than a page that has none (guarded)`;

/** The default output: `x.docx` -> `x.chuan-hoa.docx` beside it. */
function defaultOutput(file: string): string {
  const ext = extname(file);
  return join(dirname(file), `${basename(file, ext)}.chuan-hoa${ext || '.docx'}`);
}

export function runFixDocx(argv: readonly string[], io: Io, messages: Messages): number {
  const { say } = messages;
  let parsed;
  try {
    parsed = parse(argv, OPTIONS);
  } catch (error) {
    io.err(`vanban fix: ${(error as Error).message}\n${FIX_DOCX_USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) { io.out(`${FIX_DOCX_USAGE}\n`); return 0; }
  if (positionals.length !== 1) { io.err(`vanban fix: name exactly one .docx\n${FIX_DOCX_USAGE}\n`); return 2; }
  const file = positionals[0];
  if (values['in-place'] && !values.force) { io.err('vanban fix: --in-place replaces the original; pass --force as well\n'); return 2; }
  if (values['in-place'] && values.out !== undefined) { io.err('vanban fix: -o and --in-place cannot be used together\n'); return 2; }
  let flags;
  try {
    flags = cliFlags(values, say);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`vanban fix: ${error.message}\n`);
    return 2;
  }
  const target = values['in-place'] ? file : values.out ?? defaultOutput(file);
  if (!values['dry-run'] && !values['in-place'] && pathOccupied(target) && !values.force) {
    io.err(`vanban fix: ${target} exists; pass --force to overwrite it\n`);
    return 2;
  }
  let bytes: Uint8Array;
  try {
    // The one reader: a regular file within the .docx size limit, checked on the opened descriptor.
    bytes = readFileBytes(file, 'docx').bytes;
  } catch (error) {
    io.err(`vanban fix: cannot read ${file}: ${reason(error, say)}\n`);
    return 2;
  }
  const options = { ...optionsResolver()(file, flags, io.err), legacyFonts: values['legacy-fonts'], addPageNumber: values['page-number'] };
  let result: DocxFixResult;
  try {
    result = fixDocxFormatting(bytes, options);
  } catch (error) {
    const language = flags.language ?? options.language ?? 'vi';
    io.err(`vanban fix: ${file}: ${error instanceof WordError ? wordErrorText(error, language) : (error as Error).message} (nothing written)\n`);
    return 2;
  }
  const print = values['dry-run'] ? io.out : io.err;
  for (const line of changeLines(file, result.changes, say)) print(`${line}\n`);
  for (const note of result.notes) print(`${file}: ${say(note)}\n`);
  for (const { diagnostic, reason } of result.left) {
    print(`${file}:${diagnostic.range.start.line + 1}:${diagnostic.range.start.character + 1} ${diagnostic.severity} ${diagnostic.rule} ${diagnostic.message} — ${say(msg('left: {0}', reason))}\n`);
  }
  if (values['dry-run']) return result.left.some((l) => l.diagnostic.severity !== 'info') ? 1 : 0;
  if (!result.bytes) {
    io.out(`${file}: ${say(msg('no formatting to change; nothing written'))}\n`);
  } else {
    try {
      // The one writer: a new file unless --in-place (mode kept), never over the input otherwise.
      writeDraftAtomic(target, result.bytes, values['in-place']
        ? { force: true, roots: namedRoots([file]) }
        : { force: values.force, mustBeNew: true, inputs: [file], roots: namedRoots([file, target]) });
    } catch (error) {
      io.err(`vanban fix: cannot write ${target}: ${reason(error, say)}\n`);
      return 2;
    }
    const applied = result.changes.filter((c) => c.applied).length;
    io.out(`${target}: ${say(msg('{0} formatting change(s) written', applied))}\n`);
  }
  return result.left.some((l) => l.diagnostic.severity !== 'info') ? 1 : 0;
}

/** One line per kind of change, its paragraphs listed: `word/document.xml ¶ 3, 5–9 size: 12 pt -> 13 pt`. */
function changeLines(file: string, changes: readonly FormattingChange[], say: Say): string[] {
  const groups = new Map<string, { change: FormattingChange; paragraphs: number[]; count: number }>();
  for (const change of changes) {
    const key = [change.part, say(change.property), change.from, change.to, change.safety, change.applied].join('\u0000');
    const group = groups.get(key) ?? { change, paragraphs: [], count: 0 };
    if (change.paragraph !== undefined) group.paragraphs.push(change.paragraph);
    group.count++;
    groups.set(key, group);
  }
  return [...groups.values()].map(({ change, paragraphs, count }) => {
    const where = paragraphs.length ? ` ¶ ${spans([...new Set(paragraphs)])}` : count > 1 ? ` (×${count})` : '';
    const guarded = change.safety === 'guarded' ? ` [${say(change.applied ? msg('guarded, applied') : msg('guarded, not applied: {0}', change.flag ?? '--legacy-fonts'))}]` : '';
    return `${file}: ${change.part}${where} ${say(change.property)}: ${change.from} -> ${change.to}${guarded}`;
  });
}

/** 3, 5, 6, 7 -> `3, 5–7`. */
function spans(numbers: number[]): string {
  const sorted = numbers.sort((a, b) => a - b);
  const out: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    out.push(j > i ? `${sorted[i]}–${sorted[j]}` : String(sorted[i]));
    i = j + 1;
  }
  return out.join(', ');
}

