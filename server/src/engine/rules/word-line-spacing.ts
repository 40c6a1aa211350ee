// Line spacing of body text from single to 1.5 lines (NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.6.e;
// domain.md B2). A multiple (auto) is compared directly. An exact or at-least spacing in points is compared
// with the text's size: a single line of Times New Roman takes about 1.15 times its size, so the rule
// reports only spacing that overlaps the lines (below the size) or exceeds 1.5 lines (rather silent than wrong).

import { msg } from '../l10n/localize';
import { BODY_FIGURES, decimal, format, rangeText } from '../catalog/formatting';
import type { MessageArg } from '../l10n/localize';
import { bodyParagraphs, paragraphRange, reportOncePerCause } from './support/formatting';
import type { WordParagraph } from '../docx/model';
import { defineRule } from './rule';

/** Single line height of Times New Roman as a multiple of its size (ascent + descent + gap). */
const SINGLE_LINE = 1.15;

function lines(paragraph: WordParagraph): { value: number; ok: boolean } {
  const { rule, value } = paragraph.lineSpacing;
  if (rule === 'auto') {
    const multiple = value / 240;
    return { value: multiple, ok: multiple >= 0.99 && multiple <= 1.51 };
  }
  const size = Math.max(0, ...paragraph.runs.map((run) => run.size));
  if (!size) return { value: 0, ok: true };
  const multiple = value / (size * SINGLE_LINE);
  return { value: multiple, ok: value >= size && multiple <= 1.51 };
}

/** A grouping key back to a message argument: `1.25`, or `18 pt ≈ 1.1` for a spacing in points. */
function spacing(key: string): MessageArg {
  const [first, second] = key.split('|');
  return second === undefined ? decimal(Number(first)) : msg('{0} pt ≈ {1}', decimal(Number(first)), decimal(Number(second)));
}

export default defineRule({
  id: 'word-line-spacing',
  regimes: ['nd30'],
  severity: 'warning',
  input: 'docx',
  description: 'Body text of a Word file has line spacing from single to 1.5 lines.',
  basis: { nd30: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.6.e' },
  check({ word, model, regime, report }) {
    const figures = BODY_FIGURES[regime];
    if (!word || !figures) return;
    const wrong = bodyParagraphs(model, word).flatMap((paragraph) => {
      const measured = lines(paragraph);
      if (measured.ok) return [];
      const { rule, value } = paragraph.lineSpacing;
      const key = rule === 'auto' ? format(measured.value) : `${format(value)}|${format(measured.value)}`;
      return [{ paragraph, key }];
    });
    reportOncePerCause(wrong.map(({ paragraph, key: value }) => ({ cause: value, range: paragraphRange(word, paragraph), message: (others: number) => (others > 0
      ? msg('Line spacing is {0} lines here and in {1} more body paragraphs; allowed: {2} lines ({3})', spacing(value), others, rangeText(figures.lineSpacing), figures.source)
      : msg('Line spacing is {0} lines; allowed: {1} lines ({2})', spacing(value), rangeText(figures.lineSpacing), figures.source)) })), report);
  },
});
