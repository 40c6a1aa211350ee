// A section's w:sectPr -> WordSection: its page size and orientation, margins, and where its page number
// is (header or footer, alignment, size, on the first page or not), from its header and footer parts.

import type { PageNumberInfo, WordSection } from './model';
import { mm, type ParagraphReader } from './paragraphs';
import type { Relationship } from './relationships';
import { attr, child, children, val, type XmlElement } from './xml';

export function readSection(
  sectPr: XmlElement, first: number, rels: Map<string, Relationship>,
  partReader: (target: string | undefined) => ParagraphReader | undefined, previous: XmlElement | undefined,
): WordSection {
  const size = child(sectPr, 'w:pgSz');
  const margin = child(sectPr, 'w:pgMar');
  const num = (element: XmlElement | undefined, name: string) => {
    const value = Number.parseInt(attr(element, name) ?? '', 10);
    return Number.isFinite(value) ? mm(Math.abs(value)) : undefined;
  };
  const signed = (element: XmlElement | undefined, name: string) => {
    const value = Number.parseInt(attr(element, name) ?? '', 10);
    return Number.isFinite(value) ? mm(value) : undefined;
  };
  const width = num(size, 'w:w');
  const height = num(size, 'w:h');
  const titlePage = child(sectPr, 'w:titlePg') !== undefined && !['0', 'false'].includes(val(sectPr, 'w:titlePg') ?? '');
  const reference = (kind: 'header' | 'footer', type: string): string | undefined => {
    for (const at of [sectPr, previous]) {
      const found = children(at, `w:${kind}Reference`).find((ref) => (attr(ref, 'w:type') ?? 'default') === type);
      if (found) return rels.get(attr(found, 'r:id') ?? '')?.target;
    }
    return undefined;
  };
  let pageNumber: PageNumberInfo | undefined;
  for (const position of ['header', 'footer'] as const) {
    const normal = partReader(reference(position, 'default'))?.pageFields[0];
    const firstPart = titlePage ? partReader(reference(position, 'first')) : undefined;
    const onFirst = titlePage ? (firstPart?.pageFields.length ?? 0) > 0 : normal !== undefined;
    const shown = normal ?? firstPart?.pageFields[0];
    if (shown && !pageNumber) pageNumber = { position, align: shown.align, size: shown.size, onFirstPage: onFirst };
  }
  return {
    firstParagraph: first,
    pageWidth: width,
    pageHeight: height,
    landscape: attr(size, 'w:orient') === 'landscape' || (width !== undefined && height !== undefined && width > height),
    // Top and bottom keep their sign: a negative one is a fixed margin the header or footer may not push.
    margins: { top: signed(margin, 'w:top'), bottom: signed(margin, 'w:bottom'), left: num(margin, 'w:left'), right: num(margin, 'w:right'), gutter: num(margin, 'w:gutter') },
    pageNumber,
  };
}
