// Code actions: the language service's, for the analysis of the current version.

import type { CodeAction, CodeActionParams } from 'vscode-languageserver';
import { analyse, type Features } from './features';

export { FIX_ALL_KIND, SHOW_DOCS_COMMAND } from '../engine';

export async function codeActions(params: CodeActionParams, features: Features): Promise<CodeAction[]> {
  const analysis = await analyse(features, params.textDocument.uri);
  return analysis ? features.service.getCodeActions(analysis, params.context) : [];
}
