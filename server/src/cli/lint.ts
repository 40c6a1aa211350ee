// `vanban lint`: check files, folders, globs or standard input; print text, JSON or SARIF.
// Exit codes: 0 nothing at error level (and warnings within --max-warnings), 1 otherwise, 2 usage or I/O.

import { checkFile, checkText, type CheckOutcome } from './check';
import { COMMON_OPTIONS, COMMON_USAGE, cliFlags, inputs, maxJobs, parse, UsageError } from './args';
import { countBySeverity, formatJson, formatText, type FileReport } from './format';
import { checkInWorkers, workerCount } from './pool';
import { createProgress } from './progress';
import { formatSarif, type Failure } from './sarif';
import { formatCodeQuality, formatGithub, formatJunit } from './ciFormats';
import { writeFileSync } from 'node:fs';
import type { Severity } from '../engine';
import { lintOptionsFor } from './options';
import { findConfig } from '../config';
import type { Io } from './io';

const FORMATS = ['text', 'json', 'sarif', 'junit', 'github', 'codequality'] as const;
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

export const LINT_USAGE = `Usage: vanban lint [files|folders|globs|-]... [options]
Folders are searched recursively for *.vanban files; a file named explicitly is linted whatever its
extension; '-' reads standard input.
  --format FORMAT         text (default), json, sarif (code scanning), junit (JUnit XML test report),
                          github (GitHub Actions annotations), codequality (GitLab Code Quality JSON)
  --output-file FILE      write the report to FILE instead of standard output
  --quiet                 report errors only (same as --min-severity error)
  --min-severity LEVEL    report findings at LEVEL or above: error, warning, info, hint (default: hint)
  --max-warnings N        exit 1 when there are more than N warnings
  --print-config FILE     print the options that apply to FILE (configuration and flags) as JSON, and stop
  --color, --no-color     colour the text format (default: when standard output is a terminal)
  --jobs N                at most N worker threads (default: the machine's cores)
  --verbose               say how the run was done on standard error
${COMMON_USAGE}
Exit codes: 0 no errors, 1 errors found (or too many warnings), 2 usage or I/O failure.`;

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

export async function runLint(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, OPTIONS);
  if (values.help) { io.out(`${LINT_USAGE}\n`); return 0; }
  const format = values.format as (typeof FORMATS)[number];
  if (!FORMATS.includes(format)) throw new UsageError(`unknown format '${values.format}' (use ${FORMATS.join(', ')})`);
  const minSeverity = (values.quiet ? 'error' : values['min-severity'] ?? 'hint') as Severity;
  if (!SEVERITIES.includes(minSeverity)) throw new UsageError(`unknown severity '${minSeverity}' (use ${SEVERITIES.join(', ')})`);
  if (values.quiet && values['min-severity'] !== undefined && values['min-severity'] !== 'error') throw new UsageError('--quiet and --min-severity disagree');
  const maxWarnings = values['max-warnings'] === undefined ? undefined : Number(values['max-warnings']);
  if (maxWarnings !== undefined && !(Number.isInteger(maxWarnings) && maxWarnings >= 0)) {
    throw new UsageError(`--max-warnings wants a whole number, not '${values['max-warnings']}'`);
  }
  const flags = cliFlags(values);
  if (values['print-config'] !== undefined) return printConfig(values['print-config'], flags, io);
  const jobs = maxJobs(values.jobs);
  const { files, missing, problems, notes, stdin } = inputs(positionals, values, io.readStdin);
  for (const note of notes) io.err(`vanban: ${note}\n`);

  const failures: Failure[] = [
    ...missing.map((path) => ({ file: path, message: `no such file or folder: ${path}` })),
    ...problems.map((message) => ({ file: message.split(': ')[0], message })),
  ];
  const reports: FileReport[] = [];
  if (stdin) reports.push(checkText(stdin.name, stdin.text, flags));

  const workers = workerCount(files.length, jobs);
  const progress = createProgress(files.length, io.errStream);
  let outcomes: CheckOutcome[];
  if (workers > 0) {
    outcomes = await checkInWorkers(io.workerScript, files, flags, workers, (done) => progress.update(done));
  } else {
    outcomes = files.map((file, index) => {
      const outcome = checkFile(file, flags);
      progress.update(index + 1);
      return outcome;
    });
  }
  progress.finish();
  if (values.verbose) io.err(`vanban: ${files.length + (stdin ? 1 : 0)} file(s) checked ${workers > 0 ? `in ${workers} worker thread(s)` : 'in-process'}\n`);
  const keep = SEVERITIES.slice(0, SEVERITIES.indexOf(minSeverity) + 1);
  for (const outcome of outcomes) {
    if ('report' in outcome) reports.push(outcome.report);
    else failures.push({ file: outcome.file, message: `cannot read ${outcome.file}: ${outcome.error}` });
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
            : formatText(shown, colour);
  if (toFile !== undefined) {
    try {
      writeFileSync(toFile, output, 'utf8');
    } catch (error) {
      io.err(`vanban: cannot write ${toFile}: ${(error as Error).message}\n`);
      return 2;
    }
  } else {
    io.out(output);
  }

  if (failures.length > 0) return 2;
  const counts = countBySeverity(shown);
  if (counts.error > 0) return 1;
  if (maxWarnings !== undefined && counts.warning > maxWarnings) {
    io.err(`vanban: ${counts.warning} warning(s), more than --max-warnings ${maxWarnings}\n`);
    return 1;
  }
  return 0;
}

/** `--print-config FILE`: what linting FILE would use, for a question like "why is this rule off here?". */
function printConfig(file: string, flags: Parameters<typeof lintOptionsFor>[1], io: Io): number {
  const options = lintOptionsFor(file, flags, (text) => io.err(text));
  const configFile = flags.config ?? findConfig(file) ?? null;
  io.out(`${JSON.stringify({ file, configFile, ...options }, null, 2)}\n`);
  return 0;
}
