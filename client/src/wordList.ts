// The word list: "Thêm … vào danh sách từ riêng" on a syllable-spelling finding adds the word to the
// `vanban.words` setting of the draft's folder (the user's settings without a folder); the client passes it to
// the server as the rule's `words` option (settingsMiddleware.ts), the server re-lints on the change and the
// finding goes. A .vanbanrc.json holds a list as { "rules": { "syllable-spelling": { "options": { "words": [] } } } }.

import * as vscode from 'vscode';
import { t } from './l10n';

export const ADD_WORD_COMMAND = 'vanban.addWord';
const RULE = WORD_LIST_RULE;

import { WORD_LIST_RULE } from './wordList.pure';

function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  return typeof code === 'object' && code !== null ? String(code.value) : code === undefined ? undefined : String(code);
}

export function registerWordList(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.languages.registerCodeActionsProvider({ language: 'vanban' }, {
      provideCodeActions(document, _range, actionContext) {
        return actionContext.diagnostics.filter((d) => d.source === 'vanban' && codeOf(d) === RULE).map((d) => {
          const word = document.getText(d.range);
          const action = new vscode.CodeAction(t('Add “{0}” to the word list', word), vscode.CodeActionKind.QuickFix);
          action.diagnostics = [d];
          action.command = { title: action.title, command: ADD_WORD_COMMAND, arguments: [document.uri.toString(), word] };
          return action;
        });
      },
    }, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] }),
    vscode.commands.registerCommand(ADD_WORD_COMMAND, async (uri: string, word: string) => {
      if (typeof word !== 'string' || word.length === 0 || word.length > 64) return;
      const resource = vscode.Uri.parse(uri);
      const inFolder = vscode.workspace.getWorkspaceFolder(resource) !== undefined;
      const configuration = vscode.workspace.getConfiguration('vanban', resource);
      const inspected = configuration.inspect<string[]>('words');
      const target = inFolder ? vscode.ConfigurationTarget.WorkspaceFolder : vscode.ConfigurationTarget.Global;
      const current = (inFolder ? inspected?.workspaceFolderValue : inspected?.globalValue) ?? [];
      const normalized = word.normalize('NFC');
      if (!current.includes(normalized)) await configuration.update('words', [...current, normalized], target);
    }),
  );
}
