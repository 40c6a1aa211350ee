// The Word file's paragraphs, runs and sections as elements of the main part, in the order the .docx reader
// reads them (body, tables cell by cell, text boxes after their paragraph), each run with the columns of its
// text in the paragraph's text: so a paragraph or run the reader describes is found again as the element
// to edit. Mirrors docx/reader.ts's walk; a count that differs means the fix edits no paragraph at all.

import { attrOf, childOf, childrenOf, type ElementSpan } from './xmlText';

export interface RunSpan {
  readonly element: ElementSpan;
  /** Columns of the run's text in the paragraph's text, the numbering label excluded. */
  readonly start: number;
  readonly end: number;
  /** The run's w:t elements (their text is what a legacy-font conversion rewrites). */
  readonly texts: readonly ElementSpan[];
}

export interface ParagraphSpan {
  readonly element: ElementSpan;
  readonly runs: readonly RunSpan[];
  /** Length of the paragraph's text without its numbering label. */
  readonly length: number;
}

export interface MainLayout {
  readonly paragraphs: ParagraphSpan[];
  readonly sections: ElementSpan[];
}

export function layoutOf(body: ElementSpan): MainLayout {
  const out: MainLayout = { paragraphs: [], sections: [] };
  block(body, out);
  return out;
}

function choose(element: ElementSpan): ElementSpan | undefined {
  return childOf(element, 'mc:Choice') ?? childOf(element, 'mc:Fallback');
}

function textOf(element: ElementSpan): string {
  return element.text + element.children.map(textOf).join('');
}

function block(container: ElementSpan, out: MainLayout): void {
  for (const element of container.children) {
    switch (element.name) {
      case 'w:p': paragraph(element, out); break;
      case 'w:tbl':
        for (const row of childrenOf(element, 'w:tr')) {
          for (const cell of childrenOf(row, 'w:tc')) {
            const merge = childOf(childOf(cell, 'w:tcPr'), 'w:vMerge');
            if (merge && (attrOf(merge, 'w:val') ?? 'continue') === 'continue' && textOf(cell).trim() === '') continue;
            block(cell, out);
          }
        }
        break;
      case 'w:sectPr': out.sections.push(element); break;
      case 'w:sdt': { const content = childOf(element, 'w:sdtContent'); if (content) block(content, out); break; }
      case 'w:customXml': case 'w:ins': case 'w:moveTo': case 'w:smartTag': block(element, out); break;
      case 'mc:AlternateContent': { const chosen = choose(element); if (chosen) block(chosen, out); break; }
      default: break;
    }
  }
}

interface Collecting {
  length: number;
  runs: RunSpan[];
  textboxes: ElementSpan[];
}

function paragraph(p: ElementSpan, out: MainLayout): void {
  const collected: Collecting = { length: 0, runs: [], textboxes: [] };
  inline(p, collected);
  out.paragraphs.push({ element: p, runs: collected.runs, length: collected.length });
  const sectPr = childOf(childOf(p, 'w:pPr'), 'w:sectPr');
  if (sectPr) out.sections.push(sectPr);
  for (const box of collected.textboxes) block(box, out);
}

function inline(container: ElementSpan, out: Collecting): void {
  for (const element of container.children) {
    switch (element.name) {
      case 'w:r': run(element, out); break;
      case 'w:fldSimple': case 'w:hyperlink': case 'w:ins': case 'w:moveTo': case 'w:smartTag': case 'w:customXml': case 'w:bdo': case 'w:dir':
        inline(element, out);
        break;
      case 'w:sdt': { const content = childOf(element, 'w:sdtContent'); if (content) inline(content, out); break; }
      case 'mc:AlternateContent': { const chosen = choose(element); if (chosen) inline(chosen, out); break; }
      case 'm:oMath': case 'm:oMathPara': out.length += mathLength(element); break;
      default: break;
    }
  }
}

function mathLength(element: ElementSpan): number {
  let length = 0;
  for (const node of element.children) {
    if (node.name === 'm:r') length += childrenOf(node, 'm:t').map((t) => t.text.length).reduce((a, b) => a + b, 0);
    else if (node.name !== 'w:del' && node.name !== 'm:ctrlPr') length += mathLength(node);
  }
  return length;
}

function run(r: ElementSpan, out: Collecting): void {
  let length = 0;
  const texts: ElementSpan[] = [];
  for (const element of r.children) {
    switch (element.name) {
      case 'w:t': length += element.text.length; texts.push(element); break;
      case 'w:tab': case 'w:ptab': case 'w:cr': case 'w:noBreakHyphen': length += 1; break;
      case 'w:br': { const type = attrOf(element, 'w:type'); if (!(type === 'page' || type === 'column')) length += 1; break; }
      case 'w:drawing': case 'w:pict': case 'w:object': textboxes(element, out.textboxes); break;
      case 'mc:AlternateContent': { const chosen = choose(element); if (chosen) textboxes(chosen, out.textboxes); break; }
      case 'w:sym': length += symbolLength(attrOf(element, 'w:char')); break;
      default: break;
    }
  }
  if (length > 0) out.runs.push({ element: r, start: out.length, end: out.length + length, texts });
  out.length += length;
}

function textboxes(element: ElementSpan, out: ElementSpan[]): void {
  for (const node of element.children) {
    if (node.name === 'w:txbxContent') out.push(node);
    else if (node.name === 'mc:AlternateContent') { const chosen = choose(node); if (chosen) textboxes(chosen, out); }
    else textboxes(node, out);
  }
}

/** As the reader writes a w:sym: nothing for a bad code, else one character (two above the BMP). */
function symbolLength(code: string | undefined): number {
  const value = Number.parseInt(code ?? '', 16);
  if (!Number.isFinite(value) || value <= 0 || value > 0x10ffff) return 0;
  return value > 0xffff ? 2 : 1;
}
