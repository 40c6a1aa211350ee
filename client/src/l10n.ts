// t(message, ...args): the client's strings in the `vanban.messagesLanguage` language (see l10nText.ts).

import * as vscode from 'vscode';
import { translate } from './l10nText';

export function uiLanguage(): string {
  return vscode.workspace.getConfiguration('vanban').get<string>('messagesLanguage', 'vi');
}

export function t(message: string, ...args: (string | number | boolean)[]): string {
  return translate(uiLanguage(), message, args);
}
