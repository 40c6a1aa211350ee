// At least 6 pt between body paragraphs (NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.6.e; domain.md B2).
// The space Word leaves is the previous paragraph's space after plus this one's space before.

import { msg } from '../l10n/localize';
import { BODY_FIGURES, decimal, format } from '../catalog/formatting';
import { bodyParagraphs, followsBody, paragraphRange, reportOncePerCause } from './support/formatting';
import { defineRule } from './rule';


export default defineRule({
  id: 'word-paragraph-spacing',
  regimes: ['nd30'],
  severity: 'warning',
  input: 'docx',
  description: 'Body paragraphs of a Word file are at least 6 pt apart.',
  basis: { nd30: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.6.e' },
  check({ word, model, regime, report }) {
    const figures = BODY_FIGURES[regime];
    if (!word || !figures) return;
    const paragraphs = bodyParagraphs(model, word);
    const wrong = paragraphs.slice(1).flatMap((paragraph) => {
      const previous = word.paragraphs[paragraph.index - 1];
      if (!previous || !followsBody(previous)) return [];
      const gap = previous.spaceAfter + paragraph.spaceBefore;
      return gap < figures.spaceBetween - 0.05 ? [{ paragraph, key: format(gap) }] : [];
    });
    reportOncePerCause(wrong.map(({ paragraph, key: value }) => ({ cause: value, range: paragraphRange(word, paragraph), message: (others: number) => (others > 0
      ? msg('{0} pt before this body paragraph and {1} more; at least {2} pt between paragraphs ({3})', decimal(Number(value)), others, figures.spaceBetween, figures.source)
      : msg('{0} pt before this body paragraph; at least {1} pt between paragraphs ({2})', decimal(Number(value)), figures.spaceBetween, figures.source)) })), report);
  },
});
