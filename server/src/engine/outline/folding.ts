// Folding ranges, over the parts the one walk finds (model/parts.ts): the header block, the type name with its summary, the grounds, each section of the body,
// the addressees, the recipients and the signature, and comments that run over several lines.

import { FoldingRange, FoldingRangeKind } from 'vscode-languageserver-types';
import type { DocumentModel, Segment } from '../model';
import { headerSegments, partsOf, type PartId } from '../model/parts';
import { sections, type Section } from './sections';

export function foldingRanges(model: DocumentModel): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  const block = (segments: readonly Segment[], kind?: string) => {
    if (segments.length === 0) return;
    let start = Infinity;
    let end = -Infinity;
    for (const segment of segments) {
      start = Math.min(start, segment.line);
      end = Math.max(end, segment.line);
    }
    if (end > start) ranges.push(FoldingRange.create(start, end, undefined, undefined, kind));
  };
  // The parts the one walk finds (model/parts.ts), each whole one fold.
  const present = partsOf(model);
  const all = (...ids: PartId[]) => present.filter((part) => ids.includes(part.id));
  const segmentsOf = (...ids: PartId[]) => all(...ids).flatMap((part) => part.segments);
  block(headerSegments(model), FoldingRangeKind.Region);
  if (all('type-name').length > 0) block(segmentsOf('type-name', 'summary', 'summary-rule'));
  block(segmentsOf('addressee'));
  // The grounds as one fold (they often run to a page), and each ground wrapped over several lines.
  const grounds = all('grounds');
  block(grounds.flatMap((ground) => ground.segments));
  if (grounds.length > 1) for (const ground of grounds) block(ground.segments);
  const visit = (section: Section) => {
    if (section.endLine > section.heading.line) ranges.push(FoldingRange.create(section.heading.line, section.endLine));
    section.children.forEach(visit);
  };
  sections(model).forEach(visit);
  block(segmentsOf('recipients-label', 'recipient'));
  block(segmentsOf('signing-authority', 'signer-title', 'signed-mark', 'signer-name'));
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
