// Outline and folding: the language service's, for the analysis of the current version.

import type { DocumentSymbol, DocumentSymbolParams, FoldingRange, FoldingRangeParams, SymbolInformation } from 'vscode-languageserver';
import { analyse, type Features } from './features';

export async function symbols(params: DocumentSymbolParams, features: Features): Promise<DocumentSymbol[] | SymbolInformation[]> {
  const analysis = await analyse(features, params.textDocument.uri);
  return analysis ? features.service.getDocumentSymbols(analysis) : [];
}

export async function folding(params: FoldingRangeParams, features: Features): Promise<FoldingRange[]> {
  const analysis = await analyse(features, params.textDocument.uri);
  return analysis ? features.service.getFoldingRanges(analysis) : [];
}
