// `vanban lint`: check files, folders, globs or standard input; print text, JSON or SARIF.
// Exit codes: 0 nothing at error level (and warnings within --max-warnings), 1 otherwise, 2 usage or I/O.

import { checkFile, checkText, type CheckOutcome } from './check';
import { COMMON_OPTIONS, COMMON_USAGE, cliFlags, inputs, maxJobs, parse, UsageError } from './args';
import { countBySeverity, formatJson, formatText, type FileReport } from './format';
import { checkInWorkers, workerCount } from './pool';
import { createProgress } from './progress';
import { formatSarif, type Failure } from './sarif';
import type { Io } from './io';

export const LINT_USAGE = `Usage: vanban lint [files|folders|globs|-]... [options]
Folders are searched recursively for *.vanban files; a file named explicitly is linted whatever its
extension; '-' reads standard input.
  --format text|json|sarif   output format (default: text)
  --max-warnings N        exit 1 when there are more than N warnings
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
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
} as const;

export async function runLint(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, OPTIONS);
  if (values.help) { io.out(`${LINT_USAGE}\n`); return 0; }
  const format = values.format;
  if (format !== 'text' && format !== 'json' && format !== 'sarif') throw new UsageError(`unknown format '${format}' (use text, json, sarif)`);
  const maxWarnings = values['max-warnings'] === undefined ? undefined : Number(values['max-warnings']);
  if (maxWarnings !== undefined && !(Number.isInteger(maxWarnings) && maxWarnings >= 0)) {
    throw new UsageError(`--max-warnings wants a whole number, not '${values['max-warnings']}'`);
  }
  const flags = cliFlags(values);
  const jobs = maxJobs(values.jobs);
  const { files, missing, stdin } = inputs(positionals, values, io.readStdin);

  const failures: Failure[] = missing.map((path) => ({ file: path, message: `no such file or folder: ${path}` }));
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
  for (const outcome of outcomes) {
    if ('report' in outcome) reports.push(outcome.report);
    else failures.push({ file: outcome.file, message: `cannot read ${outcome.file}: ${outcome.error}` });
  }
  for (const failure of failures) io.err(`vanban: ${failure.message}\n`);

  const language = flags.language ?? 'vi';
  const colour = values['no-color'] ? false : values.color ?? (io.outIsTTY && !io.env.NO_COLOR);
  io.out(format === 'json' ? formatJson(reports) : format === 'sarif' ? formatSarif(reports, failures, language) : formatText(reports, colour));

  if (failures.length > 0) return 2;
  const counts = countBySeverity(reports);
  if (counts.error > 0) return 1;
  if (maxWarnings !== undefined && counts.warning > maxWarnings) {
    io.err(`vanban: ${counts.warning} warning(s), more than --max-warnings ${maxWarnings}\n`);
    return 1;
  }
  return 0;
}
