// The preview page and the .docx export of an analysis: drawn under the regime its rules checked, with
// a placeholder where its findings say a required part is missing.

import { renderDocxFile, renderHtmlDocument, renderPreview, type PreviewPage } from '../render';
import type { Analysis } from './analysis';

export function getPreview(analysis: Analysis): PreviewPage {
  return renderPreview(analysis);
}

/** A standalone, print-ready page (`vanban render --to html`): `nonce` allows its one style sheet. */
export function getHtmlDocument(analysis: Analysis, page: { readonly title: string; readonly nonce: string }): string {
  return renderHtmlDocument(analysis, page);
}

export function getDocx(analysis: Analysis): Promise<Uint8Array> {
  return renderDocxFile(analysis);
}

/** Base64 without Node's Buffer, so the web worker runs the same code (JSON-RPC carries text). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
