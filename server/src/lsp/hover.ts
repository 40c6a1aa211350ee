// Hover: the language service's, for the analysis of the current version.

import type { Hover, HoverParams } from 'vscode-languageserver';
import { analyse, type Features } from './features';

export async function hover(params: HoverParams, features: Features): Promise<Hover | null> {
  const analysis = await analyse(features, params.textDocument.uri);
  return analysis ? features.service.getHover(analysis, params.position) : null;
}
