// A `Nơi nhận:` block is present where the type needs one.

import { msg } from '../l10n/localize';
import { closingAnchor } from '../ranges';
import { defineRule } from './rule';
import { printedAlone } from './support/unplaced';

export default defineRule({
  id: 'recipients',
  regimes: ['dang', 'nd30', 'qppl'],
  severity: 'error',
  cheap: true,
  description: 'A Nơi nhận block is present where the type needs one.',
  basis: {
    dang: 'HD 36-HD/VPTW, điểm 1.9',
    nd30: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.9',
    qppl: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.9',
  },
  check({ model, report }) {
    if (model.recipients || printedAlone(model)) return;
    if (model.documentType && !model.documentType.needsRecipients) return;
    const anchor = model.signature?.authorities[0] ?? model.signature?.titles[0];
    report({
      range: anchor ? { start: { line: anchor.line, character: anchor.start }, end: { line: anchor.line, character: anchor.end } } : closingAnchor(model),
      message: msg('Missing the recipients block (Nơi nhận:) at the bottom left'),
      part: 'recipients',
    });
  },
});
