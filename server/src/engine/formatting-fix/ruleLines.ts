// The fix's step for the header's rule lines, as the project's own export draws them (render/docx.ts): a
// bottom border narrowed by indents to the length the regulation gives, so no paragraph is added and the
// text stays. The motto's rule is as long as its line (NĐ 30 Phụ lục I, Mục II.1.b): the motto's paragraph
// takes the border, narrowed to the estimated width of its text (a little wider, so it never wraps). The
// issuing body's rule is 1/3–1/2 of its line (Mục II.2.b): drawn only on an empty paragraph right under it,
// as a top border of 40% of the issuer's line; a text paragraph there (the number) would wrap, so the rule
// is left, with a note. An underlined motto loses its underline when its rule is drawn.

import { format } from '../catalog/formatting';
import type { WordParagraph } from '../docx/model';
import { msg } from '../l10n/localize';
import { ruleLinesSlip } from '../rules/support/ruleLines';
import { TWIPS_PER_MM, type FixContext } from './context';
import { runSpanOf } from './runProperties';
import { attrOf, childOf, type ElementSpan } from './xmlText';

const BORDER = { val: 'single', sz: '6', space: '1', color: '000000' };
/** Cell margins Word leaves by default on each side of a table cell, in twips. */
const CELL_MARGINS = 216;

export function fixRuleLines(ctx: FixContext): void {
  const { word, model, regime, layout, main, notes, change, say, onOff } = ctx;
  if (regime !== 'nd30') return;
  const slip = ruleLinesSlip(model, word);
  if (!slip) return;
  const mottoElement = layout.paragraphs[slip.motto.index].element;
  const width = availableWidth(ctx, mottoElement);
  // The border goes under the paragraph's last line: that must be the motto (not a name broken after it).
  if (slip.motto.line + slip.motto.lineCount - 1 !== model.header.motto!.line) {
    notes.push(msg('The rule under the motto was not drawn: the motto is not the last line of its paragraph; draw it in Word'));
    return;
  }
  if (width === undefined) {
    notes.push(msg('The rule under the motto was not drawn: the width of its cell cannot be read; draw it in Word'));
    return;
  }
  if (slip.kind === 'underlined-motto') {
    for (const run of slip.mottoRuns) {
      const span = runSpanOf(layout, slip.motto, run);
      if (span) main.edits.set(span.element, 'rPr', 'u', { val: 'none' });
    }
    change({ part: main.name, paragraph: slip.motto.index + 1, property: msg('underline'), from: onOff(true), to: onOff(false), rule: 'word-rule-lines' });
  }
  const length = Math.min(width, Math.round(textWidth(slip.motto) * 1.06));
  narrowBorder(ctx, mottoElement, 'bottom', width, length);
  change({ part: main.name, paragraph: slip.motto.index + 1, property: msg('rule under the motto'), from: say(msg('none')), to: `${format(length / TWIPS_PER_MM)} mm`, rule: 'word-rule-lines' });

  if (slip.kind !== 'none-drawn' || !slip.issuer) return;
  const issuer = slip.issuer;
  const next = word.paragraphs[issuer.index + 1];
  const issuerElement = layout.paragraphs[issuer.index].element;
  const nextElement = next && layout.paragraphs[next.index].element;
  const issuerWidth = availableWidth(ctx, issuerElement);
  if (!next || !nextElement || next.text.trim() !== '' || nextElement.parent !== issuerElement.parent || issuerWidth === undefined) {
    notes.push(msg('The rule under the issuing body was not drawn: no empty paragraph under it carries a short rule; draw it in Word'));
    return;
  }
  const short = Math.round(Math.min(issuerWidth, textWidth(issuer)) * 0.4);
  narrowBorder(ctx, nextElement, 'top', issuerWidth, short);
  change({ part: main.name, paragraph: next.index + 1, property: msg('rule under the issuing body'), from: say(msg('none')), to: `${format(short / TWIPS_PER_MM)} mm`, rule: 'word-rule-lines' });
}

/** A border on one side of the paragraph, narrowed by equal indents to `length` twips within `width`. */
function narrowBorder(ctx: FixContext, p: ElementSpan, side: 'top' | 'bottom', width: number, length: number): void {
  const indent = String(Math.max(0, Math.round((width - length) / 2)));
  ctx.main.edits.set(p, 'pPr', `pBdr>${side}`, BORDER);
  ctx.main.edits.set(p, 'pPr', 'ind', { left: indent, right: indent, start: null, end: null });
}

/** The width a paragraph's text may take, in twips: its table cell's (a width in twips), else the page's. */
function availableWidth(ctx: FixContext, p: ElementSpan): number | undefined {
  let cell: ElementSpan | undefined;
  for (let at = p.parent; at && !cell; at = at.parent) if (at.name === 'w:tc') cell = at;
  if (cell) {
    const tcW = childOf(childOf(cell, 'w:tcPr'), 'w:tcW');
    const value = Number.parseInt(attrOf(tcW, 'w:w') ?? '', 10);
    return (attrOf(tcW, 'w:type') ?? 'dxa') === 'dxa' && value > CELL_MARGINS ? value - CELL_MARGINS : undefined;
  }
  const section = ctx.layout.sections[ctx.layout.sections.length - 1];
  const page = Number.parseInt(attrOf(childOf(section, 'w:pgSz'), 'w:w') ?? '', 10);
  const margin = childOf(section, 'w:pgMar');
  const sides = ['w:left', 'w:right'].map((side) => Number.parseInt(attrOf(margin, side) ?? '', 10));
  return Number.isFinite(page) && sides.every(Number.isFinite) ? page - sides[0] - sides[1] : undefined;
}

/** Width of a paragraph's last line in Times New Roman, in twips, as the export estimates it: an advance per character class. */
function textWidth(paragraph: WordParagraph): number {
  // The last line (after a line break) is the one the rule goes under.
  const from = paragraph.text.lastIndexOf('\n') + 1;
  let twips = 0;
  for (const run of paragraph.runs) {
    for (const ch of paragraph.text.slice(Math.max(from, run.start), run.end)) {
      const ems = ch === ' ' ? 0.25 : ch === ch.toUpperCase() && ch !== ch.toLowerCase() ? (run.bold ? 0.72 : 0.68) : run.bold ? 0.53 : 0.48;
      twips += ems * run.size * 20;
    }
  }
  return Math.round(twips);
}
