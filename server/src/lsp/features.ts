// What every handler needs: the open documents, their analyses, the settings, what the client can do,
// and the language service that turns an analysis into LSP answers.

import type { InitializeParams, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, AnalysisHost, ClientCapabilities, DocumentModel, LanguageService, LintOptions } from '../engine';
import type { DocumentUse } from './documentUse';
import type { OpenRecipients } from './openRecipients';
import type { Settings, SettingsStore } from './settings';

export interface ClientAbilities extends ClientCapabilities {
  /** The client shows documents on request (`window/showDocument`). */
  showDocument: boolean;
  /** Workspace folders the client opened (URIs). */
  folders: string[];
}

/** What the client declared it can do, read once at initialisation. */
export function readClientAbilities(params: InitializeParams): ClientAbilities {
  const caps = params.capabilities;
  return {
    snippetEdits: (caps.workspace?.workspaceEdit as { snippetEditSupport?: boolean } | undefined)?.snippetEditSupport === true,
    showDocument: caps.window?.showDocument?.support === true,
    completionSnippets: caps.textDocument?.completion?.completionItem?.snippetSupport === true,
    hoverMarkdown: caps.textDocument?.hover?.contentFormat?.includes('markdown') === true,
    hierarchicalSymbols: caps.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport === true,
    folders: (params.workspaceFolders ?? []).map((folder) => folder.uri).concat(!params.workspaceFolders && params.rootUri ? [params.rootUri] : []),
  };
}

export interface Features {
  readonly documents: TextDocuments<TextDocument>;
  /** The analyses of the open documents' versions (freed on close). */
  readonly host: AnalysisHost;
  readonly settings: SettingsStore;
  readonly client: ClientAbilities;
  readonly service: LanguageService;
  /**
   * The lint options of a document's settings (with the server's rule-error logging): the same object
   * while the settings are the same, so the host's analysis of a version is reused.
   */
  readonly options: (settings: Settings) => LintOptions;
  /** Which documents are in use, and so keep their analysis between requests. */
  readonly use: DocumentUse;
  /** The recipients each open draft lends to the others' completion. */
  readonly recipients: OpenRecipients;
}

/**
 * The analysis of the document's current version, made once and shared. `asked`: a feature asks about the
 * document, which is then in use and keeps its analysis (the diagnostics' own run passes false).
 */
export async function analyse(features: Features, uri: string, asked = true): Promise<Analysis | undefined> {
  if (!features.documents.get(uri)) return undefined;
  if (asked) features.use.use(uri);
  const settings = await features.settings.forDocument(uri);
  // The document may have changed or closed while the settings were read: take the current version.
  const document = features.documents.get(uri);
  if (!document) return undefined;
  tell(features.host, document);
  return features.host.analysis(uri, features.options(settings));
}

/** The parsed model of an open document's current version (parsed once per version). */
export function currentModel(host: AnalysisHost, document: TextDocument): DocumentModel {
  tell(host, document);
  return host.model(document.uri);
}

/** The host learns a version when someone asks about it: versions typed past between two runs are never read. */
function tell(host: AnalysisHost, document: TextDocument): void {
  if (host.version(document.uri) !== document.version) host.update(document.uri, document.version, document.getText());
}
