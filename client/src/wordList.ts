// The word list: the server offers "Thêm … vào danh sách từ riêng" on a spelling finding (its code
// actions), which runs this command: it adds the word to the `vanban.words` setting of the draft's folder
// (the user's settings without a folder). The server reads `vanban.words` as the spelling rule's word list,
// re-lints on the change, and the finding goes. A .vanbanrc.json holds a list as { "words": [] }.

import * as vscode from 'vscode';

/** The server's ADD_WORD_COMMAND (server/src/engine/service/codeActions.ts): the editor runs it here. */
export const ADD_WORD_COMMAND = 'vanban.addWord';

export function registerWordList(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
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
