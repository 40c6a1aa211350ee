// The extension's own strings in the language the user chose with `vanban.messagesLanguage` (Vietnamese
// by default), whatever VS Code's display language: vscode.l10n.t follows the display language, which is
// English for most Vietnamese users (there is no official Vietnamese language pack). Kept free of the
// vscode module so a test can run it.

import vi from '../../l10n/bundle.l10n.vi.json';

const VI: Readonly<Record<string, string>> = vi;

/** `message` (English source) in `language`, with {0}, {1}… filled. */
export function translate(language: string, message: string, args: readonly (string | number | boolean)[] = []): string {
  const text = language === 'en' ? message : VI[message] ?? message;
  return text.replace(/\{(\d+)\}/g, (match, index: string) => (Number(index) < args.length ? String(args[Number(index)]) : match));
}
