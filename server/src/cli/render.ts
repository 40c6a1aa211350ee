// `vanban render --to html|docx FILE -o OUT [--profile P] [--lang vi|en] [--config F] [--force]`
// Writes the standalone print-ready HTML page or the .docx file of a draft. Missing required parts are
// marked where they belong, as in the preview. The options are resolved as `lint` resolves them (the
// file's nearest .vanbanrc.json or --config, then the flags), and the page is drawn from the analysis,
// under the regime its rules checked. Exit codes: 0 written, 2 usage or I/O failure.
// An existing OUT is not overwritten without --force (the editor command asks instead).

import { randomBytes } from 'node:crypto';
import { lstatSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { parseArgs } from 'node:util';
import { createLanguageService, PLAIN_CLIENT, PROFILE_NAMES } from '../engine';
import { readDraft, reason, writeDraftAtomic } from './io';
import { namedRoots } from '../node/write';
import { analyseOnce } from './check';
import { cliFlags, UsageError } from './args';
import type { CliFlags } from './options';
import { lintOptionsFor } from './options';

export const RENDER_USAGE = `Usage: vanban render --to html|docx FILE -o OUT [--profile ${PROFILE_NAMES.join('|')}] [--lang vi|en] [--config FILE] [--force]
--to defaults to OUT's extension; without -o, HTML goes to standard output.
Exit codes: 0 written, 2 usage or I/O failure.`;

export async function runRender(argv: string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const args = argv[0] === 'render' ? argv.slice(1) : argv;
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        to: { type: 'string' },
        out: { type: 'string', short: 'o' },
        profile: { type: 'string' },
        lang: { type: 'string' },
        config: { type: 'string' },
        force: { type: 'boolean', short: 'f' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    err(`vanban render: ${(error as Error).message}\n${RENDER_USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    out(`${RENDER_USAGE}\n`);
    return 0;
  }
  if (positionals.length !== 1) {
    err(`vanban render: name exactly one draft\n${RENDER_USAGE}\n`);
    return 2;
  }
  const file = positionals[0];
  const target = values.out;
  const to = values.to ?? (target ? extname(target).slice(1).toLowerCase() : 'html');
  if (to !== 'html' && to !== 'docx') {
    err(`vanban render: --to must be html or docx, not '${to}'\n`);
    return 2;
  }
  if (to === 'docx' && !target) {
    err('vanban render: a .docx needs -o OUT\n');
    return 2;
  }
  // The flags lint takes, checked the same way (a bad profile, language or config file is a usage error).
  let flags: CliFlags;
  try {
    flags = cliFlags(values);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    err(`vanban render: ${error.message}\n`);
    return 2;
  }
  // lstat, not exists: a dangling symbolic link "does not exist" but writing through it creates a file
  // wherever it points. Anything already at OUT, a link included, needs --force.
  if (target && occupied(target) && !values.force) {
    err(`vanban render: ${target} exists${isLink(target) ? ' (a symbolic link)' : ''}; pass --force to overwrite it\n`);
    return 2;
  }
  let text: string;
  try {
    const draft = readDraft(file);
    if (draft.invalid) throw new Error(`not valid UTF-8 (byte 0x${draft.invalid.byte.toString(16).padStart(2, '0')} at offset ${draft.invalid.offset}); convert it to UTF-8 first`);
    text = draft.text;
  } catch (error) {
    err(`vanban render: cannot read ${file}: ${reason(error)}\n`);
    return 2;
  }
  const analysis = analyseOnce(file, text, lintOptionsFor(file, flags, err));
  const service = createLanguageService({ client: PLAIN_CLIENT, now: () => new Date() });
  // The one writer's policy: never over the draft or its config, a link's target only inside the folders named.
  const writeOptions = { force: values.force, mustBeNew: true, inputs: [file, ...(flags.config ? [flags.config] : [])], roots: namedRoots(target ? [file, target] : [file]) };
  try {
    if (to === 'html') {
      const html = service.getHtmlDocument(analysis, { title: basename(file), nonce: randomBytes(16).toString('base64') });
      if (target) writeDraftAtomic(target, html, writeOptions);
      else out(html);
    } else {
      writeDraftAtomic(target!, await service.getDocx(analysis), writeOptions);
    }
  } catch (error) {
    err(`vanban render: cannot write ${target}: ${reason(error)}\n`);
    return 2;
  }
  if (target) out(`vanban render: wrote ${target}\n`);
  return 0;
}

function occupied(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}
