// The custom requests and notifications between the vanban client and server, declared once: the server
// (node and web worker) and the client (desktop and web) both import these, so no method name or
// payload shape is written twice. Only `vscode-languageserver-protocol` is imported at run time, which
// both sides already bundle.

import { NotificationType, RequestType } from 'vscode-languageserver-protocol';
import type { DocumentInfo } from './engine/service/analysis';

export type { DocumentInfo };

export interface DocumentParams {
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

/** What the status item shows for a document version, pushed with its diagnostics. */
export interface DocumentStatus extends DocumentInfo {
  readonly uri: string;
  readonly version: number;
}

/** The rendered page of the document's current version (the preview panel). */
export const PreviewRequest = new RequestType<DocumentParams, PreviewResult | null, void>('vanban/preview');
/** The .docx of the document's current version (the export command). */
export const RenderDocxRequest = new RequestType<DocumentParams, DocxResult | null, void>('vanban/renderDocx');
/** The regime, profile and type of a document, on request (clients that do not take the notification). */
export const DocumentInfoRequest = new RequestType<DocumentParams, DocumentInfo | null, void>('vanban/documentInfo');
/** Server to client, after each version's diagnostics: what the status item shows. */
export const DocumentStatusNotification = new NotificationType<DocumentStatus>('vanban/documentStatus');
