// Outline (document symbols, breadcrumbs) and folding ranges, from the cached model of the version.

import type { DocumentSymbol, DocumentSymbolParams, FoldingRange, FoldingRangeParams } from 'vscode-languageserver';
import { documentSymbols, foldingRanges } from '../engine/outline';
import type { Features } from './features';

export async function symbols(params: DocumentSymbolParams, features: Features): Promise<DocumentSymbol[]> {
  const document = features.documents.get(params.textDocument.uri);
  if (!document) return [];
  const settings = await features.settings.forDocument(document.uri);
  return documentSymbols(features.models.get(features.documents.get(document.uri) ?? document), settings.messagesLanguage);
}

export function folding(params: FoldingRangeParams, features: Features): FoldingRange[] {
  const document = features.documents.get(params.textDocument.uri);
  return document ? foldingRanges(features.models.get(document)) : [];
}
