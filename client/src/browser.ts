// The web extension (vscode.dev): the same client as client/src/extension.ts, with the server in a web
// worker: the same preview, export and status item, through the same protocol. (Tasks run the CLI, which
// needs Node: not on the web.)

import * as vscode from 'vscode';
import { t } from './l10n';
import { LanguageClient, type LanguageClientOptions } from 'vscode-languageclient/browser';
import { registerExport } from './export';
import { registerPreview } from './preview/panel';
import { announcingErrorHandler } from './restart';
import { registerWord } from './word';
import { registerStatus } from './status';
import { registerRulePages, rulePagesMiddleware } from './rulePages';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverMain = vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js');
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'vanban' }],
    synchronize: { configurationSection: 'vanban' },
    errorHandler: announcingErrorHandler(() => client),
    middleware: rulePagesMiddleware,
  };
  const worker = new Worker(serverMain.toString(true));
  client = new LanguageClient('vanban', t('Văn bản language server'), clientOptions, worker);
  context.subscriptions.push(client);
  registerRulePages(context);
  registerPreview(context, client);
  registerExport(context, client);
  registerStatus(context, client);
  registerWord(context, client);
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
