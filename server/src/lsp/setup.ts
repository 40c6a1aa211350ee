// The language server's one setup, shared by the Node entry (IPC or --stdio) and the web worker; what
// differs between them comes in through the ServerHost.

import {
  CodeActionKind, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, TextDocumentSyncKind, TextDocuments,
  type Connection, type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { codeActions, FIX_ALL_KIND } from './codeActions';
import { COMMANDS, executeCommand } from './commands';
import { completion, TRIGGER_CHARACTERS } from './completion';
import { documentInfo, DocumentInfoRequest } from './documentInfo';
import { readClientAbilities, type ClientAbilities, type Features } from './features';
import { hover } from './hover';
import { folding, symbols } from './structure';
import { NO_CONFIG_FILES, NO_RECIPIENTS, type ServerHost } from './host';
import { DiagnosticsScheduler } from './diagnostics';
import { ModelCache } from './models';
import { registerPreview } from './preview';
import { SettingsStore } from './settings';
import { registerWord } from './word';

export function startServer(connection: Connection, host: ServerHost = {}): void {
  const documents = new TextDocuments(TextDocument);
  const models = new ModelCache();
  let configurationCapability = false;
  let watchCapability = false;
  const configFiles = host.configFiles?.(connection) ?? NO_CONFIG_FILES;
  const settings = new SettingsStore(connection, () => configurationCapability, (uri, language) => configFiles.optionsFor(uri, language));
  const diagnostics = new DiagnosticsScheduler(connection, documents, models, settings);
  const client: ClientAbilities = { snippetEdits: false, showDocument: false, completionSnippets: false, hoverMarkdown: false, hierarchicalSymbols: false, folders: [] };
  const features: Features = { documents, models, settings, client, now: () => new Date() };
  const workspaceRecipients = host.workspaceRecipients?.(() => client.folders) ?? NO_RECIPIENTS;

  connection.onInitialize((params): InitializeResult => {
    configurationCapability = params.capabilities.workspace?.configuration === true;
    Object.assign(client, readClientAbilities(params));
    const delay = (params.initializationOptions as { diagnosticsDelayMs?: unknown } | undefined)?.diagnosticsDelayMs;
    if (typeof delay === 'number' && delay >= 0) diagnostics.setDelay(delay);
    watchCapability = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        executeCommandProvider: { commands: COMMANDS },
        completionProvider: { resolveProvider: false, triggerCharacters: TRIGGER_CHARACTERS },
        hoverProvider: true,
        documentSymbolProvider: { label: 'vanban' },
        foldingRangeProvider: true,
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

  connection.onCodeAction((params) => codeActions(params, features));
  connection.onExecuteCommand((params) => executeCommand(params, connection));
  connection.onCompletion((params) => completion(params, features, workspaceRecipients));
  connection.onHover((params) => hover(params, features));
  connection.onDocumentSymbol((params) => symbols(params, features));
  connection.onFoldingRanges((params) => folding(params, features));
  connection.onRequest(DocumentInfoRequest, (params) => documentInfo(params, features));
  registerPreview(connection, documents, models, settings);
  registerWord(connection, settings);

  documents.listen(connection);
  connection.listen();
}
