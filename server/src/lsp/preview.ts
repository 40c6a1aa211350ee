// Custom requests for the preview and the export, answered from the cached model of the open document,
// so the preview, the export and the diagnostics all read one parse of one version.
//   vanban/preview     { uri } -> { uri, version, css, markup, family } | null
//   vanban/renderDocx  { uri } -> { uri, version, base64 } | null

import type { Connection, TextDocuments } from 'vscode-languageserver';
import { RequestType } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { lintModel } from '../engine';
import { renderDocxFile, renderPreview, type Finding } from '../engine/render';
import type { ModelCache } from './models';
import { lintOptions, type SettingsStore } from './settings';

export interface RenderParams {
  readonly uri: string;
}

export interface PreviewResult {
  readonly uri: string;
  readonly version: number;
  readonly css: string;
  readonly markup: string;
  readonly family: 'dang' | 'nd30';
}

export interface DocxResult {
  readonly uri: string;
  readonly version: number;
  /** The .docx bytes, base64 (JSON-RPC carries text). */
  readonly base64: string;
}

export const PreviewRequest = new RequestType<RenderParams, PreviewResult | null, void>('vanban/preview');
export const RenderDocxRequest = new RequestType<RenderParams, DocxResult | null, void>('vanban/renderDocx');

export function registerPreview(
  connection: Connection, documents: TextDocuments<TextDocument>, models: ModelCache, settings: SettingsStore,
): void {
  const findingsOf = async (document: TextDocument): Promise<Finding[]> => {
    const options = lintOptions(await settings.forDocument(document.uri));
    return lintModel(models.get(document), options).diagnostics;
  };

  connection.onRequest(PreviewRequest, async ({ uri }) => {
    const document = documents.get(uri);
    if (!document) return null;
    const findings = await findingsOf(document);
    const page = renderPreview(models.get(document), findings);
    return { uri, version: document.version, ...page };
  });

  connection.onRequest(RenderDocxRequest, async ({ uri }) => {
    const document = documents.get(uri);
    if (!document) return null;
    const bytes = await renderDocxFile(models.get(document), await findingsOf(document));
    return { uri, version: document.version, base64: toBase64(bytes) };
  });
}

/** Base64 without Node's Buffer, so the web worker build can run the same code. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
