// Layout -> HTML. Every document text goes through `escapeHtml`; the markup carries classes only (no
// style attributes, no links, no images), so a strict Content-Security-Policy needs nothing but one
// nonce for the style sheet.

import { FONT_STACK, type Geometry } from './geometry';
import type { Block } from './block';
import type { PageLayout } from './layout';
import type { Role } from './block';
import { styleOf } from './styles';
import type { Run } from './inline';

const ROLES: readonly Role[] = [
  'partyTitle', 'nationalName', 'motto', 'superior', 'issuer', 'star', 'number', 'placeDate', 'mark', 'letterSummary',
  'headerOther', 'typeName', 'summary', 'summaryRule', 'addresseesLabel', 'addressee', 'sectionHeading', 'strongHeading',
  'centred', 'grounds', 'paragraph', 'recipientsLabel', 'recipient', 'authority', 'title', 'signedMark', 'signerName', 'extra',
  'attachment', 'missing', 'hidden',
];

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]);
}

/** The style sheet of the page: the sheet of paper, the bands and one rule per part. */
export function pageCss(geometry: Geometry): string {
  const { margins: m } = geometry;
  const font = FONT_STACK.map((name) => (name === 'serif' ? name : `"${name}"`)).join(', ');
  const left = `${Math.round(geometry.leftColumn * 100)}%`;
  const rules = ROLES.map((role) => {
    const s = styleOf(role, geometry);
    const decl = [
      `font-size:${s.size}pt`, `font-weight:${s.bold ? 700 : 400}`, `font-style:${s.italic ? 'italic' : 'normal'}`,
      `text-align:${s.align}`, `text-indent:${s.indent}mm`, `margin:${s.spaceBefore}pt 0 ${s.spaceAfter}pt 0`,
    ];
    if (s.underline) decl.push('text-decoration:underline');
    return `.vb-${role}{${decl.join(';')}}`;
  }).join('\n');
  return `
:root{color-scheme:light}
.vb-page{box-sizing:border-box;width:${geometry.pageWidth}mm;min-height:${geometry.pageHeight}mm;margin:0 auto;
padding:${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm;background-color:#fff;color:#000;font-family:${font};
font-size:${geometry.sizes.body}pt;line-height:${geometry.lineHeight};overflow-wrap:anywhere;word-break:break-word;
background-image:repeating-linear-gradient(to bottom,transparent 0,transparent calc(${geometry.pageHeight}mm - 1px),#b0b0b0 calc(${geometry.pageHeight}mm - 1px),#b0b0b0 ${geometry.pageHeight}mm)}
.vb-page :where(p){margin:0}
.vb-band{display:grid;grid-template-columns:minmax(0,${left}) minmax(0,calc(100% - ${left}));align-items:start}
.vb-band .vb-col+.vb-col{padding-left:2mm}
.vb-col{min-width:0}
.vb-titleblock{margin-bottom:6pt}
.vb-closing{margin-top:12pt}
.vb-after{margin-top:12pt}
.vb-text{display:inline}
.vb-rule-text .vb-text{display:inline-block;border-bottom:0.75pt solid #000;padding-bottom:1pt}
.vb-rule-short::after{content:"";display:block;width:33%;margin:2pt auto 0;border-top:0.75pt solid #000}
${rules}
.vb-page .vb-missing{text-indent:0;color:#a00000;background:#fff0f0;border:1.5px dashed #c00000;padding:2pt 4pt;font-family:${font}}
.vb-missing .vb-rule-id{font-style:normal;font-size:8pt;color:#700000;margin-left:4pt}
.vb-page .vb-hidden{color:#555;background:#f2f2f2;border-left:3px solid #888;padding:0 4pt}
@page{size:A4;margin:${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm;@top-center{content:counter(page);font-family:${font};font-size:${geometry.sizes.pageNumber}pt}}
@page:first{@top-center{content:none}}
@media print{body{background:none;margin:0}.vb-page{width:auto;min-height:0;padding:0;background-image:none;box-shadow:none}}
`.trim();
}

/** The page itself: header band, title, body, closing band. */
export function pageMarkup(layout: PageLayout): string {
  const html = (block: Block) => blockHtml(block, layout.geometry);
  const column = (blocks: readonly Block[], side: string) => `<div class="vb-col vb-${side}">${blocks.map(html).join('')}</div>`;
  return [
    `<article class="vb-page vb-${layout.geometry.family}" lang="vi">`,
    `<header class="vb-band vb-header">${column(layout.headerLeft, 'left')}${column(layout.headerRight, 'right')}</header>`,
    `<section class="vb-titleblock">${layout.title.map(html).join('')}</section>`,
    `<section class="vb-bodyblock">${layout.body.map(html).join('')}</section>`,
    `<footer class="vb-band vb-closing">${column(layout.closingLeft, 'left')}${column(layout.closingRight, 'right')}</footer>`,
    layout.after.length ? `<section class="vb-after">${layout.after.map(html).join('')}</section>` : '',
    '</article>',
  ].join('');
}

function blockHtml(block: Block, geometry: Geometry): string {
  const line = block.line >= 0 ? ` data-line="${block.line}"` : '';
  if (block.missing) {
    return `<p class="vb-missing" role="note" data-rule="${escapeHtml(block.missing.rule)}"${line}>`
      + `${escapeHtml(block.missing.message)}<span class="vb-rule-id">${escapeHtml(block.missing.rule)}</span></p>`;
  }
  const rule = styleOf(block.role, geometry).ruleBelow;
  const classes = `vb-${block.role}${rule ? ` vb-rule-${rule}` : ''}`;
  if (block.runs.every((run) => run.text === '')) return `<p class="${classes}"${line} aria-hidden="true"></p>`;
  // Hidden by an unclosed comment: shown, and said to be hidden (comment-unclosed).
  if (block.role === 'hidden') return `<p class="${classes}" role="note" data-rule="comment-unclosed"${line}><span class="vb-text">${block.runs.map(runHtml).join('')}</span></p>`;
  return `<p class="${classes}"${line}><span class="vb-text">${block.runs.map(runHtml).join('')}</span></p>`;
}

function runHtml(run: Run): string {
  let html = escapeHtml(run.text);
  if (run.italic) html = `<em>${html}</em>`;
  if (run.bold) html = `<strong>${html}</strong>`;
  return html;
}

export interface StandaloneOptions {
  /** The document's title (the file name). */
  readonly title: string;
  /** Nonce for the one style element; the caller passes a fresh random one. */
  readonly nonce: string;
}

/** A standalone, print-ready page: `@page` A4, no scripts, nothing loaded from anywhere. */
export function standaloneHtml(layout: PageLayout, options: StandaloneOptions): string {
  const nonce = escapeHtml(options.nonce);
  return [
    '<!DOCTYPE html>',
    '<html lang="vi">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${nonce}'; base-uri 'none'; form-action 'none'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(options.title)}</title>`,
    `<style nonce="${nonce}">body{margin:0;padding:12mm 0;background:#e8e8e8}\n${pageCss(layout.geometry)}</style>`,
    '</head>',
    '<body>',
    pageMarkup(layout),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
