// Rendering: an analysis (model, regime, findings) -> the printed page, as preview HTML or a .docx file.
// The page is laid out under the regime the rules checked, so a profile that fixes the regime gives its
// layout and its placeholders.

import type { DocumentModel } from '../model';
import { renderDocx } from './docx';
import { pageCss, pageMarkup, standaloneHtml } from './html';
import { layoutPage, type Finding, type RenderSource } from './layout';

export type { Finding, PageLayout, RenderSource } from './layout';
export type { Block, Role } from './block';
export { escapeHtml } from './html';
export { geometryFor, FONT_STACK, type Geometry } from './geometry';
export { layoutPage };

/** What the preview shows: the page's markup and its style sheet (the webview adds CSP and script). */
export interface PreviewPage {
  readonly css: string;
  readonly markup: string;
  readonly family: 'dang' | 'nd30';
}

/**
 * What is drawn: an analysis, or (for callers with only a model) a model and its findings, laid out under
 * the regime the model detected.
 */
type Source = RenderSource | DocumentModel;

function sourceOf(source: Source, findings: readonly Finding[] = []): RenderSource {
  return 'model' in source ? source : { model: source, regime: source.regime, findings };
}

export function renderPreview(source: RenderSource): PreviewPage;
export function renderPreview(model: DocumentModel, findings: readonly Finding[]): PreviewPage;
export function renderPreview(source: Source, findings?: readonly Finding[]): PreviewPage {
  const layout = layoutPage(sourceOf(source, findings));
  return { css: pageCss(layout.geometry), markup: pageMarkup(layout), family: layout.geometry.family };
}

/** `vanban render --to html`: a standalone, print-ready page. */
export function renderHtmlDocument(source: RenderSource, options: { title: string; nonce: string }): string;
export function renderHtmlDocument(model: DocumentModel, findings: readonly Finding[], options: { title: string; nonce: string }): string;
export function renderHtmlDocument(
  source: Source, second: readonly Finding[] | { title: string; nonce: string }, third?: { title: string; nonce: string },
): string {
  const [findings, options] = Array.isArray(second) ? [second as readonly Finding[], third!] : [undefined, second as { title: string; nonce: string }];
  return standaloneHtml(layoutPage(sourceOf(source, findings)), options);
}

/** `vanban render --to docx` and the export command: the .docx file's bytes. */
export function renderDocxFile(source: RenderSource): Promise<Uint8Array>;
export function renderDocxFile(model: DocumentModel, findings: readonly Finding[]): Promise<Uint8Array>;
export function renderDocxFile(source: Source, findings?: readonly Finding[]): Promise<Uint8Array> {
  return renderDocx(layoutPage(sourceOf(source, findings)));
}
