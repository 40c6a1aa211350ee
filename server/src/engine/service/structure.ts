// Outline (document symbols, breadcrumbs) and folding ranges from an analysis's model.

import { SymbolInformation, type DocumentSymbol, type FoldingRange } from 'vscode-languageserver-types';
import { documentSymbols, foldingRanges } from '../outline';
import type { Analysis } from './analysis';
import type { LanguageServiceHost } from './host';

export function getDocumentSymbols(analysis: Analysis, host: LanguageServiceHost): DocumentSymbol[] | SymbolInformation[] {
  const tree = documentSymbols(analysis.model, analysis.language);
  return host.client.hierarchicalSymbols ? tree : flatten(tree, analysis.document.uri);
}

/** For clients without symbol trees: every symbol, its parent named as the container. */
function flatten(tree: readonly DocumentSymbol[], uri: string, container?: string): SymbolInformation[] {
  return tree.flatMap((symbol) => [
    SymbolInformation.create(symbol.name, symbol.kind, symbol.range, uri, container),
    ...flatten(symbol.children ?? [], uri, symbol.name),
  ]);
}

export function getFoldingRanges(analysis: Analysis): FoldingRange[] {
  return foldingRanges(analysis.model);
}
