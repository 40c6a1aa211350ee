// The fix's steps for the lines that stand centred on their own and for the gap under a công văn's number,
// as the rules word-heading-lines and word-letter-summary-gap check them (the same lines, read by the same
// support): a division's or an appendix's line centred (w:jc), its runs' size, bold and italic asked for
// (applied at the style where the style is the cause); the V/v line's space before set so it stands 6 pt
// below the number (w:spacing w:before; the number's space after stays).

import { format, HEADING_FIGURES, LETTER_SUMMARY_GAP, within } from '../catalog/formatting';
import { msg } from '../l10n/localize';
import { headingParagraphs, letterSummaryGap } from '../rules/support/headingLines';
import { clamp, type FixContext } from './context';
import { runSpanOf, type RunRequest } from './runProperties';

/** The rule these lines' changes answer (the quick fix of one finding picks them by it). */
const HEADING_RULE = 'word-heading-lines';

/** Centres the heading lines; returns the run properties they need. */
export function fixHeadingLines(ctx: FixContext): RunRequest[] {
  const { word, model, regime, layout, main, change, alignName } = ctx;
  const figures = HEADING_FIGURES[regime];
  if (!figures) return [];
  const requests: RunRequest[] = [];
  for (const { line, paragraph, runs } of headingParagraphs(model, word)) {
    const figure = figures[line];
    const text = paragraph.text.slice(paragraph.labelLength);
    // A line laid out with tabs or leading spaces is not realigned (as the parts' alignment).
    if (paragraph.align !== 'center' && !text.includes('\t') && !/^\s/.test(text)) {
      main.edits.set(layout.paragraphs[paragraph.index].element, 'pPr', 'jc', { val: 'center' });
      change({ part: main.name, paragraph: paragraph.index + 1, property: msg('alignment'), from: alignName(paragraph.align), to: alignName('center'), rule: HEADING_RULE });
    }
    for (const run of runs) {
      const span = runSpanOf(layout, paragraph, run);
      if (!span) continue;
      if (!within(run.size, figure.size)) requests.push({ paragraph, span, property: 'size', from: run.size, to: clamp(run.size, figure.size), rule: HEADING_RULE });
      if (figure.bold === true && !run.bold) requests.push({ paragraph, span, property: 'bold', from: false, to: true, rule: HEADING_RULE });
      if (run.italic !== figure.italic) requests.push({ paragraph, span, property: 'italic', from: run.italic, to: figure.italic, rule: HEADING_RULE });
    }
  }
  return requests;
}

/** The V/v line of a công văn set 6 pt below the number and symbol. */
export function fixLetterSummaryGap(ctx: FixContext): void {
  const { word, model, regime, layout, main, change } = ctx;
  const figure = LETTER_SUMMARY_GAP[regime];
  const found = figure && letterSummaryGap(model, word);
  if (!figure || !found || found.gap >= figure.points - 0.05) return;
  const before = Math.ceil((figure.points - found.number.spaceAfter) * 20);
  main.edits.set(layout.paragraphs[found.summary.index].element, 'pPr', 'spacing', { before: String(before), beforeAutospacing: null, beforeLines: null });
  change({ part: main.name, paragraph: found.summary.index + 1, property: msg('space before'), from: `${format(found.summary.spaceBefore)} pt`, to: `${format(before / 20)} pt`, rule: 'word-letter-summary-gap' });
}
