// The one activation of the extension, shared by the desktop entry (extension.ts: the server as a Node
// process) and the web entry (browser.ts: the server in a web worker). An entry says only how its
// language client is made and what it alone adds; everything else (commands, word list, preview, export,
// Word files, status item) is registered here, the same on both. No document logic lives in the client:
// the server reads the settings, the word list included.

import type * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import { registerCommands } from './commands';
import { registerExport } from './export';
import { registerPreview } from './preview/panel';
import { registerRulePages, rulePagesMiddleware } from './rulePages';
import { announcingErrorHandler } from './restart';
import { registerStatus } from './status';
import { registerWord } from './word';
import { registerWordFix } from './wordFix';
import { registerWordList } from './wordList';
import { loadBundle } from './l10n';

export interface ClientEntry<C extends BaseLanguageClient> {
  /** The language client over this platform's server, with the options every entry shares. */
  createClient(options: LanguageClientOptions): C;
  /** What only this platform offers (the desktop's tasks, which run the CLI under Node). */
  register?(context: vscode.ExtensionContext): void;
}

export interface ActiveClient<C extends BaseLanguageClient> {
  /** The running client, until `deactivate`. */
  readonly current: () => C | undefined;
  deactivate(): Promise<void>;
}

export async function activateClient<C extends BaseLanguageClient>(context: vscode.ExtensionContext, entry: ClientEntry<C>): Promise<ActiveClient<C>> {
  let client: C | undefined;
  const current = () => client;
  // The client's texts first: every command and message below reads them.
  await loadBundle(context.extensionUri);
  entry.register?.(context);
  registerCommands(context, current);
  registerRulePages(context);
  registerWordList(context);
  client = entry.createClient({
    documentSelector: [{ language: 'vanban' }],
    synchronize: { configurationSection: 'vanban' },
    errorHandler: announcingErrorHandler(current),
    // The rule's code in Problems opens its bundled page (a command link), not the web address the server sends.
    middleware: rulePagesMiddleware,
  });
  context.subscriptions.push(client);
  registerPreview(context, client);
  registerExport(context, client);
  registerWord(context, client);
  registerWordFix(context, client);
  // Before start: the status of the drafts already open comes with their first diagnostics.
  registerStatus(context, client);
  await client.start();
  return {
    current,
    deactivate: async () => {
      await client?.stop();
      client = undefined;
    },
  };
}
