// A state công văn's summary starts `V/v` (not `V/V`, `v/v`, `Vv`, `Về việc`), in ô 5b under the number
// (NĐ 30 Phụ lục I ô 5b).

import { LETTER_SUMMARY_OPENER } from '../catalog/conventions';
import { msg } from '../l10n/localize';
import { columns } from '../ranges';
import { defineRule } from './rule';

const WRONG = /^(V\/V|v\/v|v\/V|Vv|V\.v\.?|Về việc|về việc|V\/v(?=\S))\s*/u;

export default defineRule({
  id: 'letter-summary',
  regimes: ['nd30', 'qppl'],
  severity: 'warning',
  cheap: true,
  description: 'A state công văn’s summary starts with V/v.',
  basis: {
    nd30: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.5.b',
    qppl: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.5.b',
  },
  check({ model, report }) {
    if (model.typeName || !model.documentType?.isLetter) return;
    const first = model.summary[0];
    if (!first) return;
    const wrong = WRONG.exec(first.text);
    if (!wrong) return;
    const range = columns(first.line, first.start, first.start + wrong[0].length);
    report({
      range,
      message: msg('The summary of a công văn starts with {0}, not {1}', LETTER_SUMMARY_OPENER.nd30, wrong[1]),
      fix: { title: msg('Write {0}', `${LETTER_SUMMARY_OPENER.nd30} `), safety: 'safe', edits: [{ range, newText: `${LETTER_SUMMARY_OPENER.nd30} ` }] },
    });
  },
});
