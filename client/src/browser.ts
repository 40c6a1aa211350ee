// The web entry (vscode.dev): the language server in a web worker. The rest is the one activation both
// entries share (activate.ts). (Tasks run the CLI, which needs Node: not on the web.)

import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { activateClient, type ActiveClient } from './activate';
import { t } from './l10n';

let active: ActiveClient<LanguageClient> | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverMain = vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js');
  active = await activateClient(context, {
    createClient: (options) => new LanguageClient('vanban', t('Văn bản language server'), options, new Worker(serverMain.toString(true))),
  });
}

export async function deactivate(): Promise<void> {
  await active?.deactivate();
  active = undefined;
}
