// When the server process dies, the client restarts it (the library's default policy: up to 4 restarts
// within 3 minutes) and tells the user once per restart, instead of the library's silent log line.

import * as vscode from 'vscode';
import { t } from './l10n';
import { CloseAction, type BaseLanguageClient, type ErrorHandler } from 'vscode-languageclient';

export function announcingErrorHandler(client: () => BaseLanguageClient | undefined): ErrorHandler {
  let policy: ErrorHandler | undefined;
  // The default handler needs the client, which does not exist yet when its options are built.
  const defaults = (): ErrorHandler => (policy ??= client()!.createDefaultErrorHandler());
  return {
    error: (error, message, count) => defaults().error(error, message, count),
    closed: async () => {
      const result = await defaults().closed();
      if (result.action !== CloseAction.Restart) return result;
      void vscode.window.showWarningMessage(t('The Văn bản language server stopped unexpectedly and was restarted.'));
      return { ...result, handled: true };
    },
  };
}
