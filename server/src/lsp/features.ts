// What every editor feature handler needs: the open documents, the one model per version, the
// settings, what the client can do, and a lint of the cached model.

import type { InitializeParams, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { lintModel, type LintResult } from '../engine';
import type { ModelCache } from './models';
import { lintOptions, type Settings, type SettingsStore } from './settings';

export interface ClientAbilities {
  /** The client applies snippet text edits in workspace edits (LSP 3.18 `snippetEditSupport`). */
  snippetEdits: boolean;
  /** The client shows documents on request (`window/showDocument`). */
  showDocument: boolean;
  /** Completion items may carry snippets. */
  completionSnippets: boolean;
  /** Hover contents may be Markdown. */
  hoverMarkdown: boolean;
  /** Document symbols may be a tree (else a flat list with container names). */
  hierarchicalSymbols: boolean;
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
  readonly models: ModelCache;
  readonly settings: SettingsStore;
  readonly client: ClientAbilities;
  /** The server's clock, for today's date. */
  now(): Date;
}

export interface Analysis {
  readonly document: TextDocument;
  readonly settings: Settings;
  readonly result: LintResult;
}

/** Lint results per model (one model per version) and settings object, so hover and completion do not re-lint. */
const linted = new WeakMap<object, { settings: Settings; result: LintResult }>();

/** The cached model of the document's current version, linted with the document's settings. */
export async function analyse(features: Features, uri: string): Promise<Analysis | undefined> {
  const document = features.documents.get(uri);
  if (!document) return undefined;
  const settings = await features.settings.forDocument(uri);
  const current = features.documents.get(uri) ?? document;
  const model = features.models.get(current);
  let entry = linted.get(model);
  if (!entry || entry.settings !== settings) {
    entry = { settings, result: lintModel(model, lintOptions(settings)) };
    linted.set(model, entry);
  }
  return { document: current, settings, result: entry.result };
}
