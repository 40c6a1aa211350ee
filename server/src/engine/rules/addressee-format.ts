// `Kính gửi:` takes one addressee on its own line, or several as `- ` lines, each ending `;` and the last
// `.` (NĐ 30 Phụ lục I, II.9.d, ô 9a). A Party công văn or tờ trình may name the first on the label's line, and
// ends each but the last with `,` (HD 36 ô 9a, điểm 1.9, UNVERIFIED).

import { msg } from '../l10n/localize';
import { columns, rangeOf } from '../ranges';
import type { AddresseeItem } from '../model';
import { defineRule } from './rule';

export default defineRule({
  id: 'addressee-format',
  regimes: ['dang', 'nd30', 'qppl'],
  severity: 'warning',
  cheap: true,
  description: 'Kính gửi: one addressee on its line, or several - lines ending ; and the last .',
  basis: {
    dang: 'HD 36-HD/VPTW, Phụ lục 2 (ô 9a; CHƯA KIỂM CHỨNG)',
    nd30: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.9.d (ô 9a)',
    qppl: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.9.d (ô 9a)',
  },
  check({ model, regime, report }) {
    const addressees = model.addressees;
    if (!addressees) return;
    const { label, items } = addressees;
    const onLabel = label.text.replace(/^kính (gửi|trình)\s*:?\s*/iu, '');
    if (!/^kính (gửi|trình)\s*:/iu.test(label.text)) {
      report({ range: rangeOf(label), message: msg('A colon after {0}', label.text.split(':')[0].slice(0, 9)) });
    }
    if (items.length === 0) return;
    // A Party công văn names its first addressee on the label's line and separates them with commas
    // (HD 36, điểm 1.9: `Kính gửi: - Ban Tổ chức Tỉnh ủy,`); a state one lists them under it, with `;`.
    const party = regime === 'dang';
    if (onLabel.length > 0 && items.length > 0 && !party) {
      report({ range: rangeOf(label), message: msg('Several addressees go one per line under {0}, each starting with {1}', 'Kính gửi:', '- ') });
    }
    if (items.length === 1 && onLabel.length === 0) {
      report({ range: rangeOf(items[0]), message: msg('A single addressee stands on the line of {0}', 'Kính gửi:') });
      return;
    }
    const listed = party && onLabel.length > 0 ? [{ ...label, continuation: [] }, ...items] : items;
    const separator = party ? partySeparator(listed) : ';';
    listed.forEach((item, index) => {
      const wanted = index === listed.length - 1 ? '.' : separator;
      // A wrapped addressee ends on its last line.
      const last = item.continuation[item.continuation.length - 1] ?? item;
      const end = last.text.slice(-1);
      if (end === wanted) return;
      const replace = /[;.,:]/.test(end);
      const range = replace ? columns(last.line, last.end - 1, last.end) : columns(last.line, last.end, last.end);
      report({
        range: replace ? range : rangeOf(last),
        message: wanted === '.' ? msg('The last addressee ends with {0}', '.') : msg('Each addressee but the last ends with {0}', wanted),
        fix: { title: msg('End the line with {0}', wanted), safety: 'safe', edits: [{ range, newText: wanted }] },
      });
    });
  },
});

/** The mark most of a Party list's addressees but the last end with (`,` unless `;` is the more used). */
function partySeparator(items: readonly AddresseeItem[]): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  for (const item of items.slice(0, -1)) {
    const end = (item.continuation[item.continuation.length - 1] ?? item).text.slice(-1);
    if (end === ',') commas++;
    else if (end === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}
