// One space between words: a run of spaces inside a line of running text is a typing slip (NĐ 30
// Phụ lục I, I.4 typography; HD 36 the same). Safe fix: one space. Leading indentation and the wide gaps
// of a two-column header are not running text and are not checked.

import { msg } from '../l10n/localize';
import { columns } from '../ranges';
import { defineRule } from './rule';
import type { SharedKey } from './support/shared';
import { linesHolding, textSegments } from './support/text';
import { scannedWords } from './support/wordScan';

const RUN = /(?<=\S) {2,}(?=\S)/gu;

const SPACED_LINES: SharedKey<Uint8Array> = { name: 'double-space lines' };

export default defineRule({
  id: 'double-space',
  regimes: ['dang', 'nd30', 'qppl', 'unknown'],
  severity: 'info',
  cheap: true,
  description: 'One space between words in running text.',
  basis: {
    dang: 'Quy ước gõ và trình bày chữ tiếng Việt (không có điều khoản riêng)',
    nd30: 'Quy ước gõ và trình bày chữ tiếng Việt (không có điều khoản riêng)',
    qppl: 'Quy ước gõ và trình bày chữ tiếng Việt (không có điều khoản riêng)',
  },
  check({ model, shared, report }) {
    // The word rules run before this one and scan every segment's words: their scan says which segments hold
    // two spaces (a search for two spaces stops at every space of the text). Without it (a very large
    // document, where only the cheap rules run, or the word rules off), this rule searches by itself.
    const scans = scannedWords(shared);
    // Without comments (whose masking leaves spaces) the lines to look at are those holding two spaces.
    const spaced = scans || model.text.includes('<!--') ? undefined : linesHolding(model, shared, SPACED_LINES, ['  ']);
    const segments = textSegments(model, shared);
    for (let i = 0; i < segments.length; i++) {
      const segment = segments[i];
      if (scans ? !scans[i].spaced : (spaced && !spaced[segment.line]) || !segment.text.includes('  ')) continue;
      for (const match of segment.text.matchAll(RUN)) {
        const at = segment.start + match.index!;
        const range = columns(segment.line, at, at + match[0].length);
        report({
          range,
          message: msg('Several spaces between words: one is enough'),
          fix: { title: msg('Write one space'), safety: 'safe', edits: [{ range, newText: ' ' }] },
        });
      }
    }
  },
});
