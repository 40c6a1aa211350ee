// `vanban render --to html|docx FILE -o OUT [--profile P] [--lang vi|en] [--config F] [--force]`
// Writes the standalone print-ready HTML page or the .docx file of a draft. Missing required parts are
// marked where they belong, as in the preview. The options are resolved as `lint` resolves them (the
// file's nearest .vanbanrc.json or --config, then the flags), and the page is drawn from the analysis,
// under the regime its rules checked. Exit codes: 0 written, 2 usage or I/O failure.
// An existing OUT is not overwritten without --force (the editor command asks instead).

import { randomBytes } from 'node:crypto';
import { basename, extname } from 'node:path';
import { parseArgs } from 'node:util';
import { createLanguageService, PLAIN_CLIENT } from '../engine';
import { readDraft, reason, writeDraftAtomic } from './io';
import { isSymbolicLink, namedRoots, pathOccupied } from '../node/write';
import { analyseOnce } from './check';
import { cliFlags, UsageError } from './args';
import type { CliFlags } from './options';
import { optionsResolver } from './options';
import { messagesIn, type Messages, type Say } from './lang';
import { msg, type Diagnostic } from '../engine';
import { renderUsage, wording as said } from './usage';

/** The help, in the CLI's language (usage.ts). */
export const RENDER_USAGE = renderUsage;

export async function runRender(argv: string[], out: (s: string) => void, err: (s: string) => void, messages: Messages = messagesIn('vi')): Promise<number> {
  const { language, say } = messages;
  const wording = said(say);
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
    err(`${wording.usage('render', (error as Error).message)}\n${renderUsage(language)}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    out(`${renderUsage(language)}\n`);
    return 0;
  }
  if (positionals.length !== 1) {
    err(`${wording.usage('render', say(msg('name exactly one draft')))}\n${renderUsage(language)}\n`);
    return 2;
  }
  const file = positionals[0];
  const target = values.out;
  const to = values.to ?? (target ? extname(target).slice(1).toLowerCase() : 'html');
  if (to !== 'html' && to !== 'docx') {
    err(`${wording.usage('render', say(msg('--to must be html or docx, not \'{0}\'', to)))}\n`);
    return 2;
  }
  if (to === 'docx' && !target) {
    err(`${wording.usage('render', say(msg('a .docx needs -o OUT')))}\n`);
    return 2;
  }
  // The flags lint takes, checked the same way (a bad profile, language or config file is a usage error).
  let flags: CliFlags;
  try {
    flags = cliFlags(values, say);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    err(`${wording.usage('render', error.message)}\n`);
    return 2;
  }
  // lstat, not exists: a dangling symbolic link "does not exist" but writing through it creates a file
  // wherever it points. Anything already at OUT, a link included, needs --force.
  if (target && pathOccupied(target) && !values.force) {
    err(`${wording.exists('render', target, isSymbolicLink(target))}\n`);
    return 2;
  }
  let text: string;
  try {
    const draft = readDraft(file);
    if (draft.invalid) throw new Error(say(msg('not valid UTF-8 (byte 0x{0} at offset {1}); convert it to UTF-8 first', draft.invalid.byte.toString(16).padStart(2, '0'), draft.invalid.offset)));
    text = draft.text;
  } catch (error) {
    err(`${wording.cannotRead('render', file, reason(error, say))}\n`);
    return 2;
  }
  const analysis = analyseOnce(file, text, optionsResolver()(file, flags, err));
  // The same warning the editor's export asks about: the errors go into the output as typed.
  const errors = analysis.findings.filter((finding) => finding.severity === 'error');
  if (errors.length > 0) err(`${remainingErrors(file, errors, say)}\n`);
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
    err(`${wording.cannotWrite('render', String(target), reason(error, say))}\n`);
    return 2;
  }
  if (target) out(`${wording.wrote('render', target)}\n`);
  return 0;
}



/** "vanban render: 2 errors remain in x.vanban; written with them as typed:" and the errors, one a line. */
function remainingErrors(file: string, errors: readonly Diagnostic[], say: Say): string {
  const lines = errors.map((error) => `  ${file}:${error.range.start.line + 1}:${error.range.start.character + 1}  ${error.message}  ${error.rule}`);
  return [say(msg('vanban render: {0} errors remain in {1}; written with them as typed:', errors.length, file)), ...lines].join('\n');
}
