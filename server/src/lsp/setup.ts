// The language server's one setup, shared by the Node entry (IPC or --stdio) and the web worker; what
// differs between them comes in through the ServerHost. Each handler is a thin adapter from LSP params
// to the engine's language service over the analysis of the document's current version.

import {
  CodeActionKind, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, TextDocumentSyncKind, TextDocuments,
  type Connection, type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisHost, createLanguageService, type LintOptions } from '../engine';
import { DocumentInfoRequest } from '../protocol';
import { codeActions, FIX_ALL_KIND } from './codeActions';
import { COMMANDS, executeCommand } from './commands';
import { completion, TRIGGER_CHARACTERS } from './completion';
import { DiagnosticsScheduler } from './diagnostics';
import { documentInfo } from './documentInfo';
import { DocumentUse } from './documentUse';
import { currentModel, readClientAbilities, type ClientAbilities, type Features } from './features';
import { hover } from './hover';
import { NO_CONFIG_FILES, NO_RECIPIENTS, type ServerHost } from './host';
import { OpenRecipients } from './openRecipients';
import { registerPreview } from './preview';
import { lintOptions, SettingsStore, type Settings } from './settings';
import { folding, symbols } from './structure';
import { registerWord } from './word';
import { checked, logChangesWithoutText } from './params';

export function startServer(connection: Connection, host: ServerHost = {}): void {
  const documents = new TextDocuments(TextDocument);
  const analyses = new AnalysisHost();
  const use = new DocumentUse((uri) => analyses.release(uri));
  const openRecipients = new OpenRecipients();
  let configurationCapability = false;
  let watchCapability = false;
  const configFiles = host.configFiles?.(connection) ?? NO_CONFIG_FILES;
  const settings = new SettingsStore(connection, () => configurationCapability, (uri, language) => configFiles.optionsFor(uri, language));
  const client: ClientAbilities = { snippetEdits: false, showDocument: false, completionSnippets: false, hoverMarkdown: false, hierarchicalSymbols: false, folders: [] };
  const workspaceRecipients = host.workspaceRecipients?.(() => client.folders) ?? NO_RECIPIENTS;
  const service = createLanguageService({
    client,
    now: () => new Date(),
    // Recipients of the other open drafts (noted from their current versions), then of the workspace's files.
    recipients: async (uri, regime) => [
      ...openRecipients.list(documents.all(), (document) => currentModel(analyses, document), uri, regime),
      ...await workspaceRecipients.list(uri, regime),
    ],
  });
  // One options object per settings object: the host analyses a version again only when they change.
  const optionsOf = new WeakMap<Settings, LintOptions>();
  const features: Features = {
    documents, host: analyses, settings, client, service, use, recipients: openRecipients,
    options: (read) => {
      let options = optionsOf.get(read);
      if (!options) {
        options = {
          ...lintOptions(read),
          onRuleError: (rule, error) => connection.console.error(`vanban: rule ${rule} failed: ${String(error instanceof Error ? error.stack : error)}`),
        };
        optionsOf.set(read, options);
      }
      return options;
    },
  };
  const diagnostics = new DiagnosticsScheduler(connection, features);

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

  // An open also fires a change, with the same event: the open's run is the one; an edit puts the document in use.
  const opening = new WeakSet<object>();
  documents.onDidOpen((event) => {
    opening.add(event);
    diagnostics.schedule(event.document, true);
  });
  documents.onDidChangeContent((event) => {
    if (opening.has(event)) return;
    use.use(event.document.uri);
    diagnostics.schedule(event.document);
  });
  // Everything kept per document is freed when it closes: an editor session may open thousands.
  documents.onDidClose((event) => {
    const uri = event.document.uri;
    diagnostics.forget(uri);
    analyses.remove(uri);
    use.forget(uri);
    openRecipients.forget(uri);
    settings.forget(uri);
    configFiles.forget?.(uri);
    void connection.sendDiagnostics({ uri, diagnostics: [] });
  });

  // Malformed params (a fractional position) are the client's mistake: InvalidParams, not an internal error.
  connection.onCodeAction(checked((params) => codeActions(params, features)));
  connection.onExecuteCommand((params) => executeCommand(params, connection));
  connection.onCompletion(checked((params) => completion(params, features)));
  connection.onHover(checked((params) => hover(params, features)));
  connection.onDocumentSymbol(checked((params) => symbols(params, features)));
  connection.onFoldingRanges(checked((params) => folding(params, features)));
  connection.onRequest(DocumentInfoRequest, (params) => documentInfo(params, features));
  registerPreview(connection, features);
  registerWord(connection, features);

  logChangesWithoutText(connection);
  documents.listen(connection);
  connection.listen();
}
