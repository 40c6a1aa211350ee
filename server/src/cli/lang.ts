// The command line's own language (help, usage errors, notices, the summary line): Vietnamese unless
// `--lang en` is on the command line, the flag that also sets the findings' language.
// One invocation per process, so the choice is kept here once main() has read it.

import { localize, type Language, type Message } from '../engine';

let current: Language = 'vi';

/** `--lang X` / `--lang=X` anywhere in argv; else Vietnamese. */
export function chooseCliLanguage(argv: readonly string[]): Language {
  let chosen: string | undefined;
  argv.forEach((arg, index) => {
    if (arg === '--lang') chosen = argv[index + 1];
    else if (arg.startsWith('--lang=')) chosen = arg.slice('--lang='.length);
  });
  current = chosen === 'en' ? 'en' : 'vi';
  return current;
}

export function cliLanguage(): Language {
  return current;
}

/** A CLI message in the chosen language. */
export function say(message: Message): string {
  return localize(current, message);
}
