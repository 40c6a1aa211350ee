// Page numbers: Arabic numerals centred in the top margin, not on page 1, size 13–14 (NĐ 30/2020/NĐ-CP,
// Phụ lục I, Phần I, Mục I); HD 36 the same at 14 pt, from third-party transcriptions (domain.md A14, B2).
// A file without a PAGE field is reported only when its text is longer than one page holds for certain.

import { msg } from '../l10n/localize';
import { decimal, PAGE_FIGURES, rangeText, within } from '../catalog/formatting';
import { lacksPageNumber, paragraphRange } from './support/formatting';
import { defineRule } from './rule';

export default defineRule({
  id: 'word-page-number',
  regimes: ['nd30', 'dang'],
  severity: 'warning',
  input: 'docx',
  description: 'Page numbers of a Word file are centred at the top, from page 2, at the regulated size.',
  basis: {
    nd30: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục I',
    dang: 'HD 36-HD/VPTW (third-party transcriptions, UNVERIFIED)',
  },
  check({ word, regime, report }) {
    const figures = PAGE_FIGURES[regime];
    if (!word || !figures || word.paragraphs.length === 0) return;
    const severity = figures.pageNumberVerified ? undefined : 'info' as const;
    if (lacksPageNumber(word)) {
      report({ range: paragraphRange(word, word.paragraphs[0]), severity, message: msg('The document runs over one page and shows no page number; number the pages from 2, centred in the top margin ({0})', figures.pageNumberSource) });
    }
    for (const section of word.sections) {
      const page = section.pageNumber;
      const paragraph = word.paragraphs[Math.min(section.firstParagraph, word.paragraphs.length - 1)];
      if (!page || !paragraph) continue;
      const range = paragraphRange(word, paragraph);
      if (page.position === 'footer') report({ range, severity, message: msg('The page number is in the footer; put it centred in the top margin ({0})', figures.pageNumberSource) });
      else if (page.align !== 'center') report({ range, severity, message: msg('The page number is not centred; centre it in the top margin ({0})', figures.pageNumberSource) });
      if (page.onFirstPage) report({ range, severity, message: msg('Page 1 shows a page number; number from page 2 (set a different first page) ({0})', figures.pageNumberSource) });
      if (!within(page.size, figures.pageNumberSize)) {
        report({ range, severity, message: msg('The page number is {0} pt; allowed: {1} pt ({2})', decimal(page.size), rangeText(figures.pageNumberSize), figures.pageNumberSource) });
      }
    }
  },
});
