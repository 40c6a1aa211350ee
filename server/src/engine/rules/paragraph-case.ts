// A paragraph that starts in lower case after a blank line is usually a sentence cut in two: a page
// break or a paste left in the text (as on line 26 of the seed). A hint: the drafter joins the lines.

import { msg } from '../l10n/localize';
import { columns } from '../ranges';
import { isBlank } from '../text/source';
import { defineRule } from './rule';
import { bodySegments } from './support/text';

// Module constants: a pattern literal inside the loop would be a new object for every segment.
const LOWER_START = /^\p{Ll}/u;
const SENTENCE_END = /[.!?:;]["”’)]?$/u;

/** `^\p{Ll}`, with ASCII decided by code: most paragraphs open with a capital or a digit. */
function startsLower(text: string): boolean {
  const code = text.charCodeAt(0);
  return code < 0x80 ? code >= 97 && code <= 122 : LOWER_START.test(text);
}

export default defineRule({
  id: 'paragraph-case',
  regimes: ['dang', 'nd30', 'qppl', 'unknown'],
  severity: 'hint',
  cheap: true,
  description: 'A paragraph after a blank line starts with a capital (a lower-case start is a broken sentence).',
  basis: {
    dang: 'NĐ 30/2020/NĐ-CP, Phụ lục II, mục I (viết hoa vì phép đặt câu), áp dụng cho văn bản Đảng theo thực tế',
    nd30: 'NĐ 30/2020/NĐ-CP, Phụ lục II, mục I (viết hoa vì phép đặt câu)',
    qppl: 'NĐ 30/2020/NĐ-CP, Phụ lục II, mục I (viết hoa vì phép đặt câu)',
  },
  check({ model, shared, report }) {
    const segments = bodySegments(model, shared);
    for (let i = 1; i < segments.length; i++) {
      const segment = segments[i];
      if (!startsLower(segment.text)) continue;
      const previous = segments[i - 1];
      if (segment.line - previous.line < 2 || !isBlank(model.lines[segment.line - 1].text)) continue;
      // A previous paragraph closed by a sentence mark or a colon is not cut.
      if (SENTENCE_END.test(previous.text)) continue;
      report({
        range: columns(segment.line, segment.start, segment.start + 1),
        message: msg('This paragraph starts in lower case after a blank line: a sentence cut in two (join it to line {0})', previous.line + 1),
      });
    }
  },
});
