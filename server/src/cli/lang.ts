// The command line's own language (help, usage errors, notices, the summary line): Vietnamese unless
// `--lang en` is on the command line, the flag that also sets the findings' language. main() reads it from
// argv once and hands the resulting `Messages` down to the command, as a value: nothing is kept in the module
// (a worker thread gets the language in its start data and builds its own).

import { localize, type Language, type Message } from '../engine';

/** A CLI message in the chosen language. */
export type Say = (message: Message) => string;

/** The CLI's language, and its messages said in it. */
export interface Messages {
  readonly language: Language;
  readonly say: Say;
}

/** `--lang X` / `--lang=X` anywhere in argv; else Vietnamese. */
export function chooseCliLanguage(argv: readonly string[]): Language {
  let chosen: string | undefined;
  argv.forEach((arg, index) => {
    if (arg === '--lang') chosen = argv[index + 1];
    else if (arg.startsWith('--lang=')) chosen = arg.slice('--lang='.length);
  });
  return chosen === 'en' ? 'en' : 'vi';
}

export function messagesIn(language: Language): Messages {
  return { language, say: (message) => localize(language, message) };
}
