// The custom requests and notifications between the vanban client and server, declared once: the server
// (node and web worker) and the client (desktop and web) both import these, so no method name or
// payload shape is written twice. Only `vscode-languageserver-protocol` is imported at run time, which
// both sides already bundle.

import { NotificationType, RequestType, type Diagnostic } from 'vscode-languageserver-protocol';
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

/** A Word file's check: the client sends the file's bytes (base64); the server answers with the extracted
 *  text and the formatting findings, each at its line of that text (and `paragraphOfLine` maps lines to
 *  the file's paragraphs), or with why the file could not be read. */
export interface LintDocxParams {
  /** The .docx file's URI (for its settings and configuration). */
  readonly uri: string;
  readonly base64: string;
}

export type LintDocxResult =
  | { readonly text: string; readonly diagnostics: Diagnostic[]; readonly paragraphOfLine: readonly number[] }
  | { readonly error: string };

export const LintDocxRequest = new RequestType<LintDocxParams, LintDocxResult, void>('vanban/lintDocx');

/** A Word file's formatting fix (`vanban fix x.docx` in the editor): the client sends the bytes, the server
 *  answers with the fixed bytes (none when nothing changes), each change in the user's language, and what
 *  is left with why. The client shows the changes before it writes anything. */
export interface FixDocxParams {
  readonly uri: string;
  readonly base64: string;
  /** Also convert runs in .VnTime/VNI fonts (the guarded class). */
  readonly legacyFonts?: boolean;
  /** Only these findings' fixes (the quick fix of one finding, or of one rule); none: the whole file. */
  readonly only?: readonly FixSelection[];
}

/** A formatting finding to fix: its rule and the line of the extracted text it is at; no line: all of the rule. */
export interface FixSelection {
  readonly rule: string;
  readonly line?: number;
}

export interface FixDocxChange {
  readonly part: string;
  readonly paragraph?: number;
  readonly property: string;
  readonly from: string;
  readonly to: string;
  readonly safety: 'safe' | 'guarded';
  readonly applied: boolean;
}

export type FixDocxResult =
  | {
    readonly base64?: string;
    readonly changes: readonly FixDocxChange[];
    readonly left: readonly { readonly rule: string; readonly message: string; readonly reason: string; readonly paragraph?: number }[];
    readonly notes: readonly string[];
  }
  | { readonly error: string };

export const FixDocxRequest = new RequestType<FixDocxParams, FixDocxResult, void>('vanban/fixDocx');
