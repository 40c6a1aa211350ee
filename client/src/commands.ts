// Editor commands that need no server: a new document from a skeleton, a .vanbanrc.json for the folder,
// restarting the language server. A rule's page: rulePages.ts.

import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { CONVERT_COMMAND, convertToUnicode } from './convert';
import { exists } from './files';
import { pickWithoutMarks } from './pickWithoutMarks';
import { t } from './l10n';
import { CONFIG_SCHEMA_URL, configSkeleton, templates } from './templates';

export const NEW_DOCUMENT_COMMAND = 'vanban.newDocument';
export const CREATE_CONFIG_COMMAND = 'vanban.createConfig';
export const RESTART_COMMAND = 'vanban.restartServer';

export function registerCommands(context: vscode.ExtensionContext, client: () => BaseLanguageClient | undefined): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(NEW_DOCUMENT_COMMAND, () => newDocument(context)),
    vscode.commands.registerCommand(CREATE_CONFIG_COMMAND, createConfig),
    vscode.commands.registerCommand(RESTART_COMMAND, async () => {
      const current = client();
      if (!current) return;
      await current.stop();
      await current.start();
      void vscode.window.showInformationMessage(t('The Văn bản language server was restarted.'));
    }),
    vscode.commands.registerCommand(CONVERT_COMMAND, (uri?: vscode.Uri) => convertToUnicode(uri)),
  );
}

/** Regime, then type: an untitled `vanban` editor with the skeleton, today's date filled in. */
async function newDocument(context: vscode.ExtensionContext): Promise<void> {
  const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, 'snippets', 'vanban.code-snippets'));
  const all = templates(new TextDecoder().decode(bytes));
  const regimes = [...new Set(all.map((template) => template.regime))];
  // Both pickers match without marks: "cong van" finds Công văn, "dang" finds Đảng.
  const regime = await pickWithoutMarks(regimes.map((label) => ({ label, description: regimeDescription(label) })), {
    title: t('New document'), placeHolder: t('Choose the regime'),
  });
  if (!regime) return;
  const choice = await pickWithoutMarks(all.filter((template) => template.regime === regime.label).map((template) => ({ label: template.type, template })), {
    title: t('New document'), placeHolder: t('Choose the document type'),
  });
  if (!choice) return;
  const document = await vscode.workspace.openTextDocument({ language: 'vanban' });
  const editor = await vscode.window.showTextDocument(document);
  await editor.insertSnippet(new vscode.SnippetString(choice.template.body));
}

function regimeDescription(regime: string): string | undefined {
  if (regime === 'Đảng') return t('Party document');
  if (regime.startsWith('NĐ 30')) return t('Administrative document (NĐ 30)');
  return undefined;
}

/** A .vanbanrc.json at the root of the chosen folder, opened; an existing one is opened, never overwritten. */
async function createConfig(): Promise<void> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) {
    void vscode.window.showWarningMessage(t('Open a folder to give it a .vanbanrc.json.'));
    return;
  }
  const folder = folders.length === 1 ? folders[0] : await vscode.window.showWorkspaceFolderPick({ placeHolder: t('Folder for the .vanbanrc.json') });
  if (!folder) return;
  const uri = vscode.Uri.joinPath(folder.uri, '.vanbanrc.json');
  if (!(await exists(uri))) await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(configSkeleton(CONFIG_SCHEMA_URL)));
  await vscode.window.showTextDocument(uri);
}
