// The `*` under the issuing body is the Party's separator; a state document has a drawn rule there
// (domain.md section 1, A3; NĐ 30 Phụ lục I ô 2).

import { msg } from '../l10n/localize';
import { rangeOf } from '../ranges';
import { defineRule } from './rule';

export default defineRule({
  id: 'issuer-separator',
  regimes: ['nd30', 'qppl'],
  severity: 'warning',
  cheap: true,
  description: 'A state document has no Party * under the issuing body.',
  basis: {
    nd30: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.2.b',
    qppl: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.2.b',
  },
  check({ model, report }) {
    const star = model.header.star;
    if (!star) return;
    report({ range: rangeOf(star), message: msg('The * under the issuing body is a Party form: a state document has a solid rule there') });
  },
});
