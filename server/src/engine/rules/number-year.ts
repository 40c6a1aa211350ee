// The year segment (`30/2020/NĐ-CP`) belongs only to normative numbers: an administrative or Party
// number carries none (domain.md Part C).

import { msg } from '../l10n/localize';
import { rangeOf } from '../ranges';
import { defineRule } from './rule';

export default defineRule({
  id: 'number-year',
  regimes: ['dang', 'nd30'],
  severity: 'error',
  cheap: true,
  description: 'Only a normative document’s number carries the year.',
  basis: {
    dang: 'HD 36-HD/VPTW, điểm 1.3',
    nd30: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.3; Luật 64/2025/QH15 Điều 7.3',
  },
  check({ model, regime, report }) {
    const number = model.header.number;
    if (!number?.year) return;
    report({
      range: rangeOf(number),
      message: regime === 'dang'
        ? msg('A Party number carries no year: write {0}', 'Số 02-KL/BTCTW')
        : msg('An administrative number carries no year; the year segment marks a normative document ({0})', 'Số: 15/QĐ-UBND'),
    });
  },
});
