// Rendering: model + lint findings -> the printed page, as preview HTML or a .docx file.

import type { DocumentModel } from '../model';
import { renderDocx } from './docx';
import { pageCss, pageMarkup, standaloneHtml } from './html';
import { layoutPage, type Finding } from './layout';

export type { Finding, PageLayout, Block, Role } from './layout';
export { escapeHtml } from './html';
export { geometryFor, FONT_STACK, type Geometry } from './geometry';
export { layoutPage };

/** What the preview shows: the page's markup and its style sheet (the webview adds CSP and script). */
export interface PreviewPage {
  readonly css: string;
  readonly markup: string;
  readonly family: 'dang' | 'nd30';
}

export function renderPreview(model: DocumentModel, findings: readonly Finding[]): PreviewPage {
  const layout = layoutPage(model, findings);
  return { css: pageCss(layout.geometry), markup: pageMarkup(layout), family: layout.geometry.family };
}

/** `vanban render --to html`: a standalone, print-ready page. */
export function renderHtmlDocument(model: DocumentModel, findings: readonly Finding[], options: { title: string; nonce: string }): string {
  return standaloneHtml(layoutPage(model, findings), options);
}

/** `vanban render --to docx` and the export command: the .docx file's bytes. */
export function renderDocxFile(model: DocumentModel, findings: readonly Finding[]): Promise<Uint8Array> {
  return renderDocx(layoutPage(model, findings));
}
