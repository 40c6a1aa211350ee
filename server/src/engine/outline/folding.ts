// Folding ranges: the header block, the type name with its summary, the grounds, each section of the body,
// the addressees, the recipients and the signature, and comments that run over several lines.

import { FoldingRange, FoldingRangeKind } from 'vscode-languageserver-types';
import type { DocumentModel, Segment } from '../model';
import { sections, type Section } from './sections';

export function foldingRanges(model: DocumentModel): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  const block = (segments: readonly (Segment | undefined)[], kind?: string) => {
    const lines = segments.filter((segment): segment is Segment => segment !== undefined).map((segment) => segment.line);
    if (lines.length === 0) return;
    const start = Math.min(...lines);
    const end = Math.max(...lines);
    if (end > start) ranges.push(FoldingRange.create(start, end, undefined, undefined, kind));
  };
  const h = model.header;
  block([h.partyTitle, h.nationalName, h.motto, h.star, h.number, h.number?.symbolLine, h.placeDate, ...(h.placeDate?.pieces ?? []), h.nationalName?.rest, h.motto?.rest, ...h.issuerLines, ...h.marks], FoldingRangeKind.Region);
  if (model.typeName) block([model.typeName, ...model.summary, model.summaryRule]);
  if (model.addressees) block([model.addressees.label, ...model.addressees.items.flatMap((item) => [item, ...item.continuation])]);
  // The grounds as one fold (they often run to a page), and each ground wrapped over several lines.
  if (model.grounds) {
    const grounds = model.grounds.items;
    block(grounds.flatMap((ground) => ground.lines));
    if (grounds.length > 1) for (const ground of grounds) block(ground.lines);
  }
  const visit = (section: Section) => {
    if (section.endLine > section.heading.line) ranges.push(FoldingRange.create(section.heading.line, section.endLine));
    section.children.forEach(visit);
  };
  sections(model).forEach(visit);
  if (model.recipients) block([model.recipients.label, ...model.recipients.items.flatMap((item) => [item, ...item.continuation])]);
  if (model.signature) {
    const s = model.signature;
    block([...s.authorities, ...s.titles, s.signedMark, s.name]);
  }
  ranges.push(...commentRanges(model));
  return ranges.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}

/** `<!-- … -->` comments spanning several lines. */
function commentRanges(model: DocumentModel): FoldingRange[] {
  const found: FoldingRange[] = [];
  let open = -1;
  for (const line of model.lines) {
    let text = line.text;
    for (;;) {
      if (open < 0) {
        const start = text.indexOf('<!--');
        if (start < 0) break;
        open = line.index;
        text = text.slice(start + 4);
      }
      const close = text.indexOf('-->');
      if (close < 0) break;
      if (line.index > open) found.push(FoldingRange.create(open, line.index, undefined, undefined, FoldingRangeKind.Comment));
      open = -1;
      text = text.slice(close + 3);
    }
  }
  return found;
}
