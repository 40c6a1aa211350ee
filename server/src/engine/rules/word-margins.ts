// Each page margin within the regulation's range: NĐ 30 top and bottom 20–25, left 30–35, right 15–20 mm
// (Phụ lục I, Phần I, Mục I); HD 36 20/20/30/15 mm, known only from third-party transcriptions, so at
// information level (domain.md A14, B2).

import { msg } from '../l10n/localize';
import { decimal, MM_TOLERANCE, PAGE_FIGURES, rangeText, within } from '../catalog/formatting';
import { paragraphRange } from './support/formatting';
import { defineRule } from './rule';

const SIDES = ['top', 'bottom', 'left', 'right'] as const;
const NAMES = { top: msg('top'), bottom: msg('bottom'), left: msg('left'), right: msg('right') };

export default defineRule({
  id: 'word-margins',
  regimes: ['nd30', 'dang'],
  severity: 'warning',
  input: 'docx',
  description: 'Each page margin of a Word file is within the regulation\'s range.',
  basis: {
    nd30: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục I',
    dang: 'HD 36-HD/VPTW (third-party transcriptions, UNVERIFIED)',
  },
  check({ word, regime, report }) {
    const figures = PAGE_FIGURES[regime];
    if (!word || !figures) return;
    for (const section of word.sections) {
      const paragraph = word.paragraphs[Math.min(section.firstParagraph, word.paragraphs.length - 1)];
      if (!paragraph) continue;
      for (const side of SIDES) {
        let value = section.margins[side];
        if (value === undefined) continue;
        // A gutter widens the binding side (left, as these documents are bound).
        if (side === 'left' && section.margins.gutter) value += section.margins.gutter;
        const allowed = figures.margins[side];
        // A negative top or bottom margin is measured by its size; the message keeps its sign.
        if (within(Math.abs(value), allowed, MM_TOLERANCE)) continue;
        report({
          range: paragraphRange(word, paragraph),
          severity: figures.marginsVerified ? undefined : 'info',
          message: msg('The {0} margin is {1} mm; allowed: {2} mm ({3})', NAMES[side], decimal(value), rangeText(allowed), figures.marginSource),
        });
      }
    }
  },
});
