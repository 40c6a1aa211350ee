// Solid rules under the motto and under the issuing body's name (NĐ 30/2020/NĐ-CP, Phụ lục I, Mục II ô 1
// and 2; domain.md B3). Word files draw them as floating line shapes anchored in any nearby paragraph, or as
// paragraph borders; where a floating shape lands cannot be told without laying the page out, so the rule
// only says (as information) when the header holds no drawn line at all, or when the motto is underlined
// text instead of a drawn rule (a common slip, domain.md §1 item 10).

import { msg } from '../l10n/localize';
import { locate, paragraphRange } from './support/formatting';
import { rangeOf } from '../ranges';
import { defineRule } from './rule';

export default defineRule({
  id: 'word-rule-lines',
  regimes: ['nd30'],
  severity: 'info',
  input: 'docx',
  description: 'The header of a Word file draws solid rules under the motto and the issuing body.',
  basis: { nd30: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II ô 1 and ô 2' },
  check({ word, model, report }) {
    const { header } = model;
    if (!word || !header.motto || header.issuerLines.length === 0) return;
    const motto = locate(word, header.motto);
    if (!motto) return;
    if (motto.runs.length > 0 && motto.runs.every((run) => run.underline)) {
      report({ range: rangeOf(header.motto), message: msg('The motto is underlined text; the regulation draws a solid rule beneath it') });
      return;
    }
    // The header's paragraphs: from the first recognised header part to two paragraphs past the last.
    const lines = [header.nationalName, header.motto, ...header.issuerLines, header.number, header.placeDate].filter((s) => s !== undefined);
    const indexes = lines.map((segment) => locate(word, segment)?.paragraph.index).filter((i): i is number => i !== undefined);
    if (indexes.length === 0) return;
    const first = Math.min(...indexes);
    const last = Math.min(word.paragraphs.length - 1, Math.max(...indexes) + 2);
    let drawn = 0;
    for (let i = first; i <= last; i++) {
      const paragraph = word.paragraphs[i];
      if (paragraph.hasShape) drawn++;
      if (paragraph.bottomBorder) drawn++;
      if (paragraph.topBorder) drawn++;
    }
    if (drawn === 0) {
      report({ range: paragraphRange(word, motto.paragraph), message: msg('No drawn rule was found in the header: a solid rule goes under the motto and under the issuing body') });
    }
  },
});
