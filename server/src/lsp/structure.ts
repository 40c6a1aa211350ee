// Outline (document symbols, breadcrumbs) and folding ranges, from the cached model of the version.

import type { DocumentSymbol, DocumentSymbolParams, FoldingRange, FoldingRangeParams } from 'vscode-languageserver';
import { SymbolInformation } from 'vscode-languageserver';
import { documentSymbols, foldingRanges } from '../engine/outline';
import type { Features } from './features';

export async function symbols(params: DocumentSymbolParams, features: Features): Promise<DocumentSymbol[] | SymbolInformation[]> {
  const document = features.documents.get(params.textDocument.uri);
  if (!document) return [];
  const settings = await features.settings.forDocument(document.uri);
  const tree = documentSymbols(features.models.get(features.documents.get(document.uri) ?? document), settings.messagesLanguage);
  return features.client.hierarchicalSymbols ? tree : flatten(tree, document.uri);
}

/** For clients without symbol trees: every symbol, its parent named as the container. */
function flatten(tree: readonly DocumentSymbol[], uri: string, container?: string): SymbolInformation[] {
  return tree.flatMap((symbol) => [
    SymbolInformation.create(symbol.name, symbol.kind, symbol.range, uri, container),
    ...flatten(symbol.children ?? [], uri, symbol.name),
  ]);
}

export function folding(params: FoldingRangeParams, features: Features): FoldingRange[] {
  const document = features.documents.get(params.textDocument.uri);
  return document ? foldingRanges(features.models.get(document)) : [];
}
