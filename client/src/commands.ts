// Editor commands that need no server: a new document from a skeleton, a .vanbanrc.json for the folder,
// restarting the language server, and opening a rule's page from the extension's own files.

import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { CONVERT_COMMAND, convertToUnicode } from './convert';
import { exists } from './files';
import { t } from './l10n';
import { CONFIG_SCHEMA_URL, configSkeleton, templates } from './templates';

export const NEW_DOCUMENT_COMMAND = 'vanban.newDocument';
export const CREATE_CONFIG_COMMAND = 'vanban.createConfig';
export const RESTART_COMMAND = 'vanban.restartServer';
export const OPEN_RULE_PAGE_COMMAND = 'vanban.openRulePage';

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
    vscode.commands.registerCommand(OPEN_RULE_PAGE_COMMAND, (rule: unknown) => openRulePage(context, rule)),
    vscode.commands.registerCommand(CONVERT_COMMAND, (uri?: vscode.Uri) => convertToUnicode(uri)),
  );
}

/** Regime, then type: an untitled `vanban` editor with the skeleton, today's date filled in. */
async function newDocument(context: vscode.ExtensionContext): Promise<void> {
  const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, 'snippets', 'vanban.code-snippets'));
  const all = templates(new TextDecoder().decode(bytes));
  const regimes = [...new Set(all.map((template) => template.regime))];
  const regime = await vscode.window.showQuickPick(regimes.map((label) => ({ label, description: regimeDescription(label) })), {
    title: t('New document'), placeHolder: t('Choose the regime'),
  });
  if (!regime) return;
  const choice = await vscode.window.showQuickPick(all.filter((template) => template.regime === regime.label).map((template) => ({ label: template.type, template })), {
    title: t('New document'), placeHolder: t('Choose the document type'), matchOnDescription: true,
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

/** A rule's page from the extension's own docs/rules (offline), in VS Code's Markdown preview. */
async function openRulePage(context: vscode.ExtensionContext, rule: unknown): Promise<void> {
  let id = typeof rule === 'string' && /^[a-z]+(-[a-z]+)*$/.test(rule) ? rule : undefined;
  if (!id) {
    const pages = await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules'));
    const picked = await vscode.window.showQuickPick(pages.map(([name]) => name.replace(/\.md$/, '')).sort(), { placeHolder: t('Rule') });
    if (!picked) return;
    id = picked;
  }
  await vscode.commands.executeCommand('markdown.showPreview', vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules', `${id}.md`));
}
