// A number-and-symbol line (số và ký hiệu) is present.

import { msg } from '../l10n/localize';
import { headerAnchor } from '../ranges';
import { headerNotChecked } from './support/unplaced';
import { defineRule } from './rule';

export default defineRule({
  id: 'number',
  regimes: ['dang', 'nd30', 'qppl'],
  severity: 'error',
  cheap: true,
  description: 'A number-and-symbol line is present.',
  basis: {
    dang: 'HD 36-HD/VPTW, điểm 1.3',
    nd30: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.3',
    qppl: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.3; Luật 64/2025/QH15 Điều 7.3',
  },
  check({ model, regime, report }) {
    // An unreadable header (nothing of it recognised): structure-unplaced says so once (rather silent than wrong).
    if (headerNotChecked(model)) return;
    if (model.header.number) return;
    const example = regime === 'dang' ? 'Số 01-KL/BTCTW' : regime === 'qppl' ? 'Số: 01/2026/NĐ-CP' : 'Số: 01/QĐ-UBND';
    report({ range: headerAnchor(model), message: msg('Missing the number and symbol line (for example {0})', example), part: 'number' });
  },
});
