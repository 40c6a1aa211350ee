// Solid rules under the motto and under the issuing body's name (NĐ 30/2020/NĐ-CP, Phụ lục I, Mục II ô 1
// and 2; domain.md B3). Word files draw them as floating line shapes anchored in any nearby paragraph, or as
// paragraph borders; where a floating shape lands cannot be told without laying the page out, so the rule
// only says (as information) when the header holds no drawn line at all, or when the motto is underlined
// text instead of a drawn rule (a common slip, domain.md §1 item 10).

import { msg } from '../l10n/localize';
import { paragraphRange } from './support/formatting';
import { ruleLinesSlip } from './support/ruleLines';
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
    if (!word) return;
    const slip = ruleLinesSlip(model, word);
    if (!slip) return;
    if (slip.kind === 'underlined-motto') {
      report({ range: rangeOf(model.header.motto!), message: msg('The motto is underlined text; the regulation draws a solid rule beneath it') });
      return;
    }
    report({ range: paragraphRange(word, slip.motto), message: msg('No drawn rule was found in the header: a solid rule goes under the motto and under the issuing body') });
  },
});
