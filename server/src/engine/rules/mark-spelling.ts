// Urgency and secrecy marks are spelled as the regulations allow, in capitals: `HỎA TỐC` / `HOẢ TỐC`
// (`HỎA TỐC HẸN GIỜ`), `THƯỢNG KHẨN`, `KHẨN`; `MẬT`, `TỐI MẬT`, `TUYỆT MẬT` (domain.md A13, B3 ô 10).

import { ALLOWED_MARKS, SECRECY_MARKS, URGENCY_MARKS } from '../catalog/marks';
import { msg } from '../l10n/localize';
import { rangeOf } from '../ranges';
import { defineRule } from './rule';

const ALLOWED = new Set(ALLOWED_MARKS);
/** Something meant as a mark: one of the words, in any case, maybe misspelled, on a short cell. */
const MARK_LIKE = /^(h[oỏ][aả]\s*t[oố]c|th[uư][oợ]ng\s*kh[aẩ]n|kh[aẩ]n|m[aậ]t|t[oố]i\s*m[aậ]t|tuy[eệ]t\s*m[aậ]t)(\s|$|!|\.)/iu;

export default defineRule({
  id: 'mark-spelling',
  regimes: ['dang', 'nd30', 'qppl'],
  severity: 'warning',
  cheap: true,
  description: 'Urgency and secrecy marks are spelled as allowed, in capitals.',
  basis: {
    dang: 'Quy định 66-QĐ/TW Điều 16; HD 36-HD/VPTW, Phụ lục 2 (ô 10b, CHƯA KIỂM CHỨNG)',
    nd30: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục III.2; Điều 4',
    qppl: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục III.2',
  },
  check({ model, report }) {
    // Marks stand in the header, before the type name or the body.
    const end = model.typeName?.line ?? model.body.firstLine;
    for (let i = 0; i < Math.min(end, model.lines.length, 40); i++) {
      for (const cell of model.view.cells(i)) {
        const text = cell.text.replace(/\s+/g, ' ');
        if (ALLOWED.has(text) || !MARK_LIKE.test(text) || text.length > 24) continue;
        const upper = text.toUpperCase();
        report({
          range: rangeOf(cell),
          message: ALLOWED.has(upper)
            ? msg('A mark is written in capitals: {0}', upper)
            : msg('{0} is not an allowed mark: write one of {1}', text, [...URGENCY_MARKS, ...SECRECY_MARKS].join(', ')),
          fix: ALLOWED.has(upper) ? { title: msg('Write {0}', upper), safety: 'safe', edits: [{ range: rangeOf(cell), newText: upper }] } : undefined,
        });
      }
    }
  },
});
