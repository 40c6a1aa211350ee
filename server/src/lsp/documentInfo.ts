// `vanban/documentInfo`: the regime detected, the profile in force and the document type, for the
// client's language status item.

import { RequestType } from 'vscode-languageserver';
import { analyse, type Features } from './features';

export interface DocumentInfoParams {
  readonly uri: string;
}

export interface DocumentInfo {
  readonly regime: 'dang' | 'nd30' | 'qppl' | 'unknown';
  /** The profile in force: the inline directive's, else the setting's. */
  readonly profile: string;
  /** The type name as printed (`KẾT LUẬN`), or the công văn. */
  readonly documentType?: string;
}

export const DocumentInfoRequest = new RequestType<DocumentInfoParams, DocumentInfo | null, void>('vanban/documentInfo');

export async function documentInfo(params: DocumentInfoParams, features: Features): Promise<DocumentInfo | null> {
  const analysis = await analyse(features, params.uri);
  if (!analysis) return null;
  const { regime, profile, model } = analysis.result;
  return { regime, profile, documentType: model.documentType?.name };
}
