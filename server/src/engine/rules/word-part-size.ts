// The size of each part the structure reader recognised, within the regulation's range: NĐ 30 Phụ lục I
// Mục II (national name 12–13, motto 13–14, number 13, body 13–14, Nơi nhận 12, recipients 11…) and the
// HD 36 Phụ lục 2 table (domain.md A3, B3). Lines of a repeated part (body paragraphs, recipients) with one
// measured size are one finding, at the first: one cause, one finding.

import { msg } from '../l10n/localize';
import { decimals, format, rangeText, within } from '../catalog/formatting';
import { checkParts } from './support/formatting';
import { subjectOf } from '../model/parts';
import { rangeOf } from '../ranges';
import { defineRule } from './rule';

export default defineRule({
  id: 'word-part-size',
  regimes: ['nd30', 'dang'],
  severity: 'warning',
  input: 'docx',
  description: 'Each part of a Word file (national name, motto, issuer, number, body, recipients, signature…) has the regulated size.',
  basis: {
    nd30: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II and V',
    dang: 'HD 36-HD/VPTW, Phụ lục 2',
  },
  check(context) {
    checkParts(context, (part, figure) => {
      if (!figure.size || part.runs.length === 0) return [];
      const sizes = [...new Set(part.runs.map((run) => run.size))].sort((a, b) => a - b);
      if (sizes.every((size) => within(size, figure.size!))) return [];
      const key = sizes.map(format).join('/');
      const measured = decimals(sizes);
      return [{
        part: part.part, key, range: rangeOf(part.segment), severity: figure.verified ? undefined : 'info' as const,
        message: (others: number) => (others > 0
          ? msg('{0} is {1} pt here and in {2} more lines; allowed: {3} pt ({4})', subjectOf(part.part), measured, others, rangeText(figure.size!), figure.source)
          : msg('{0} is {1} pt; allowed: {2} pt ({3})', subjectOf(part.part), measured, rangeText(figure.size!), figure.source)),
      }];
    });
  },
});
