// `vanban.exportDocx`: asks the server for the .docx of a draft and writes it where the user says.
// A draft that still has errors is exported only after the user, told how many and which, says so (the
// errors would go into the Word file as typed). VS Code's save dialog itself asks before an existing file
// is overwritten (native and simple dialogs alike), so the command does not ask a second time. Afterwards
// the file can be opened or shown in its folder.

import * as vscode from 'vscode';
import { basename, exists, fromBase64 } from './files';
import { t } from './l10n';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { RenderDocxRequest } from '../../server/src/protocol';
import { exportQuestion, type ExportQuestion } from './exportQuestion';

/** For callers that answer the question themselves (the editor tests); a user is asked in a modal dialog. */
export interface ExportOptions {
  readonly confirm?: (question: ExportQuestion) => boolean | Thenable<boolean>;
}

export function registerExport(context: vscode.ExtensionContext, client: BaseLanguageClient): void {
  // `target` is for callers that already know where to write (tasks, tests, other extensions); it is
  // not overwritten without the user's consent either.
  context.subscriptions.push(vscode.commands.registerCommand('vanban.exportDocx', async (uri?: vscode.Uri, given?: vscode.Uri, options?: ExportOptions) => {
    const document = uri
      ? await vscode.workspace.openTextDocument(uri)
      : vscode.window.activeTextEditor?.document;
    if (!document || document.languageId !== 'vanban') {
      void vscode.window.showInformationMessage(t('Open a .vanban draft to export it.'));
      return;
    }
    // Errors as the CLI would count them: a finding milder while typing (a placeholder left in) counts at its
    // severity at rest, which the server sends in the diagnostic's data.
    const errors = vscode.languages.getDiagnostics(document.uri)
      .filter((d) => d.source === 'vanban' && (d.severity === vscode.DiagnosticSeverity.Error || severityAtRest(d) === 'error'))
      .map((d) => ({ line: d.range.start.line + 1, message: d.message }));
    const question = exportQuestion(errors, t);
    if (question && !(await (options?.confirm ?? askToExport)(question))) return;
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
    void offerToOpen(target);
    return target;
  }));
}

async function askToExport(question: ExportQuestion): Promise<boolean> {
  const anyway = t('Export anyway');
  return await vscode.window.showWarningMessage(question.message, { modal: true, detail: question.detail }, anyway) === anyway;
}

/** "Exported x.docx" with Open (the system's Word application) and Reveal (its folder). */
async function offerToOpen(target: vscode.Uri): Promise<void> {
  const open = t('Open');
  const reveal = t('Reveal in folder');
  const answer = await vscode.window.showInformationMessage(t('Exported {0}', basename(target)), open, reveal);
  if (answer === open) await vscode.env.openExternal(target);
  // A local file is shown in the system's file manager; elsewhere (remote, web) in the Explorer.
  else if (answer === reveal) await vscode.commands.executeCommand(target.scheme === 'file' && vscode.env.uiKind === vscode.UIKind.Desktop ? 'revealFileInOS' : 'revealInExplorer', target);
}

/** The severity the server says a finding has outside typing, if it differs (LSP `data.severityAtRest`). */
function severityAtRest(diagnostic: vscode.Diagnostic): unknown {
  const data = (diagnostic as vscode.Diagnostic & { data?: { severityAtRest?: unknown } }).data;
  return data?.severityAtRest;
}
