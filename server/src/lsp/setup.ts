// The language server's one setup, shared by the Node entry (IPC or --stdio) and, later, the web worker.

import {
  CodeActionKind, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, TextDocumentSyncKind, TextDocuments,
  type Connection, type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { quickFixes } from './codeActions';
import { ConfigStore } from './config';
import { DiagnosticsScheduler } from './diagnostics';
import { ModelCache } from './models';
import { SettingsStore } from './settings';

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const models = new ModelCache();
  let configurationCapability = false;
  let watchCapability = false;
  const configFiles = new ConfigStore(connection);
  const settings = new SettingsStore(connection, () => configurationCapability, (uri) => configFiles.optionsFor(uri));
  const diagnostics = new DiagnosticsScheduler(connection, documents, models, settings);

  connection.onInitialize((params): InitializeResult => {
    configurationCapability = params.capabilities.workspace?.configuration === true;
    watchCapability = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      },
      serverInfo: { name: 'vanban', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    if (configurationCapability) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'vanban' });
    }
    if (watchCapability) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/.vanbanrc.json' }] });
    }
  });

  // A config file created, changed or deleted: read configs afresh and lint every open document again.
  connection.onDidChangeWatchedFiles(() => {
    configFiles.invalidate();
    settings.clear();
    for (const document of documents.all()) diagnostics.schedule(document, true);
  });

  connection.onDidChangeConfiguration(() => {
    settings.clear();
    for (const document of documents.all()) diagnostics.schedule(document, true);
  });

  documents.onDidOpen((event) => diagnostics.schedule(event.document, true));
  documents.onDidChangeContent((event) => diagnostics.schedule(event.document));
  documents.onDidClose((event) => {
    diagnostics.cancel(event.document.uri);
    models.delete(event.document.uri);
    void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });

  connection.onCodeAction((params) => quickFixes(params, documents));

  documents.listen(connection);
  connection.listen();
}
