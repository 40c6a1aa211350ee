// t(message, ...args): the client's strings in the `vanban.messagesLanguage` language (see l10nText.ts).

import * as vscode from 'vscode';
import { translate, useBundle } from './l10nText';

/** Reads the Vietnamese bundle shipped in the package (node and web alike); English if it cannot be read. */
export async function loadBundle(extensionUri: vscode.Uri): Promise<void> {
  try {
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'l10n', 'bundle.l10n.vi.json'));
    useBundle(JSON.parse(new TextDecoder().decode(bytes)) as Record<string, string>);
  } catch (error) {
    console.error(`vanban: the Vietnamese texts could not be read (${String(error)}); English is shown`);
  }
}

export function uiLanguage(): string {
  return vscode.workspace.getConfiguration('vanban').get<string>('messagesLanguage', 'vi');
}

export function t(message: string, ...args: (string | number | boolean)[]): string {
  return translate(uiLanguage(), message, args);
}
