// An administrative-unit noun before a proper name is lower case mid-sentence: `tỉnh Quảng Ngãi`, not
// `Tỉnh Quảng Ngãi` (NĐ 30 Phụ lục II). The noun keeps its capital before a number (`Quận 1`) or a
// person's or an event's name (`Phường Lê Lợi`), which cannot be told without a list: information only.

import { msg } from '../l10n/localize';
import { columns } from '../ranges';
import { defineRule } from './rule';
import type { SharedKey } from './support/shared';
import { linesHolding, textSegments } from './support/text';

// The noun first, then the look back over the spaces before it: a look-behind tried at every position of a
// long run of spaces would re-read the run each time.
const UNIT = /(?:Tỉnh|Thành phố|Huyện|Quận|Thị xã|Xã|Phường|Thị trấn)(?<=\p{Ll}[,;]?\s+(?:Tỉnh|Thành phố|Huyện|Quận|Thị xã|Xã|Phường|Thị trấn))(?=\s+\p{Lu}\p{Ll})/gu;
const NOUN = /(?:Tỉnh|Thành phố|Huyện|Quận|Thị xã|Xã|Phường|Thị trấn) /u;
const FIXED = /^Thành phố\s+Hồ Chí Minh/u;

/** Whether a unit noun stands in the text: depends on the text alone (remembered while the document is edited). */
const HAS_NOUN: SharedKey<boolean> = { name: 'admin-unit-case candidates' };
const hasNoun = (text: string) => NOUN.test(text);
/** The first word of each unit noun: NOUN matches only on a line holding one. */
const NOUNS = ['Tỉnh', 'Thành', 'Huyện', 'Quận', 'Thị', 'Xã', 'Phường'];
const NOUN_LINES: SharedKey<Uint8Array> = { name: 'admin-unit-case lines' };

export default defineRule({
  id: 'admin-unit-case',
  regimes: ['dang', 'nd30', 'qppl', 'unknown'],
  severity: 'info',
  description: 'An administrative-unit noun before a place name is lower case mid-sentence.',
  basis: {
    dang: 'NĐ 30/2020/NĐ-CP, Phụ lục II, mục III.1.a và III.1.b (áp dụng cho văn bản Đảng theo thực tế; CHƯA KIỂM CHỨNG)',
    nd30: 'NĐ 30/2020/NĐ-CP, Phụ lục II, mục III.1.a và III.1.b',
    qppl: 'NĐ 30/2020/NĐ-CP, Phụ lục II, mục III.1.a và III.1.b',
  },
  check({ model, shared, report }) {
    const nouned = linesHolding(model, shared, NOUN_LINES, NOUNS);
    for (const segment of textSegments(model, shared)) {
      if (!nouned[segment.line] || !shared.perText(HAS_NOUN, segment.line, segment.text, hasNoun)) continue;
      for (const match of segment.text.matchAll(UNIT)) {
        if (FIXED.test(segment.text.slice(match.index!))) continue;
        const at = segment.start + match.index!;
        const range = columns(segment.line, at, at + match[0].length);
        const lower = match[0].toLowerCase();
        report({
          range,
          message: msg('{0} is lower case before a place name mid-sentence ({1}), unless the name is a number or a person', match[0], `${lower} Quảng Ngãi`),
          fix: { title: msg('Write {0}', lower), safety: 'guarded', edits: [{ range, newText: lower }] },
        });
      }
    }
  },
});
