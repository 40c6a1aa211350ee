// The superior and issuing body lines are printed in capitals (HD 36 Phụ lục 2 rows 2a, 2b; NĐ 30
// Phụ lục I ô 2). A body's name typed in ordinary case at the top of the header is reported.

import { msg } from '../l10n/localize';
import { rangeOf } from '../ranges';
import { splitCells } from '../text/source';
import { defineRule } from './rule';
import { maskedLines } from './support/text';

/** The words a body's name starts with. */
const BODY_START = /^(Ủy ban|Uỷ ban|UBND|Hội đồng|Sở|Bộ|Ban|Văn phòng|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ|Huyện ủy|Huyện uỷ|Đảng ủy|Đảng uỷ|Đảng bộ|Chi bộ|Cục|Tổng cục|Chi cục|Vụ|Trường|Phòng)\s/u;

export default defineRule({
  id: 'issuer-case',
  regimes: ['dang', 'nd30', 'qppl'],
  severity: 'warning',
  cheap: true,
  description: 'The superior and issuing body lines are in capitals.',
  basis: {
    dang: 'HD 36-HD/VPTW, điểm 1.2; Phụ lục 2 (ô 2)',
    nd30: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.2',
    qppl: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.2',
  },
  check({ model, report }) {
    const { number, issuerLines } = model.header;
    // Only the lines above the number and symbol are the header's left column.
    const until = number?.line ?? (issuerLines.length ? -1 : Math.min(6, model.lines.length));
    const masked = maskedLines(model);
    for (let i = 0; i < until; i++) {
      for (const cell of splitCells(i, masked[i])) {
        if (!BODY_START.test(cell.text) || cell.text.length > 90 || /[.;:,]$/.test(cell.text)) continue;
        if (cell.text === cell.text.toUpperCase()) continue;
        const upper = cell.text.toUpperCase();
        report({
          range: rangeOf(cell),
          message: msg('The name of the body is printed in capitals: {0}', upper),
          fix: { title: msg('Write {0}', upper), safety: 'safe', edits: [{ range: rangeOf(cell), newText: upper }] },
        });
      }
    }
  },
});
