// Body paragraphs start with a first-line indent of 1 cm or 1.27 cm (NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I,
// Mục II.6.e; domain.md B2). Values between the two pass. A paragraph that starts with a tab and no indent is
// indented by the tab stop (Word's default 1.27 cm): it passes too.

import { msg } from '../l10n/localize';
import { BODY_FIGURES, decimal, format, MM_TOLERANCE, rangeText, within } from '../catalog/formatting';
import { bodyParagraphs, paragraphRange, reportOncePerCause } from './support/formatting';
import type { WordParagraph } from '../docx/model';
import { defineRule } from './rule';

export default defineRule({
  id: 'word-first-line-indent',
  regimes: ['nd30'],
  severity: 'warning',
  input: 'docx',
  description: 'Body paragraphs of a Word file have a first-line indent of 1–1.27 cm.',
  basis: { nd30: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.6.e' },
  check({ word, model, regime, report }) {
    const figures = BODY_FIGURES[regime];
    if (!word || !figures) return;
    // Where the first line starts from the margin (left indent plus first-line indent). A hanging indent is
    // a list laid out as such, not a body paragraph's indent: left alone.
    const start = (p: WordParagraph) => p.left + p.firstLine;
    const wrong = bodyParagraphs(model, word)
      .filter((p) => (p.align === 'justify' || p.align === 'left') && p.firstLine >= 0)
      .filter((p) => !within(start(p), figures.firstLine, MM_TOLERANCE) && !(start(p) === 0 && p.text.startsWith('\t')))
      .map((paragraph) => ({ paragraph, key: format(start(paragraph)) }));
    reportOncePerCause(wrong.map(({ paragraph, key: value }) => ({ cause: value, range: paragraphRange(word, paragraph), message: (others: number) => (others > 0
      ? msg('The first-line indent is {0} mm here and in {1} more body paragraphs; allowed: {2} mm ({3})', decimal(Number(value)), others, rangeText(figures.firstLine), figures.source)
      : msg('The first-line indent is {0} mm; allowed: {1} mm ({2})', decimal(Number(value)), rangeText(figures.firstLine), figures.source)) })), report);
  },
});
