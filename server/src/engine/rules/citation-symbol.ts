// A document cited in the body is written with its symbol in its own regime's form: `Nghị quyết số
// 39-NQ/TW` (Party), `Nghị định số 30/2020/NĐ-CP`, `Công văn số 05/BNV-VP` (state); no spaces inside
// the symbol and no en dash (HD 36 A9 citing; NĐ 30 Phụ lục I, II.6.a viện dẫn).

import { msg } from '../l10n/localize';
import { columns } from '../ranges';
import { defineRule } from './rule';
import type { SharedKey } from './support/shared';
import { segmentsWorth } from './support/text';

const CITED = /(Nghị quyết|Quyết định|Chỉ thị|Kết luận|Quy định|Quy chế|Hướng dẫn|Thông báo|Thông tri|Công văn|Nghị định|Thông tư|Kế hoạch|Báo cáo|Tờ trình|Văn bản|Công điện)\s+(?:số\s+)?(\d+(?:\s*[-–/]\s*[\p{L}\d&]+)+)(?=[\s,.;:)]|$)/gu;
const PARTY = /^\d+-[\p{Lu}][\p{L}]*\/[\p{Lu}][\p{L}\d]*(?:-[\p{Lu}][\p{L}\d]*)*(?:\/[\p{Ll}]+)?$/u;
const STATE = /^\d+\/(?:\d{4}\/)?[\p{Lu}\d][\p{L}\d]*(?:-[\p{Lu}\d][\p{L}\d&]*)+$/u;
const LAW = /^\d+\/\d{4}\/QH\d+$/u;

const SYMBOL_HINT = /\d\s*[-–/]/;
/** The hint searched once over the whole text for the lines that may hold one (its spaces stop at a line break). */
const HINT_IN_TEXT = /\d[^\S\n\r]*[-–/]/g;
const HINT_LINES: SharedKey<Uint8Array> = { name: 'citation-symbol lines' };

/** Whether the text has a symbol's hint: depends on the text alone (remembered while the document is edited). */
const HINTED: SharedKey<boolean> = { name: 'citation-symbol candidates' };
const hinted = (text: string) => SYMBOL_HINT.test(text);

export default defineRule({
  id: 'citation-symbol',
  regimes: ['dang', 'nd30', 'qppl'],
  severity: 'warning',
  description: 'A document cited in the body has a well-formed number and symbol.',
  basis: {
    dang: 'HD 36-HD/VPTW, điểm 1.3 (số và ký hiệu), áp dụng khi viện dẫn',
    nd30: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.3.c và II.6.b',
    qppl: 'NĐ 78/2025/NĐ-CP (viện dẫn; CHƯA KIỂM CHỨNG); NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.3.c',
  },
  visit: ({ model, shared, report }) => {
    // A cited symbol has a digit then a separator: most lines have none, and skip the long pattern. One search
    // of the whole text first: a segment on a line without a hint is passed over at once.
    const worth = segmentsWorth(model, shared, HINT_LINES, HINT_IN_TEXT, HINTED, hinted);
    return {
      segment(segment) {
        if (!worth(segment)) return;
        // `exec` from the start, not `matchAll` (which copies the expression on every call).
        CITED.lastIndex = 0;
        for (let match; (match = CITED.exec(segment.text)); ) {
          const symbol = match[2];
          const compact = symbol.replace(/\s+/g, '').replace(/–/g, '-');
          if (!(PARTY.test(compact) || STATE.test(compact) || LAW.test(compact))) continue; // not a symbol we can read
          if (compact === symbol) continue;
          const at = segment.start + match.index + match[0].length - symbol.length;
          const range = columns(segment.line, at, at + symbol.length);
          report({
            range,
            message: msg('The cited symbol {0} is written without spaces or en dashes: {1}', symbol, compact),
            fix: { title: msg('Write {0}', compact), safety: 'guarded', edits: [{ range, newText: compact }] },
          });
        }
      },
    };
  },
});
