// The superior and issuing body lines are printed in capitals (HD 36 Phụ lục 2 rows 2a, 2b; NĐ 30
// Phụ lục I ô 2). The parser reads a body's name typed in ordinary case above the number as an issuer
// line; this rule asks for capitals.

import { msg } from '../l10n/localize';
import { rangeOf } from '../ranges';
import { isUpperText } from '../text/source';
import { defineRule } from './rule';

export default defineRule({
  id: 'issuer-case',
  regimes: ['dang', 'nd30', 'qppl'],
  severity: 'warning',
  cheap: true,
  description: 'The superior and issuing body lines are in capitals.',
  basis: {
    dang: 'HD 36-HD/VPTW, điểm 1.2; Phụ lục 2 (ô 2)',
    nd30: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.2.b',
    qppl: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.2.b',
  },
  check({ model, report }) {
    for (const line of model.header.issuerLines) {
      if (isUpperText(line.text)) continue;
      const upper = line.text.toUpperCase();
      report({
        range: rangeOf(line),
        message: msg('The name of the body is printed in capitals: {0}', upper),
        fix: { title: msg('Write {0}', upper), safety: 'safe', edits: [{ range: rangeOf(line), newText: upper }] },
      });
    }
  },
});
