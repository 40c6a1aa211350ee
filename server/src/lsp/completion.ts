// Completion: the language service's, for the analysis of the current version.

import type { CompletionList, CompletionParams } from 'vscode-languageserver';
import { analyse, type Features } from './features';

export { TRIGGER_CHARACTERS } from '../engine';

export async function completion(params: CompletionParams, features: Features): Promise<CompletionList> {
  const analysis = await analyse(features, params.textDocument.uri);
  return analysis ? features.service.getCompletions(analysis, params.position, params.context) : { isIncomplete: false, items: [] };
}
