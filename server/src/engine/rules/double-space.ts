// One space between words: a run of spaces inside a line of running text is a typing slip (NĐ 30
// Phụ lục I, I.4 typography; HD 36 the same). Safe fix: one space. Leading indentation and the wide gaps
// of a two-column header are not running text and are not checked.

import { msg } from '../l10n/localize';
import { columns } from '../ranges';
import { defineRule } from './rule';

export default defineRule({
  id: 'double-space',
  regimes: ['dang', 'nd30', 'qppl', 'unknown'],
  severity: 'info',
  cheap: true,
  description: 'One space between words in running text.',
  basis: {
    dang: 'HD 36-HD/VPTW, Mục II (kỹ thuật trình bày)',
    nd30: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục I',
    qppl: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục I',
  },
  visit: ({ report }) => ({
    // A gap between two words made of two or more plain spaces (a tab or a no-break space is not a slip).
    segment(segment, tokens) {
      const text = segment.text;
      for (let k = 1; k < tokens.words; k++) {
        const start = tokens.wordEnd[k - 1];
        const end = tokens.wordStart[k];
        if (end - start < 2) continue;
        let plain = true;
        for (let i = start; i < end && plain; i++) plain = text.charCodeAt(i) === 32;
        if (!plain) continue;
        const at = segment.start + start;
        const range = columns(segment.line, at, at + end - start);
        report({
          range,
          message: msg('Several spaces between words: one is enough'),
          fix: { title: msg('Write one space'), safety: 'safe', edits: [{ range, newText: ' ' }] },
        });
      }
    },
  }),
});
