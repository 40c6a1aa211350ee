// `vanban <command>`: the dispatcher. Each command is `(argv, io) => Promise<exit code>`; a new one is
// one line in COMMANDS. Exit codes: 0 fine, 1 findings at error level, 2 usage or I/O failure.

import { UsageError } from './args';
import { runFix, FIX_USAGE } from './fix';
import { runImport, IMPORT_USAGE } from './import';
import { processIo, type Io } from './io';
import { runLint, LINT_USAGE } from './lint';
import { runRender, RENDER_USAGE } from './render';
import { isLintWorker, runLintWorker } from './pool';

type Command = (argv: readonly string[], io: Io) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  lint: runLint,
  fix: runFix,
  render: (argv, io) => runRender([...argv], io.out, io.err),
  import: runImport,
};

const USAGE = `Usage: vanban <command> [options]
Commands: ${Object.keys(COMMANDS).join(', ')}. 'vanban <command> --help' tells more.

${LINT_USAGE}

${FIX_USAGE}

${RENDER_USAGE}

${IMPORT_USAGE}`;

export async function main(argv: readonly string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    (command ? io.out : io.err)(`${USAGE}\n`);
    return command ? 0 : 2;
  }
  const run = COMMANDS[command];
  if (!run) {
    io.err(`vanban: unknown command '${command}'\n${USAGE}\n`);
    return 2;
  }
  try {
    return await run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`vanban ${command}: ${error.message}\nTry 'vanban ${command} --help'.\n`);
      return 2;
    }
    io.err(`vanban ${command}: ${(error as Error).stack ?? String(error)}\n`);
    return 2;
  }
}

if (isLintWorker()) {
  runLintWorker();
} else if (require.main === module) {
  // `vanban lint … | head`: a reader that stops early is not a failure of ours.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
  void main(process.argv.slice(2), processIo(__filename)).then((code) => { process.exitCode = code; });
}
