// `vanban <command>`: the dispatcher. Each command is `(argv, io) => Promise<exit code>`; a new one is
// one line in COMMANDS. Exit codes: 0 fine, 1 findings at error level, 2 usage or I/O failure.

import { UsageError } from './args';
import { runFix } from './fix';
import { runImport, IMPORT_USAGE } from './import';
import { runConvert, CONVERT_USAGE } from './convert';
import { processIo, type Io } from './io';
import { runLint } from './lint';
import { chooseCliLanguage, messagesIn, type Messages } from './lang';
import { fixUsage, lintUsage, mainUsage } from './usage';
import { msg, type Language } from '../engine';
import { runRender, RENDER_USAGE } from './render';
import { isLintWorker, runLintWorker } from './pool';
import { version } from '../../../package.json';

type Command = (argv: readonly string[], io: Io, messages: Messages) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  lint: runLint,
  fix: runFix,
  render: (argv, io, messages) => runRender([...argv], io.out, io.err, messages),
  import: runImport,
  convert: runConvert,
};

/** The whole help, in the CLI's language. */
const usage = (language: Language) => `${mainUsage(Object.keys(COMMANDS).join(', '), language)}

${lintUsage(language)}

${fixUsage(language)}

${RENDER_USAGE(language)}

${IMPORT_USAGE(language)}

${CONVERT_USAGE(language)}`;

export async function main(argv: readonly string[], io: Io): Promise<number> {
  const messages = messagesIn(chooseCliLanguage(argv));
  const { language, say } = messages;
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    (command ? io.out : io.err)(`${usage(language)}\n`);
    return command ? 0 : 2;
  }
  if (command === '--version' || command === '-v' || command === 'version') {
    io.out(`${version}\n`);
    return 0;
  }
  const run = COMMANDS[command];
  if (!run) {
    io.err(`vanban: ${say(msg('unknown command \'{0}\'', command))}\n${usage(language)}\n`);
    return 2;
  }
  try {
    return await run(rest, io, messages);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`vanban ${command}: ${error.message}\n${say(msg('Try \'vanban {0} --help\'.', command))}\n`);
      return 2;
    }
    io.err(`vanban ${command}: ${(error as Error).stack ?? String(error)}\n`);
    return 2;
  }
}

/** Runs the command line on this process's arguments (`dist/cli.js` calls it). */
export function runCommandLine(): void {
  // `vanban lint … | head`: a reader that stops early is not a failure of ours.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
  // The worker threads of a large run load this same bundle (__filename) and find their role below.
  void main(process.argv.slice(2), processIo(__filename)).then((code) => { process.exitCode = code; });
}

if (isLintWorker()) runLintWorker();
