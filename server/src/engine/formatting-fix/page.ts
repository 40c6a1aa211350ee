// The fix's page set-up step: each section's paper, margins and page number (kept off a first page,
// centred in a header, its size; added, guarded, where a long document has none), against the regime's figures.

import { A4, MM_TOLERANCE, PAGE_FIGURES, format, within } from '../catalog/formatting';
import { msg } from '../l10n/localize';
import { clamp, TWIPS_PER_MM, twips, type FixContext } from './context';
import { attrOf, childOf, childrenOf, descendantsOf } from './xmlText';
import { addPageNumber, pageNumberParagraphs } from './pageNumber';

const MARGIN_NAMES = { top: msg('top margin'), bottom: msg('bottom margin'), left: msg('left margin'), right: msg('right margin') };

export function fixPageSetup(ctx: FixContext): void {
  const { word, regime, layout, main, notes, part, target, change, say, alignName } = ctx;
  // Page set-up of each section: paper, margins, page numbers.
  const page = PAGE_FIGURES[regime];
  if (layout.sections.length === word.sections.length) {
    word.sections.forEach((section, i) => {
      const sectPr = layout.sections[i];
      const first = section.firstParagraph + 1;
      const size = childOf(sectPr, 'w:pgSz');
      if (size && section.pageWidth !== undefined && section.pageHeight !== undefined) {
        const short = Math.min(section.pageWidth, section.pageHeight);
        const long = Math.max(section.pageWidth, section.pageHeight);
        if (Math.abs(short - A4.width) > A4.tolerance || Math.abs(long - A4.height) > A4.tolerance) {
          const [w, h] = section.landscape ? [16838, 11906] : [11906, 16838];
          main.edits.set(sectPr, 'sectPr', 'pgSz', { w: String(w), h: String(h) });
          change({ part: main.name, paragraph: first, property: msg('paper'), from: `${format(section.pageWidth)} × ${format(section.pageHeight)} mm`, to: section.landscape ? '297 × 210 mm' : '210 × 297 mm' });
        }
      }
      const margin = childOf(sectPr, 'w:pgMar');
      if (page && margin) {
        const gutter = Math.abs(Number.parseInt(attrOf(margin, 'w:gutter') ?? '0', 10) || 0);
        for (const side of ['top', 'bottom', 'left', 'right'] as const) {
          const stated = Number.parseInt(attrOf(margin, `w:${side}`) ?? '', 10);
          if (!Number.isFinite(stated)) continue;
          const value = Math.abs(stated) / TWIPS_PER_MM + (side === 'left' ? gutter / TWIPS_PER_MM : 0);
          const allowed = page.margins[side];
          if (within(value, allowed, MM_TOLERANCE)) continue;
          const target = clamp(value, allowed);
          const written = Math.max(0, twips(target) - (side === 'left' ? gutter : 0));
          // A negative top or bottom margin (text may not push it) keeps its sign.
          main.edits.set(sectPr, 'sectPr', 'pgMar', { [side]: String(stated < 0 ? -written : written) });
          change({ part: main.name, paragraph: first, property: MARGIN_NAMES[side], from: `${format((stated < 0 ? -1 : 1) * Math.abs(stated) / TWIPS_PER_MM)} mm`, to: `${format((stated < 0 ? -1 : 1) * target)} mm` });
        }
      }
      const number = section.pageNumber;
      if (page && number) {
        if (number.onFirstPage) {
          const titlePg = childOf(sectPr, 'w:titlePg');
          if (!titlePg || ['0', 'false', 'off'].includes(attrOf(titlePg, 'w:val') ?? '')) {
            main.edits.set(sectPr, 'sectPr', 'titlePg', { val: null });
            change({ part: main.name, paragraph: first, property: msg('page number on page 1'), from: say(msg('shown')), to: say(msg('a different first page, without a number')) });
          }
        }
        const references = [sectPr, ...(i > 0 ? [layout.sections[i - 1]] : [])].flatMap((s) => childrenOf(s, `w:${number.position}Reference`));
        const reference = references.find((ref) => (attrOf(ref, 'w:type') ?? 'default') === 'default');
        const holder = part(target(attrOf(reference, 'r:id')));
        for (const p of holder ? pageNumberParagraphs(holder.root) : []) {
          if (number.position === 'header' && number.align !== 'center') {
            holder!.edits.set(p, 'pPr', 'jc', { val: 'center' });
            change({ part: holder!.name, property: msg('page number alignment'), from: alignName(number.align), to: alignName('center') });
          }
          if (!within(number.size, page.pageNumberSize)) {
            const to = clamp(number.size, page.pageNumberSize);
            for (const r of descendantsOf(p, 'w:r')) holder!.edits.set(r, 'rPr', 'sz', { val: String(Math.round(to * 2)) });
            change({ part: holder!.name, property: msg('page number size'), from: `${format(number.size)} pt`, to: `${format(to)} pt` });
          }
        }
      }
    });
  } else notes.push(msg('The sections of the file could not be matched with what the reader read: the page set-up was left as it is'));
  addPageNumber(ctx);
}
