// `vanban import FILE.docx [-o OUT.vanban] [--force]`: a Word file's text as a draft — one paragraph a line,
// the header and signature tables cell by cell as the draft reader expects, automatic numbering labels
// restored — so an existing document can be edited and checked as a draft. Without -o the draft goes to
// standard output. An existing OUT is kept unless --force. Exit codes: 0 written, 2 usage or I/O failure.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { readDocx } from '../engine';
import { parse, UsageError } from './args';
import type { Io } from './io';
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
    bytes = new Uint8Array(readFileSync(file));
  } catch (error) {
    io.err(`vanban import: cannot read ${file}: ${(error as Error).message}\n`);
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
  if (existsSync(target) && !values.force) {
    io.err(`vanban import: ${target} exists; add --force to replace it\n`);
    return 2;
  }
  try {
    writeFileSync(target, text, 'utf8');
  } catch (error) {
    io.err(`vanban import: cannot write ${target}: ${(error as Error).message}\n`);
    return 2;
  }
  return 0;
}
