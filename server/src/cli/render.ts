// `vanban render --to html|docx FILE -o OUT [--profile P] [--lang vi|en] [--force]`
// Writes the standalone print-ready HTML page or the .docx file of a draft. Missing required parts are
// marked where they belong, as in the preview. Exit codes: 0 written, 2 usage or I/O failure.
// An existing OUT is not overwritten without --force (the editor command asks instead).

import { randomBytes } from 'node:crypto';
import { lstatSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { parseArgs } from 'node:util';
import { isProfileName, lintModel, parse, PROFILE_NAMES } from '../engine';
import { renderDocxFile, renderHtmlDocument } from '../engine/render';
import { readDraft, writeDraftAtomic } from './io';

export const RENDER_USAGE = `Usage: vanban render --to html|docx FILE -o OUT [--profile ${PROFILE_NAMES.join('|')}] [--lang vi|en] [--force]
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
  const profile = values.profile ?? 'auto';
  if (!isProfileName(profile)) {
    err(`vanban render: unknown profile '${profile}'\n`);
    return 2;
  }
  const language = values.lang === 'en' ? 'en' : 'vi';
  // lstat, not exists: a dangling symbolic link "does not exist" but writing through it creates a file
  // wherever it points (issue 12). Anything already at OUT, a link included, needs --force.
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
    err(`vanban render: cannot read ${file}: ${(error as Error).message}\n`);
    return 2;
  }
  const model = parse(text);
  const findings = lintModel(model, { profile, language }).diagnostics;
  try {
    if (to === 'html') {
      const html = renderHtmlDocument(model, findings, { title: basename(file), nonce: randomBytes(16).toString('base64') });
      if (target) writeDraftAtomic(target, html, 0o644);
      else out(html);
    } else {
      writeDraftAtomic(target!, await renderDocxFile(model, findings), 0o644);
    }
  } catch (error) {
    err(`vanban render: cannot write ${target}: ${(error as Error).message}\n`);
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
