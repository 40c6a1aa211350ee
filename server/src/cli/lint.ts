// `vanban lint`: check files, folders, globs or standard input; print text, JSON or SARIF.
// Exit codes: 0 nothing at error level (and warnings within --max-warnings), 1 otherwise, 2 usage or I/O.

import { checkFile, checkText, type CheckOutcome } from './check';
import { COMMON_OPTIONS, cliFlags, inputs, maxJobs, parse, UsageError } from './args';
import { lintUsage } from './usage';
import type { Messages } from './lang';
import { countBySeverity, formatJson, formatText, type FileReport } from './format';
import { capJobs, checkInWorkers, workerCount } from './pool';
import { createProgress } from './progress';
import { formatSarif, type Failure } from './sarif';
import { formatCodeQuality, formatGithub, formatJunit } from './ciFormats';
import { msg, type Severity } from '../engine';
import { optionsResolver, resolvedConfiguration, type CliFlags, type OptionsFor } from './options';
import { findConfig } from '../config';
import { reason, writeDraftAtomic, type Io } from './io';
import { namedRoots } from '../node/write';

const FORMATS = ['text', 'json', 'sarif', 'junit', 'github', 'codequality'] as const;
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

/** The help text, in the CLI's language (usage.ts). */

const OPTIONS = {
  ...COMMON_OPTIONS,
  format: { type: 'string', default: 'text' },
  'max-warnings': { type: 'string' },
  jobs: { type: 'string' },
  verbose: { type: 'boolean', default: false },
  'output-file': { type: 'string' },
  quiet: { type: 'boolean', default: false },
  'min-severity': { type: 'string' },
  'print-config': { type: 'string' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
} as const;

export async function runLint(argv: readonly string[], io: Io, messages: Messages): Promise<number> {
  const { say } = messages;
  const { values, positionals } = parse(argv, OPTIONS);
  if (values.help) { io.out(`${lintUsage(messages.language)}\n`); return 0; }
  const format = values.format as (typeof FORMATS)[number];
  if (!FORMATS.includes(format)) throw new UsageError(say(msg('unknown format \'{0}\' (use {1})', values.format ?? '', FORMATS.join(', '))));
  const minSeverity = (values.quiet ? 'error' : values['min-severity'] ?? 'hint') as Severity;
  if (!SEVERITIES.includes(minSeverity)) throw new UsageError(say(msg('unknown severity \'{0}\' (use {1})', minSeverity, SEVERITIES.join(', '))));
  if (values.quiet && values['min-severity'] !== undefined && values['min-severity'] !== 'error') throw new UsageError(say(msg('--quiet and --min-severity disagree')));
  const maxWarnings = values['max-warnings'] === undefined ? undefined : Number(values['max-warnings']);
  if (maxWarnings !== undefined && !(Number.isInteger(maxWarnings) && maxWarnings >= 0)) {
    throw new UsageError(say(msg('--max-warnings wants a whole number, not \'{0}\'', values['max-warnings'] ?? '')));
  }
  const flags = cliFlags(values, say);
  const run = { optionsFor: optionsResolver(), say };
  if (values['print-config'] !== undefined) return printConfig(values['print-config'], flags, run.optionsFor, io);
  const { jobs, capped } = capJobs(maxJobs(values.jobs, say));
  if (capped) io.err(`vanban: ${say(msg('--jobs {0} is more than the {1} core(s) of this machine; {1} are used', values.jobs ?? '', jobs ?? 1))}\n`);
  const { files, missing, problems, notes, stdin } = inputs(positionals, values, say, io.readStdin);
  for (const note of notes) io.err(`vanban: ${note}\n`);

  const failures: Failure[] = [
    ...missing.map((path) => ({ file: path, message: say(msg('no such file or folder: {0}', path)) })),
    ...problems.map((message) => ({ file: message.split(': ')[0], message })),
  ];
  const reports: FileReport[] = [];
  if (stdin) reports.push(checkText(stdin.name, stdin.text, flags, run, stdin.invalid));

  const workers = workerCount(files.length, jobs);
  const progress = createProgress(files.length, io.errStream);
  let outcomes: CheckOutcome[];
  if (workers > 0) {
    outcomes = await checkInWorkers(io.workerScript, files, flags, messages.language, workers, (done) => progress.update(done));
  } else {
    outcomes = files.map((file, index) => {
      const outcome = checkFile(file, flags, run);
      progress.update(index + 1);
      return outcome;
    });
  }
  progress.finish();
  if (values.verbose) io.err(`vanban: ${files.length + (stdin ? 1 : 0)} file(s) checked ${workers > 0 ? `in ${workers} worker thread(s)` : 'in-process'}\n`);
  const keep = SEVERITIES.slice(0, SEVERITIES.indexOf(minSeverity) + 1);
  for (const outcome of outcomes) {
    if ('report' in outcome) reports.push(outcome.report);
    else failures.push({ file: outcome.file, message: say(msg('cannot read {0}: {1}', outcome.file, outcome.error)) });
  }
  for (const failure of failures) io.err(`vanban: ${failure.message}\n`);

  const shown = reports.map((report) => ({ ...report, diagnostics: report.diagnostics.filter((d) => keep.includes(d.severity)) }));
  const language = flags.language ?? 'vi';
  const toFile = values['output-file'];
  const colour = toFile !== undefined || values['no-color'] ? false : values.color ?? (io.outIsTTY && !io.env.NO_COLOR);
  const output = format === 'json' ? formatJson(shown)
    : format === 'sarif' ? formatSarif(shown, failures, language)
      : format === 'junit' ? formatJunit(shown)
        : format === 'github' ? formatGithub(shown)
          : format === 'codequality' ? formatCodeQuality(shown)
            : formatText(shown, colour, say);
  if (toFile !== undefined) {
    try {
      // The one writer: atomic, and never over one of this run's inputs (`--output-file a.vanban` on a.vanban).
      writeDraftAtomic(toFile, output, { inputs: [...files, ...(flags.config ? [flags.config] : [])], roots: namedRoots([...positionals, toFile]) });
    } catch (error) {
      io.err(`vanban: ${say(msg('cannot write {0}: {1}', toFile, reason(error, say)))}\n`);
      return 2;
    }
  } else {
    io.out(output);
  }

  if (failures.length > 0) return 2;
  const counts = countBySeverity(shown);
  if (counts.error > 0) return 1;
  if (maxWarnings !== undefined && counts.warning > maxWarnings) {
    io.err(`vanban: ${say(msg('{0} warning(s), more than --max-warnings {1}', counts.warning, maxWarnings))}\n`);
    return 1;
  }
  return 0;
}

/** `--print-config FILE`: what linting FILE would use, for a question like "why is this rule off here?". */
function printConfig(file: string, flags: CliFlags, optionsFor: OptionsFor, io: Io): number {
  const options = optionsFor(file, flags, (text) => io.err(text));
  const configFile = flags.config ?? findConfig(file) ?? null;
  io.out(`${JSON.stringify(resolvedConfiguration(file, configFile, options), null, 2)}\n`);
  return 0;
}
