// Rather silent than wrong: where the reader could not place a part of the document with confidence, it
// says so once, here, as information, and the structural rules assert nothing about that part. Also
// where the issuer writes under neither regime (Đoàn TNCS, Mặt trận, Hội, Công đoàn): the Party and state
// templates are not applied, and this says why.

import { msg } from '../l10n/localize';
import { rangeOf } from '../ranges';
import { defineRule } from './rule';

export default defineRule({
  id: 'structure-unplaced',
  regimes: ['dang', 'nd30', 'qppl', 'unknown'],
  severity: 'info',
  cheap: true,
  description: 'Says once where the reader could not place a part, instead of reporting it missing.',
  basis: {
    dang: 'HD 36-HD/VPTW, Mục II.1 (thành phần thể thức)',
    nd30: 'NĐ 30/2020/NĐ-CP, Điều 8 (thành phần thể thức)',
    qppl: 'NĐ 30/2020/NĐ-CP, Điều 8',
  },
  check({ model, regime, report }) {
    if (model.outsideRegimes && regime === 'unknown') {
      report({
        range: rangeOf(model.outsideRegimes),
        message: msg('{0} writes under its own rules, neither the Party’s nor the state’s: their templates are not checked (choose a profile to check one)', model.outsideRegimes.text),
      });
    }
    for (const part of model.unplaced ?? []) {
      report({
        range: rangeOf(part.segment),
        message: part.part === 'header'
          ? msg('The header could not be read from the lines around {0} (a scanned or flattened header?): its parts are not checked', part.segment.text)
          : msg('The signature could not be read from the lines around {0}: its parts are not checked', part.segment.text),
      });
    }
  },
});
