// A4 portrait (NĐ 30 Phụ lục I, Phần I Mục I; HD 36 as summarised, domain.md A14, B2). Landscape is allowed
// by NĐ 30 only for a table that cannot be split, which a file cannot tell: a landscape section is information.

import { msg } from '../l10n/localize';
import { A4, decimal } from '../catalog/formatting';
import { paragraphRange } from './support/formatting';
import { defineRule } from './rule';

export default defineRule({
  id: 'word-page-size',
  regimes: ['nd30', 'dang', 'qppl'],
  severity: 'warning',
  input: 'docx',
  description: 'A Word file is set up on A4 paper, portrait.',
  basis: {
    nd30: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục I',
    dang: 'HD 36-HD/VPTW (A4, as summarised by vinhuni.edu.vn)',
    qppl: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục I (applied to normative documents)',
  },
  check({ word, report }) {
    if (!word) return;
    for (const section of word.sections) {
      const { pageWidth, pageHeight } = section;
      if (pageWidth === undefined || pageHeight === undefined) continue;
      const paragraph = word.paragraphs[Math.min(section.firstParagraph, word.paragraphs.length - 1)];
      if (!paragraph) continue;
      const range = paragraphRange(word, paragraph);
      const short = Math.min(pageWidth, pageHeight);
      const long = Math.max(pageWidth, pageHeight);
      if (Math.abs(short - A4.width) > A4.tolerance || Math.abs(long - A4.height) > A4.tolerance) {
        report({ range, message: msg('The paper is {0} × {1} mm; use A4 ({2} × {3} mm)', decimal(pageWidth), decimal(pageHeight), A4.width, A4.height) });
      } else if (section.landscape) {
        report({ range, severity: 'info', message: msg('This section is landscape; A4 portrait is the rule, landscape only for a table that cannot be split') });
      }
    }
  },
});
