// Ranges from model parts, in LSP coordinates (0-based line, UTF-16 column).

import type { DocumentModel, NumberLine, Range, Segment } from './model';
import { isBlank } from './text/source';

export function rangeOf(segment: Pick<Segment, 'line' | 'start' | 'end'>): Range {
  return { start: { line: segment.line, character: segment.start }, end: { line: segment.line, character: segment.end } };
}

export function columns(line: number, start: number, end: number): Range {
  return { start: { line, character: start }, end: { line, character: end } };
}

/** Where a number's value stands: its own line when printed under `Số` (`Số:` / `15/2023/QĐ-UBND`). */
export function symbolRange(number: NumberLine): Range {
  const value = number.symbolLine;
  if (value) return columns(value.line, value.start, value.end);
  return columns(number.line, number.valueStart, Math.max(number.valueStart, number.end));
}

/** Where to report a part that is missing from the header: the first non-blank line of the document. */
export function headerAnchor(model: DocumentModel): Range {
  const first = model.lines.find((line) => !isBlank(line.text));
  if (!first) return columns(0, 0, 0);
  const start = first.text.length - first.text.trimStart().length;
  return columns(first.index, start, first.text.trimEnd().length);
}

/** Where to report a part that is missing from the end of the document: its last non-blank line. */
export function closingAnchor(model: DocumentModel): Range {
  for (let i = model.lines.length - 1; i >= 0; i--) {
    const line = model.lines[i];
    if (!isBlank(line.text)) {
      const start = line.text.length - line.text.trimStart().length;
      return columns(i, start, line.text.trimEnd().length);
    }
  }
  return columns(0, 0, 0);
}
