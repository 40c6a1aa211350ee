// Body text is justified (NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.6.e; domain.md B2).

import { msg, type Message } from '../l10n/localize';
import { BODY_FIGURES } from '../catalog/formatting';
import { bodyParagraphs, paragraphRange, reportOncePerCause } from './support/formatting';
import { defineRule } from './rule';

const NAMES: Record<string, Message> = { left: msg('left'), right: msg('right') };

/** Characters beyond which a paragraph wraps on an A4 line at 13–14 pt (about 85–95 fit). */
const WRAPS = 100;

export default defineRule({
  id: 'word-body-alignment',
  regimes: ['nd30'],
  severity: 'warning',
  input: 'docx',
  description: 'Body paragraphs of a Word file are justified.',
  basis: { nd30: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.6.e' },
  check({ word, model, regime, report }) {
    const figures = BODY_FIGURES[regime];
    if (!word || !figures) return;
    // Only a left-aligned paragraph long enough to wrap shows a ragged edge; a centred line (a formula, a
    // note in brackets) is centred on purpose.
    const wrong = bodyParagraphs(model, word)
      .filter((p) => (p.align === 'left' || p.align === 'right') && p.text.trim().length > WRAPS)
      .map((paragraph) => ({ paragraph, key: paragraph.align }));
    reportOncePerCause(wrong.map(({ paragraph, key: align }) => ({ cause: align, range: paragraphRange(word, paragraph), message: (others: number) => (others > 0
      ? msg('This body paragraph and {0} more are aligned {1}; justify them ({2})', others, NAMES[align] ?? msg('left'), figures.source)
      : msg('This body paragraph is aligned {0}; justify it ({1})', NAMES[align] ?? msg('left'), figures.source)) })), report);
  },
});
