// An issuing body is present in the header (Party: with its `*` line under it).

import { msg } from '../l10n/localize';
import { headerAnchor, rangeOf } from '../ranges';
import { headerNotChecked } from './support/unplaced';
import { printedIn } from '../model/parts';
import { defineRule } from './rule';

export default defineRule({
  id: 'issuer',
  regimes: ['dang', 'nd30', 'qppl'],
  severity: 'error',
  cheap: true,
  description: 'An issuing body is present (Party: with its * line).',
  basis: {
    dang: 'HD 36-HD/VPTW, điểm 1.2',
    nd30: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.2',
    qppl: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.2',
  },
  check({ model, regime, report }) {
    // An unreadable header (nothing of it recognised): structure-unplaced says so once (rather silent than wrong).
    if (headerNotChecked(model)) return;
    const { issuerLines, star } = model.header;
    if (issuerLines.length === 0) {
      report({ range: headerAnchor(model), message: msg('Missing the issuing body (tên cơ quan ban hành) at the top left of the header'), part: 'issuer' });
      return;
    }
    if (printedIn('star', regime) && !star) {
      const last = issuerLines[issuerLines.length - 1];
      report({
        range: rangeOf(last),
        message: msg('Missing the * line under the issuing body of a Party document'),
        severity: 'warning',
        part: 'star',
        fix: {
          title: msg('Insert the * line'),
          safety: 'guarded',
          edits: [{ range: { start: { line: last.line + 1, character: 0 }, end: { line: last.line + 1, character: 0 } }, newText: `*${model.lines[last.line].eol || '\n'}` }],
        },
      });
    }
  },
});
