// `vanban import FILE.docx [-o OUT.vanban] [--force]`: a Word file's text as a draft — one paragraph a line,
// the header and signature tables cell by cell as the draft reader expects, automatic numbering labels
// restored — so an existing document can be edited and checked as a draft. Without -o the draft goes to
// standard output. An existing OUT is kept unless --force. Exit codes: 0 written, 2 usage or I/O failure.

import { msg, readDocx } from '../engine';
import { readFileBytes } from '../node/read';
import { namedRoots } from '../node/write';
import { say } from './lang';
import { parse, UsageError } from './args';
import { reason, writeDraftAtomic, type Io } from './io';
import { wordErrorText } from './word';

export const IMPORT_USAGE = `Usage: vanban import FILE.docx [-o OUT.vanban] [--force] [--lang vi|en]
Writes the Word file's text as a draft (to standard output without -o).
Exit codes: 0 written, 2 usage, unreadable Word file or I/O failure.`;

const OPTIONS = {
  out: { type: 'string', short: 'o' },
  force: { type: 'boolean', short: 'f', default: false },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

export async function runImport(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, OPTIONS);
  if (values.help) { io.out(`${IMPORT_USAGE}\n`); return 0; }
  if (positionals.length !== 1) throw new UsageError('name exactly one Word file');
  const language = values.lang === 'en' ? 'en' : 'vi';
  const [file] = positionals;
  let bytes: Uint8Array;
  try {
    bytes = readFileBytes(file, 'docx').bytes;
  } catch (error) {
    io.err(`vanban import: ${say(msg('cannot read {0}: {1}', file, reason(error)))}\n`);
    return 2;
  }
  let text: string;
  try {
    text = `${readDocx(bytes).text}\n`;
  } catch (error) {
    io.err(`vanban import: ${file}: ${wordErrorText(error, language)}\n`);
    return 2;
  }
  const target = values.out;
  if (!target) { io.out(text); return 0; }
  try {
    // The one writer: atomic, an existing file or a dangling link only with --force, never over the input.
    writeDraftAtomic(target, text, { force: values.force, mustBeNew: true, inputs: [file], roots: namedRoots([file, target]) });
  } catch (error) {
    io.err(`vanban import: ${say(msg('cannot write {0}: {1}', target, reason(error)))}\n`);
    return 2;
  }
  return 0;
}
