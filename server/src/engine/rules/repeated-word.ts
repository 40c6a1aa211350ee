// A function word typed twice in a row (`tại tại Tờ trình`, `trong trong việc`): a slip of the keyboard
// or of an edit that kept both copies. Only words that never reduplicate in Vietnamese are judged
// (support/wordScan.ts); `từ từ`, `người người`, `năm năm` are words of their own.

import { msg } from '../l10n/localize';
import { columns } from '../ranges';
import { defineRule } from './rule';
import { textSegments } from './support/text';
import { wordScans } from './support/wordScan';

export default defineRule({
  id: 'repeated-word',
  regimes: ['dang', 'nd30', 'qppl', 'unknown'],
  severity: 'warning',
  description: 'A function word is not typed twice in a row (của của, tại tại).',
  basis: {
    dang: 'Chính tả tiếng Việt (lỗi đánh máy; không có điều khoản riêng)',
    nd30: 'Chính tả tiếng Việt (lỗi đánh máy; không có điều khoản riêng)',
    qppl: 'Chính tả tiếng Việt (lỗi đánh máy; không có điều khoản riêng)',
  },
  check({ model, shared, report }) {
    const scans = wordScans(model, shared);
    textSegments(model, shared).forEach((segment, i) => {
      for (const { at: offset, word } of scans[i].repeated) {
        const at = segment.start + offset;
        // The second copy and the space before it go; the first stays.
        const raw = model.lines[segment.line].text;
        let from = at;
        while (from > segment.start && /\s/u.test(raw[from - 1])) from--;
        report({
          range: columns(segment.line, at, at + word.length),
          message: msg('{0} is typed twice', word),
          fix: { title: msg('Write {0} once', word), safety: 'guarded', edits: [{ range: columns(segment.line, from, at + word.length), newText: '' }] },
        });
      }
    });
  },
});
