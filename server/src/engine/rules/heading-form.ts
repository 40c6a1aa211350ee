// The heading hierarchy's numerals and form: `Phần` and `Chương` take Roman numerals (or `thứ nhất` in
// Party documents), `Mục` and `Tiểu mục` Arabic ones; an article is `Điều n.` followed by its title
// (NĐ 30 Phụ lục I, II.6.b; HD 36 Phụ lục 2; Luật 64/2025 Điều 7.2).

import { msg } from '../l10n/localize';
import { rangeOf } from '../ranges';
import { defineRule } from './rule';

export default defineRule({
  id: 'heading-form',
  regimes: ['dang', 'nd30', 'qppl'],
  severity: 'warning',
  cheap: true,
  description: 'Phần and Chương take Roman numerals, Mục Arabic ones; an article is Điều n. with a title.',
  basis: {
    dang: 'HD 36-HD/VPTW, Phụ lục 2 (Phần, Chương, Mục; dòng Điều CHƯA KIỂM CHỨNG)',
    nd30: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.6.d và II.6.đ',
    qppl: 'Luật 64/2025/QH15 Điều 7.2; NĐ 78/2025/NĐ-CP',
  },
  check({ model, regime, report }) {
    // What follows each heading in the body: an article whose text starts on the next line (a portal's or a
    // PDF's line break after `Điều 1.`, or an individual decision's article without a title) is not empty.
    // Read on the first untitled article only (most documents have none).
    let textFollows: Set<number> | undefined;
    const followedByText = (line: number) => {
      if (!textFollows) {
        const blocks = model.body.blocks;
        textFollows = new Set<number>();
        for (let i = 0; i + 1 < blocks.length; i++) if (blocks[i].kind === 'heading' && blocks[i + 1].kind === 'paragraph') textFollows.add(blocks[i].segment.line);
      }
      return textFollows.has(line);
    };
    for (const heading of model.body.headings) {
      // The numeral is read only for the named parts (most headings are items and articles).
      const named = heading.kind === 'phan' || heading.kind === 'chuong' || heading.kind === 'muc' || heading.kind === 'tieu-muc';
      const numeral = named ? heading.marker.split(/\s+/).pop() ?? '' : '';
      const arabic = named && /^\d+$/.test(numeral);
      const roman = named && /^[IVXLC]+$/.test(numeral);
      if ((heading.kind === 'phan' || heading.kind === 'chuong') && arabic) {
        report({ range: rangeOf(heading), message: msg('{0} is numbered with a Roman numeral ({1})', heading.marker.split(' ')[0], heading.kind === 'phan' ? 'Phần I' : 'Chương II') });
      } else if ((heading.kind === 'muc' || heading.kind === 'tieu-muc') && roman) {
        report({ range: rangeOf(heading), message: msg('{0} is numbered with an Arabic numeral ({1})', heading.marker.split(' ')[0], 'Mục 1') });
      } else if (heading.kind === 'dieu') {
        const title = heading.title;
        // "Điều 17 Thông tư số ..." at the start of a line is a citation wrapped from the line before, not
        // an article heading: only a colon in the marker's place is surely a misformed heading.
        if (heading.style === ':') {
          report({ range: rangeOf(heading), message: msg('An article is written {0} with a full stop after the number', 'Điều 1. Phạm vi điều chỉnh') });
        } else if (heading.style === '.' && title.length === 0 && regime !== 'dang' && !followedByText(heading.line)) {
          report({ range: rangeOf(heading), message: msg('An article has a title after {0}', heading.marker) });
        }
      }
    }
  },
});
