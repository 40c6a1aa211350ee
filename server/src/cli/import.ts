// `vanban import FILE.docx [-o OUT.vanban] [--force]`: a Word file's text as a draft — one paragraph a line,
// the header and signature tables cell by cell as the draft reader expects, automatic numbering labels
// restored — so an existing document can be edited and checked as a draft. Without -o the draft goes to
// standard output. An existing OUT is kept unless --force. Exit codes: 0 written, 2 usage or I/O failure.

import { existsSync } from 'node:fs';
import { msg, readDocx } from '../engine';
import { readFileBytes } from '../node/read';
import { namedRoots } from '../node/write';
import type { Messages } from './lang';
import { parse, UsageError } from './args';
import { reason, writeDraftAtomic, type Io } from './io';
import { wordErrorText } from './word';
import { importUsage, wording } from './usage';

/** The help, in the CLI's language (usage.ts). */
export const IMPORT_USAGE = importUsage;

const OPTIONS = {
  out: { type: 'string', short: 'o' },
  force: { type: 'boolean', short: 'f', default: false },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

export async function runImport(argv: readonly string[], io: Io, messages: Messages): Promise<number> {
  const { say } = messages;
  const said = wording(say);
  const { values, positionals } = parse(argv, OPTIONS);
  if (values.help) { io.out(`${importUsage(messages.language)}\n`); return 0; }
  if (positionals.length !== 1) throw new UsageError(say(msg('name exactly one Word file')));
  const language = values.lang === 'en' ? 'en' : 'vi';
  const [file] = positionals;
  let bytes: Uint8Array;
  try {
    bytes = readFileBytes(file, 'docx').bytes;
  } catch (error) {
    io.err(`${said.cannotRead('import', file, reason(error, say))}\n`);
    return 2;
  }
  let text: string;
  try {
    text = `${readDocx(bytes).text}\n`;
  } catch (error) {
    io.err(`${said.usage('import', `${file}: ${wordErrorText(error, language)}`)}\n`);
    return 2;
  }
  const target = values.out;
  if (!target) { io.out(text); return 0; }
  if (existsSync(target) && !values.force) {
    io.err(`${said.exists('import', target)}\n`);
    return 2;
  }
  try {
    // The one writer: atomic, an existing file or a dangling link only with --force, never over the input.
    writeDraftAtomic(target, text, { force: values.force, mustBeNew: true, inputs: [file], roots: namedRoots([file, target]) });
  } catch (error) {
    io.err(`${said.cannotWrite('import', target, reason(error, say))}\n`);
    return 2;
  }
  io.out(`${said.wrote('import', target)}\n`);
  return 0;
}
