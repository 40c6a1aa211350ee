// The one localisation layer. Messages are written in English in the source (the key); the Vietnamese
// bundle `l10n/bundle.l10n.vi.json` (VS Code's own l10n format, shared with the extension) translates
// them. Vietnamese is the default: the documents and their rules are Vietnamese. The language is an
// argument of every call: nothing is configured once for the whole process (two languages may be asked
// for at once, by two documents or two hosts), so the engine formats as @vscode/l10n's t() does
// (a bundle entry, else the English text; {0}, {1}… replaced by the arguments) without its global state.

import vi from '../../../../l10n/bundle.l10n.vi.json';

export type Language = 'vi' | 'en';

export type MessageArg = string | number | Message;

export interface Message {
  readonly text: string;
  /** Arguments; a Message argument is localised in the same language (a reason inside a sentence). */
  readonly args: readonly MessageArg[];
}

/** A message to be localised later: `msg('Write {0}', 'Số 02-KL/BTCTW')`. */
export function msg(text: string, ...args: MessageArg[]): Message {
  return { text, args };
}

const bundles: Record<Language, Readonly<Record<string, string>>> = { vi: vi as Record<string, string>, en: {} };

/** A placeholder of a template: `{0}` (digits only, so the scan stays linear on a run of braces). */
const PLACEHOLDER = /{(\d+)}/g;

export function localize(language: Language, message: Message): string {
  const args = message.args.map((arg) => (typeof arg === 'object' ? localize(language, arg) : arg));
  const bundle = bundles[language];
  const template = (Object.hasOwn(bundle, message.text) && bundle[message.text]) || message.text;
  if (args.length === 0) return template;
  return template.replace(PLACEHOLDER, (placeholder, index: string) => {
    const value = args[Number(index)];
    return value === undefined ? placeholder : String(value);
  });
}

/** The English messages that have no Vietnamese translation (for the tests). */
export function untranslated(messages: Iterable<string>): string[] {
  return [...messages].filter((text) => !(text in bundles.vi));
}
