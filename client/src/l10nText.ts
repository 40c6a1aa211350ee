// The extension's own strings in the language the user chose with `vanban.messagesLanguage` (Vietnamese
// by default), whatever VS Code's display language: vscode.l10n.t follows the display language, which is
// English for most Vietnamese users (there is no official Vietnamese language pack). Kept free of the
// vscode module so a test can run it.

// The Vietnamese bundle is read from the extension's own `l10n/bundle.l10n.vi.json` when the extension starts
// (useBundle), not bundled into the client: the file ships in the package anyway, and a copy inside each of
// the two client bundles cost the .vsix about 40 KB of its 1 MB budget.

/** The Vietnamese texts by English source, once read; empty before (the English source is shown then). */
const VI = new Map<string, string>();

/** Takes the bundle's texts (the parsed `l10n/bundle.l10n.vi.json`). */
export function useBundle(bundle: Readonly<Record<string, string>>): void {
  VI.clear();
  for (const [message, text] of Object.entries(bundle)) if (typeof text === 'string') VI.set(message, text);
}

/** `message` (English source) in `language`, with {0}, {1}… filled. */
export function translate(language: string, message: string, args: readonly (string | number | boolean)[] = []): string {
  const text = language === 'en' ? message : VI.get(message) ?? message;
  return text.replace(/\{(\d+)\}/g, (match, index: string) => (Number(index) < args.length ? String(args[Number(index)]) : match));
}
