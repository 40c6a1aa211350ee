// An appendix names the document it goes with, under its title: `(Kèm theo Quyết định số … ngày … của …)`,
// in brackets (NĐ 30 Phụ lục I, Phần I, III.1.c; HD 36's own appendices are printed so, but a Party rule on it is UNVERIFIED).

import { msg } from '../l10n/localize';
import { rangeOf } from '../ranges';
import { defineRule } from './rule';

const EXAMPLE = '(Kèm theo … số … ngày … của …)';

export default defineRule({
  id: 'appendix-reference',
  regimes: ['dang', 'nd30', 'qppl', 'unknown'],
  severity: 'warning',
  cheap: true,
  description: 'An appendix gives the document it goes with under its title, in brackets: (Kèm theo … số … ngày … của …).',
  basis: {
    dang: 'HD 36-HD/VPTW, cách trình bày phụ lục (CHƯA KIỂM CHỨNG)',
    nd30: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục III.1.c',
    qppl: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục III.1.c',
    unknown: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục III.1.c',
  },
  check({ model, report }) {
    for (const appendix of model.attachments ?? []) {
      if (appendix.kind !== 'appendix') continue;
      const reference = appendix.reference;
      if (!reference) {
        report({ range: rangeOf(appendix.title), message: msg('An appendix gives the document it goes with under its title: {0}', EXAMPLE) });
      } else if (!reference.text.startsWith('(')) {
        report({ range: rangeOf(reference), message: msg('An appendix’s reference line is in brackets: {0}', EXAMPLE) });
      }
    }
  },
});
