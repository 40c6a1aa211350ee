// `vanban lint [paths|globs] [--format text|json] [--profile P] [--lang vi|en]`
// Exit codes: 0 no error-level finding, 1 error findings, 2 usage or I/O failure.

import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isProfileName, lintModel, parse, PROFILE_NAMES } from '../engine';
import { expandPaths } from './files';
import { countBySeverity, formatJson, formatText, type FileReport } from './format';

const USAGE = `Usage: vanban lint [files|folders|globs...] [--format text|json] [--profile ${PROFILE_NAMES.join('|')}] [--lang vi|en]
Folders are searched for *.vanban files; a file named explicitly is linted whatever its extension.
Exit codes: 0 no errors, 1 errors found, 2 usage or I/O failure.`;

export function main(argv: readonly string[], out: (text: string) => void, err: (text: string) => void): number {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    out(`${USAGE}\n`);
    return command ? 0 : 2;
  }
  if (command !== 'lint') {
    err(`vanban: unknown command '${command}'\n${USAGE}\n`);
    return 2;
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: [...rest],
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        profile: { type: 'string', default: 'auto' },
        lang: { type: 'string', default: 'vi' },
        ext: { type: 'string', multiple: true },
      },
    });
  } catch (error) {
    err(`vanban: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { format, profile, lang } = parsed.values;
  if (format !== 'text' && format !== 'json') { err(`vanban: unknown format '${format}'\n`); return 2; }
  if (!isProfileName(profile)) { err(`vanban: unknown profile '${profile}' (use ${PROFILE_NAMES.join(', ')})\n`); return 2; }
  if (lang !== 'vi' && lang !== 'en') { err(`vanban: unknown language '${lang}'\n`); return 2; }
  if (parsed.positionals.length === 0) { err(`vanban: no files given\n${USAGE}\n`); return 2; }

  const extensions = ['.vanban', ...(parsed.values.ext ?? []).map((ext) => (ext.startsWith('.') ? ext : `.${ext}`))];
  const { files, missing } = expandPaths(parsed.positionals, extensions);
  for (const path of missing) err(`vanban: no such file or folder: ${path}\n`);
  const reports: FileReport[] = [];
  let ioFailure = missing.length > 0;
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      err(`vanban: cannot read ${file}: ${(error as Error).message}\n`);
      ioFailure = true;
      continue;
    }
    const result = lintModel(parse(text), { profile, language: lang });
    reports.push({ file, profile: result.profile, regime: result.regime, diagnostics: result.diagnostics });
  }
  out(format === 'json' ? formatJson(reports) : formatText(reports, process.stdout.isTTY === true));
  if (ioFailure) return 2;
  return countBySeverity(reports).error > 0 ? 1 : 0;
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2), (text) => process.stdout.write(text), (text) => process.stderr.write(text));
}
