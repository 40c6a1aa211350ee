// The desktop entry: the language server as a Node process (IPC), and the tasks that run the CLI. The rest
// is the one activation both entries share (activate.ts); no document logic lives here.

import * as path from 'node:path';
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { activateClient, type ActiveClient } from './activate';
import { t } from './l10n';
import { registerTasks } from './tasks';

let active: ActiveClient<LanguageClient> | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  active = await activateClient(context, {
    createClient: (options) => new LanguageClient('vanban', t('Văn bản language server'), serverOptions, options),
    register: registerTasks,
  });
}

export async function deactivate(): Promise<void> {
  await active?.deactivate();
  active = undefined;
}
