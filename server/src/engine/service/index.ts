// The language service: every editor feature as a pure function of one analysis per document version,
// returning LSP types (modelled on vscode-markdown-languageservice). The language server adapts it to a
// connection; tests call it in-process.

import type {
  CodeAction, CodeActionContext, CompletionList, Diagnostic as LspDiagnostic, DocumentSymbol, FoldingRange,
  Hover, Position, SymbolInformation,
} from 'vscode-languageserver-types';
import type { PreviewPage } from '../render';
import type { Analysis, DocumentInfo } from './analysis';
import { getCodeActions } from './codeActions';
import { getCompletions, type CompletionContext } from './completion';
import { toLspDiagnostic } from './diagnostics';
import type { LanguageServiceHost } from './host';
import { getHover } from './hover';
import { getDocx, getHtmlDocument, getPreview } from './preview';
import { getDocumentSymbols, getFoldingRanges } from './structure';
import { getWordCheck, type WordCheck } from './word';

export interface LanguageService {
  /** `uri`: the document's, for the related places of a finding (none without it). */
  getDiagnostics(analysis: Analysis, uri?: string): LspDiagnostic[];
  getCodeActions(analysis: Analysis, context: CodeActionContext): CodeAction[];
  getCompletions(analysis: Analysis, position: Position, context?: CompletionContext): Promise<CompletionList>;
  getHover(analysis: Analysis, position: Position): Hover | null;
  getDocumentSymbols(analysis: Analysis): DocumentSymbol[] | SymbolInformation[];
  getFoldingRanges(analysis: Analysis): FoldingRange[];
  getPreview(analysis: Analysis): PreviewPage;
  /** A standalone, print-ready page of the document (`vanban render --to html`). */
  getHtmlDocument(analysis: Analysis, page: { readonly title: string; readonly nonce: string }): string;
  getDocx(analysis: Analysis): Promise<Uint8Array>;
  getDocumentInfo(analysis: Analysis): DocumentInfo;
  /** For the analysis of a Word file: its text, its formatting findings and each line's paragraph. */
  getWordCheck(analysis: Analysis): WordCheck | undefined;
}

export function createLanguageService(host: LanguageServiceHost): LanguageService {
  return {
    getDiagnostics: (analysis, uri) => analysis.findings.map((finding) => toLspDiagnostic(finding, uri)),
    getCodeActions: (analysis, context) => getCodeActions(analysis, context, host),
    getCompletions: (analysis, position, context) => getCompletions(analysis, position, context, host),
    getHover: (analysis, position) => getHover(analysis, position, host),
    getDocumentSymbols: (analysis) => getDocumentSymbols(analysis, host),
    getFoldingRanges: (analysis) => getFoldingRanges(analysis),
    getPreview: (analysis) => getPreview(analysis),
    getHtmlDocument: (analysis, page) => getHtmlDocument(analysis, page),
    getDocx: (analysis) => getDocx(analysis),
    getDocumentInfo: (analysis) => analysis.documentInfo,
    getWordCheck: (analysis) => getWordCheck(analysis),
  };
}

export { analyse, analyseModel, type Analysis, type DocumentInfo, type DocumentRef } from './analysis';
export { AnalysisHost, type AnalysisHostOptions, type DocumentInput } from './analysisHost';
export type { WordCheck } from './word';
export { ADD_WORD_COMMAND, FIX_ALL_KIND, SHOW_DOCS_COMMAND } from './codeActions';
export { TRIGGER_CHARACTERS, type CompletionContext } from './completion';
export { RULE_DOCS_BASE, SOURCE, toLspDiagnostic } from './diagnostics';
export { PLAIN_CLIENT, type ClientCapabilities, type LanguageServiceHost } from './host';
export { toBase64 } from './preview';
export { COMMON_RECIPIENTS, recipientTexts, sameFamily } from './recipients';
export type { PreviewPage } from '../render';
