// The one localisation layer. Messages are written in English in the source (the key); the Vietnamese
// bundle `l10n/bundle.l10n.vi.json` (VS Code's own l10n format, shared with the extension) translates
// them. Vietnamese is the default: the documents and their rules are Vietnamese.

import * as l10n from '@vscode/l10n';
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

const bundles: Record<Language, Record<string, string>> = { vi: vi as Record<string, string>, en: {} };
let active: Language | undefined;

export function localize(language: Language, message: Message): string {
  if (active !== language) {
    l10n.config({ contents: bundles[language] });
    active = language;
  }
  const args = message.args.map((arg) => (typeof arg === 'object' ? localize(language, arg) : arg));
  if (active !== language) {
    l10n.config({ contents: bundles[language] });
    active = language;
  }
  return l10n.t(message.text, ...args);
}

/** The English messages that have no Vietnamese translation (for the tests). */
export function untranslated(messages: Iterable<string>): string[] {
  return [...messages].filter((text) => !(text in bundles.vi));
}
