// `vanban.exportDocx`: asks the server for the .docx of a draft and writes it where the user says.
// VS Code's save dialog itself asks before an existing file is overwritten (native and simple dialogs
// alike), so the command does not ask a second time.

import * as vscode from 'vscode';
import { basename, exists, fromBase64 } from './files';
import { t } from './l10n';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { RenderDocxRequest } from '../../server/src/protocol';

export function registerExport(context: vscode.ExtensionContext, client: BaseLanguageClient): void {
  // `target` is for callers that already know where to write (tasks, tests, other extensions); it is
  // not overwritten without the user's consent either.
  context.subscriptions.push(vscode.commands.registerCommand('vanban.exportDocx', async (uri?: vscode.Uri, given?: vscode.Uri) => {
    const document = uri
      ? await vscode.workspace.openTextDocument(uri)
      : vscode.window.activeTextEditor?.document;
    if (!document || document.languageId !== 'vanban') {
      void vscode.window.showInformationMessage(t('Open a .vanban draft to export it.'));
      return;
    }
    const suggested = document.uri.with({ path: document.uri.path.replace(/(\.[^./]*)?$/, '.docx') });
    const target = given ?? await vscode.window.showSaveDialog({
      defaultUri: suggested,
      filters: { 'Word': ['docx'] },
      saveLabel: t('Export'),
    });
    if (!target) return;
    if (given && await exists(given)) {
      const overwrite = t('Overwrite');
      const answer = await vscode.window.showWarningMessage(
        t('{0} already exists. Overwrite it?', basename(given)), { modal: true }, overwrite);
      if (answer !== overwrite) return;
    }
    const result = await client.sendRequest(RenderDocxRequest, { uri: document.uri.toString() });
    if (!result) {
      void vscode.window.showErrorMessage(t('The server has no model of this draft yet; try again.'));
      return;
    }
    await vscode.workspace.fs.writeFile(target, fromBase64(result.base64));
    void vscode.window.showInformationMessage(t('Exported {0}', basename(target)));
  }));
}
