// Word files in the editor. `vanban.checkWord` reads a .docx, asks the language server to read and lint it
// (LintDocxRequest: the bytes go base64), opens the extracted text read-only beside it as a virtual
// document (scheme vanban-word, language vanban, so the server lints its text as usual), and lists the
// formatting findings, which need the file, in the Problems panel by paragraph. `vanban.importWord` saves
// that text as a draft. No document logic here: the server reads, the client shows.

import * as vscode from 'vscode';
import { basename, exists, toBase64 } from './files';
import { t } from './l10n';
import { withRuleLink } from './rulePages';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { LintDocxRequest } from '../../server/src/protocol';

export const WORD_SCHEME = 'vanban-word';

type LspDiagnostic = Diagnostic & { readonly data?: { paragraph?: number } };

/** The extracted text of each opened Word file, by the virtual document's URI. */
const texts = new Map<string, { text: string; source: vscode.Uri }>();

export function registerWord(context: vscode.ExtensionContext, client: BaseLanguageClient): void {
  const changed = new vscode.EventEmitter<vscode.Uri>();
  const problems = vscode.languages.createDiagnosticCollection('vanban-word');
  context.subscriptions.push(changed, problems);
  context.subscriptions.push(vscode.workspace.registerTextDocumentContentProvider(WORD_SCHEME, {
    onDidChange: changed.event,
    provideTextDocumentContent: (uri) => texts.get(uri.toString())?.text ?? '',
  }));

  context.subscriptions.push(vscode.commands.registerCommand('vanban.checkWord', async (given?: vscode.Uri) => {
    const source = given ?? activeWordFile() ?? (await vscode.window.showOpenDialog({ filters: { Word: ['docx'] }, canSelectMany: false }))?.[0];
    if (!source) return;
    const bytes = await vscode.workspace.fs.readFile(source);
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: t('Checking {0}', basename(source)) },
      () => client.sendRequest(LintDocxRequest, { uri: source.toString(), base64: toBase64(bytes) }),
    );
    if ('error' in result) {
      void vscode.window.showErrorMessage(t('Cannot check {0}: {1}', basename(source), result.error));
      return;
    }
    // The virtual document bears the Word file's own name (its tab and Problems group say bao-cao.docx, not
    // a bao-cao.docx.vanban that exists nowhere); it is given the vanban language, so the server lints its text.
    const uri = vscode.Uri.from({ scheme: WORD_SCHEME, path: source.path, query: source.toString() });
    texts.set(uri.toString(), { text: result.text, source });
    changed.fire(uri);
    problems.set(uri, result.diagnostics.map((d) => toProblem(d as LspDiagnostic)));
    let document = await vscode.workspace.openTextDocument(uri);
    if (document.languageId !== 'vanban') document = await vscode.languages.setTextDocumentLanguage(document, 'vanban');
    await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preview: false });
    return uri;
  }));

  context.subscriptions.push(vscode.commands.registerCommand('vanban.importWord', async (given?: vscode.Uri, target?: vscode.Uri) => {
    const virtual = given?.scheme === WORD_SCHEME ? given : vscode.window.activeTextEditor?.document.uri;
    let entry = virtual && texts.get(virtual.toString());
    if (!entry) {
      // From a .docx itself: check it first, which reads it.
      const source = given?.scheme === 'file' ? given : activeWordFile();
      const opened = source && await vscode.commands.executeCommand<vscode.Uri | undefined>('vanban.checkWord', source);
      entry = opened && texts.get(opened.toString());
      if (!entry) return;
    }
    const destination = target ?? await vscode.window.showSaveDialog({
      defaultUri: entry.source.with({ path: entry.source.path.replace(/\.docx$/i, '') + '.vanban' }),
      filters: { [t('Draft')]: ['vanban'] },
      saveLabel: t('Import'),
    });
    if (!destination) return;
    if (target && await exists(target)) {
      const overwrite = t('Overwrite');
      const answer = await vscode.window.showWarningMessage(t('{0} already exists. Overwrite it?', basename(target)), { modal: true }, overwrite);
      if (answer !== overwrite) return;
    }
    await vscode.workspace.fs.writeFile(destination, new TextEncoder().encode(`${entry.text}\n`));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(destination));
    return destination;
  }));

  // The text and its formatting findings go when the virtual document is closed.
  context.subscriptions.push(vscode.workspace.onDidCloseTextDocument((document) => {
    if (document.uri.scheme !== WORD_SCHEME) return;
    // Giving the view its language closes and reopens it: forget it only if it stays closed.
    const key = document.uri.toString();
    setTimeout(() => {
      if (vscode.workspace.textDocuments.some((open) => open.uri.toString() === key)) return;
      texts.delete(key);
      problems.delete(document.uri);
    }, 0);
  }));

  // Opening a .docx (VS Code shows it as a binary file) offers the check.
  context.subscriptions.push(vscode.window.tabGroups.onDidChangeTabs(async (event) => {
    for (const tab of event.opened) {
      const uri = tabUri(tab);
      // The Word-check view bears the .docx name too; it is the check's result, not a file to offer it for.
      if (!uri || uri.scheme === WORD_SCHEME || !/\.docx$/i.test(uri.path)) continue;
      const check = t('Check the Word file');
      if (await vscode.window.showInformationMessage(t('{0} is a Word file. Check its form and formatting?', basename(uri)), check) === check) {
        await vscode.commands.executeCommand('vanban.checkWord', uri);
      }
    }
  }));
}

/** A formatting finding in the Problems panel, its paragraph first ("¶12"). */
function toProblem(d: LspDiagnostic): vscode.Diagnostic {
  const range = new vscode.Range(d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character);
  const paragraph = d.data?.paragraph;
  const problem = new vscode.Diagnostic(range, paragraph === undefined ? d.message : `¶${paragraph + 1}: ${d.message}`, severity(d.severity));
  problem.source = 'vanban';
  if (d.code) problem.code = d.code;
  return withRuleLink(problem);
}

function severity(lsp: number | undefined): vscode.DiagnosticSeverity {
  switch (lsp) {
    case 1: return vscode.DiagnosticSeverity.Error;
    case 2: return vscode.DiagnosticSeverity.Warning;
    case 4: return vscode.DiagnosticSeverity.Hint;
    default: return vscode.DiagnosticSeverity.Information;
  }
}

function activeWordFile(): vscode.Uri | undefined {
  const tab = vscode.window.tabGroups.activeTabGroup.activeTab;
  const uri = tab && tabUri(tab);
  return uri && /\.docx$/i.test(uri.path) ? uri : undefined;
}

function tabUri(tab: vscode.Tab): vscode.Uri | undefined {
  const input = tab.input;
  if (input instanceof vscode.TabInputText || input instanceof vscode.TabInputCustom) return input.uri;
  return undefined;
}
