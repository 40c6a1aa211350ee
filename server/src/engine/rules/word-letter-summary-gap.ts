// The V/v summary of a công văn stands 6 pt below its number and symbol (NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I,
// Mục II.5.b: “cách dòng 6pt với số và ký hiệu văn bản”; domain.md B3 ô 5b). The space Word leaves is the
// number's spacing after plus the summary's spacing before; less than 6 pt is reported. More is not: an
// office may leave a blank line, and the regulation's figure reads as the gap to keep, not a ceiling.

import { msg } from '../l10n/localize';
import { decimal, LETTER_SUMMARY_GAP } from '../catalog/formatting';
import { letterSummaryGap } from './support/headingLines';
import { paragraphRange } from './support/formatting';
import { defineRule } from './rule';

export default defineRule({
  id: 'word-letter-summary-gap',
  regimes: ['nd30'],
  severity: 'warning',
  input: 'docx',
  description: 'The V/v summary of a công văn in a Word file stands 6 pt below the number and symbol.',
  basis: { nd30: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.5.b' },
  check({ word, model, regime, report }) {
    const figure = LETTER_SUMMARY_GAP[regime];
    if (!word || !figure) return;
    const found = letterSummaryGap(model, word);
    if (!found || found.gap >= figure.points - 0.05) return;
    report({
      range: paragraphRange(word, found.summary),
      message: msg('The V/v summary is {0} pt below the number and symbol; leave {1} pt between them ({2})', decimal(found.gap), figure.points, figure.source),
    });
  },
});
