// `vanban/documentInfo`: the regime, profile and type of a document on request. The status item is
// normally fed by `vanban/documentStatus`, pushed with the diagnostics (diagnostics.ts).

import type { DocumentInfo, DocumentParams } from '../protocol';
import { analyse, type Features } from './features';

export async function documentInfo(params: DocumentParams, features: Features): Promise<DocumentInfo | null> {
  const analysis = await analyse(features, params.uri);
  return analysis ? features.service.getDocumentInfo(analysis) : null;
}
