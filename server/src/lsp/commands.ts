// Commands the server runs for code actions: showing a rule's page (through `window/showDocument`, so
// any client that supports it opens the page, not only VS Code).

import type { Connection, ExecuteCommandParams } from 'vscode-languageserver';
import { SHOW_DOCS_COMMAND } from './codeActions';

export const COMMANDS = [SHOW_DOCS_COMMAND];

export async function executeCommand(params: ExecuteCommandParams, connection: Connection): Promise<void> {
  if (params.command !== SHOW_DOCS_COMMAND) return;
  const href = params.arguments?.[0];
  // Only the rule pages' own addresses: a command argument is data from the client, not trusted.
  if (typeof href !== 'string' || !/^(https:\/\/|file:\/\/).*\/docs\/rules\/[a-z-]+\.md$/.test(href)) return;
  await connection.window.showDocument({ uri: href, external: href.startsWith('https:') });
}
