// The VS Code side: starts the language client; no document logic lives here.

import * as path from 'node:path';
import * as vscode from 'vscode';
import { t } from './l10n';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerStatus } from './status';
import { announcingErrorHandler } from './restart';
import { registerExport } from './export';
import { registerPreview } from './preview/panel';
import { registerTasks } from './tasks';
import { registerCommands } from './commands';
import { registerWordList } from './wordList';
import { settingsMiddleware } from './settingsMiddleware';
import { registerWord } from './word';
import { registerRulePages, rulePagesMiddleware } from './rulePages';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  registerTasks(context);
  registerCommands(context, () => client);
  registerRulePages(context);
  registerWordList(context);
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'vanban' }],
    synchronize: { configurationSection: 'vanban' },
    errorHandler: announcingErrorHandler(() => client),
    middleware: { ...settingsMiddleware, ...rulePagesMiddleware },
  };
  client = new LanguageClient('vanban', t('Văn bản language server'), serverOptions, clientOptions);
  context.subscriptions.push(client);
  registerPreview(context, client);
  registerExport(context, client);
  registerWord(context, client);
  // Before start: the status of the drafts already open comes with their first diagnostics.
  registerStatus(context, client);
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
