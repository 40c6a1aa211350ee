// The alignment of each part the structure reader recognised (NĐ 30/2020/NĐ-CP, Phụ lục I, Mục II): the
// header's parts, the type name and summary, the V/v summary and the signature centred; Nơi nhận and its
// lines flush left. The place and date are left out: offices set them centred or to the right, and the
// digest does not settle which; so is a line laid out with tabs. Recipient lines with one slip are one finding.

import { msg } from '../l10n/localize';
import { PART_ALIGNMENT } from '../catalog/formatting';
import { subjectOf } from '../model/parts';
import { formattedParts, reportOncePerCause } from './support/formatting';
import { rangeOf } from '../ranges';
import { defineRule } from './rule';

const NAMES = { left: msg('left'), right: msg('right'), center: msg('centre'), justify: msg('both sides'), distribute: msg('both sides') };

export default defineRule({
  id: 'word-part-alignment',
  regimes: ['nd30'],
  severity: 'warning',
  input: 'docx',
  description: 'Each part of a Word file is centred or flush left as the regulation sets it.',
  basis: { nd30: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II' },
  check({ word, model, regime, report }) {
    const figures = PART_ALIGNMENT[regime];
    if (!word || !figures) return;
    const findings = formattedParts(model, word).flatMap((part) => {
      const figure = figures[part.part];
      // A line laid out with tabs (two parts side by side) is aligned by its tab stops, not by the paragraph.
      if (!figure || part.paragraph.text.includes('\t')) return [];
      const { align } = part.paragraph;
      const ok = figure.align === 'center' ? align === 'center' : align === 'left' || align === 'justify';
      if (ok) return [];
      const wanted = figure.align === 'center' ? msg('centred') : msg('flush left');
      return [{
        cause: part.part === 'recipient' ? `${part.part}\u0000${align}` : undefined,
        range: rangeOf(part.segment),
        message: (others: number) => (others > 0
          ? msg('{0} is aligned {1} here and in {2} more lines; it is set {3} ({4})', subjectOf(part.part), NAMES[align], others, wanted, figure.source)
          : msg('{0} is aligned {1}; it is set {2} ({3})', subjectOf(part.part), NAMES[align], wanted, figure.source)),
      }];
    });
    reportOncePerCause(findings, report);
  },
});
