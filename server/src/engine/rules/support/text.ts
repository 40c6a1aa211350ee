// Shared helpers for the text rules: which segments hold running text, and where a piece of a segment's
// text sits in the raw line.

import type { DocumentModel, Segment } from '../../model';
import { maskComments } from '../../parse/directives';

/**
 * The segments that hold running text (summary, Kính gửi, body, recipients), with comments already
 * masked. Only segments whose text maps one-to-one onto the raw line are returned (a decomposed line is
 * normalised in the model, so its columns would drift; the unicode-nfc rule reports those lines).
 */
export function textSegments(model: DocumentModel): readonly Segment[] {
  let cached = textCache.get(model);
  if (!cached) {
    cached = computeTextSegments(model);
    textCache.set(model, cached);
  }
  return cached;
}

const textCache = new WeakMap<DocumentModel, readonly Segment[]>();

function computeTextSegments(model: DocumentModel): Segment[] {
  const all: Segment[] = [...model.summary];
  if (model.addressees) all.push(model.addressees.label, ...model.addressees.items);
  for (const block of model.body.blocks) all.push(block.segment);
  for (const item of model.recipients?.items ?? []) all.push(item, ...item.continuation);
  const masked = maskedLines(model);
  return all
    .filter((segment) => masked[segment.line]?.slice(segment.start, segment.end) === segment.text)
    .sort((a, b) => a.line - b.line || a.start - b.start);
}

/** Body lines in document order (headings, items and paragraphs together, as the model's blocks). */
export function bodySegments(model: DocumentModel): Segment[] {
  return model.body.blocks.map((block) => block.segment);
}

/** True when the segment's text is all capitals (a heading, an abbreviation line). */
export function isAllCaps(text: string): boolean {
  return text === text.toUpperCase() && text !== text.toLowerCase();
}

const maskedCache = new WeakMap<DocumentModel, readonly string[]>();

/** The model's lines with HTML comments blanked (columns kept), as the parser saw them. */
export function maskedLines(model: DocumentModel): readonly string[] {
  let masked = maskedCache.get(model);
  if (!masked) {
    masked = maskComments(model.lines).masked;
    maskedCache.set(model, masked);
  }
  return masked;
}
