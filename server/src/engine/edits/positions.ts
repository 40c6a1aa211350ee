// Where inserted lines go: whole lines before or after a line, keeping the document's line endings.

import type { DocumentModel, Range } from '../model';
import { eolOf } from './eol';

export interface LineInsertion {
  /** An empty range: the insertion point. */
  readonly range: Range;
  /** Snippet text (tab stops) and the same text with the defaults filled in. */
  readonly snippet: string;
}

const at = (line: number, character: number): Range => ({ start: { line, character }, end: { line, character } });

/** Inserts `lines` (snippet text, one entry per line) as whole lines before line `line`. */
export function insertBefore(model: DocumentModel, line: number, lines: readonly string[]): LineInsertion {
  const eol = eolOf(model);
  if (line >= model.lines.length) return insertAfter(model, model.lines.length - 1, lines);
  return { range: at(line, 0), snippet: lines.join(eol) + eol };
}

/** Inserts `lines` as whole lines after line `line` (at the end of the text when it is the last line). */
export function insertAfter(model: DocumentModel, line: number, lines: readonly string[]): LineInsertion {
  const eol = eolOf(model);
  const source = model.lines[Math.max(0, Math.min(line, model.lines.length - 1))];
  if (source.eol === '') return { range: at(source.index, source.text.length), snippet: eol + lines.join(eol) };
  return { range: at(source.index + 1, 0), snippet: lines.join(eol) + eol };
}
