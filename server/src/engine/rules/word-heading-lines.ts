// The lines that stand centred on their own (NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.6.đ and III.1;
// domain.md B3, B7): a `Phần`, `Chương`, `Mục` or `Tiểu mục` line and its title, centred, 13–14 pt, bold;
// an appendix's `Phụ lục` line (14 pt, bold) and title (13–14 pt, bold), centred, and its `(Kèm theo …)`
// reference centred, 13–14 pt, italic. Read only where the structure reader recognised the line; a title
// typed on the label's line is not this layout and is left. Several lines with one slip are one finding.

import { msg, type Message } from '../l10n/localize';
import { decimals, format, HEADING_FIGURES, HEADING_LABELS, rangeText, within } from '../catalog/formatting';
import { headingParagraphs } from './support/headingLines';
import { reportOncePerCause } from './support/formatting';
import { rangeOf } from '../ranges';
import { defineRule } from './rule';

const NAMES = { left: msg('left'), right: msg('right'), center: msg('centre'), justify: msg('both sides'), distribute: msg('both sides') };

export default defineRule({
  id: 'word-heading-lines',
  regimes: ['nd30'],
  severity: 'warning',
  input: 'docx',
  description: 'Phần, Chương and Mục lines with their titles, and an appendix\'s label, title and reference, are centred at their size, bold or italic.',
  basis: { nd30: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.6.đ and Mục III.1' },
  check({ word, model, regime, report }) {
    const figures = HEADING_FIGURES[regime];
    if (!word || !figures) return;
    const findings = headingParagraphs(model, word).flatMap(({ line, paragraph, runs, segment }) => {
      const figure = figures[line];
      const label = HEADING_LABELS[line];
      const range = rangeOf(segment);
      const out: { cause: string; range: typeof range; message: (others: number) => Message }[] = [];
      const grouped = (key: string, base: Message) => out.push({
        cause: `${line}\u0000${key}`, range,
        message: (others: number) => (others > 0 ? msg('{0} (and {1} more lines)', base, others) : base),
      });
      if (paragraph.align !== 'center' && !paragraph.text.includes('\t')) {
        grouped(`align ${paragraph.align}`, msg('{0} is aligned {1}; it is set {2} ({3})', label, NAMES[paragraph.align], msg('centred'), figure.source));
      }
      if (runs.length === 0) return out;
      const sizes = [...new Set(runs.map((run) => run.size))].sort((a, b) => a - b);
      if (!sizes.every((size) => within(size, figure.size))) {
        grouped(`size ${sizes.map(format).join('/')}`, msg('{0} is {1} pt; allowed: {2} pt ({3})', label, decimals(sizes), rangeText(figure.size), figure.source));
      }
      if (figure.bold === true && runs.some((run) => !run.bold)) grouped('bold', msg('{0} should be bold ({1})', label, figure.source));
      if (figure.italic && runs.some((run) => !run.italic)) grouped('italic', msg('{0} should be italic ({1})', label, figure.source));
      if (!figure.italic && runs.some((run) => run.italic)) grouped('upright', msg('{0} should be upright, not italic ({1})', label, figure.source));
      return out;
    });
    reportOncePerCause(findings, report);
  },
});
