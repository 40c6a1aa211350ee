// The smallest edits that turn one text into another, so a whole-document result (fix-all) is sent
// as edits that touch only what changed.

import type { TextEdit } from '../rules/rule';
import { splitLines } from '../text/source';

/** One edit per changed line when the line count is kept; else one edit over the changed span. */
export function diffEdits(before: string, after: string): TextEdit[] {
  if (before === after) return [];
  const a = splitLines(before);
  const b = splitLines(after);
  if (a.lines.length === b.lines.length && a.hasBom === b.hasBom) {
    const edits: TextEdit[] = [];
    a.lines.forEach((line, i) => {
      const other = b.lines[i];
      if (line.text === other.text && line.eol === other.eol) return;
      const full = line.text + line.eol;
      const next = other.text + other.eol;
      const [start, end, endNext] = trimCommon(full, next);
      edits.push({ range: span(i, start, i, end, line.text.length), newText: next.slice(start, endNext) });
    });
    return edits.map((edit) => clampEol(edit, a.lines));
  }
  const [start, end, endNext] = trimCommon(before, after);
  return [{ range: { start: position(a.lines, start), end: position(a.lines, end) }, newText: after.slice(start, endNext) }];
}

/** Lengths of the common prefix, and the ends of the differing middles in both strings. */
function trimCommon(x: string, y: string): [number, number, number] {
  let start = 0;
  while (start < x.length && start < y.length && x[start] === y[start]) start++;
  let endX = x.length;
  let endY = y.length;
  while (endX > start && endY > start && x[endX - 1] === y[endY - 1]) { endX--; endY--; }
  return [start, endX, endY];
}

function span(line: number, start: number, endLine: number, end: number, _length: number) {
  return { start: { line, character: start }, end: { line: endLine, character: end } };
}

/** An edit whose end falls in the line ending runs to the next line's start (LSP has no column there). */
function clampEol(edit: TextEdit, lines: ReturnType<typeof splitLines>['lines']): TextEdit {
  const { start, end } = edit.range;
  const length = lines[end.line].text.length;
  if (end.character <= length) return edit;
  return { ...edit, range: { start, end: { line: end.line + 1, character: 0 } } };
}

function position(lines: ReturnType<typeof splitLines>['lines'], offset: number) {
  // Offsets here count from the text's start; the BOM (if any) is not a column editors count.
  let low = 0;
  let high = lines.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lines[mid].offset <= offset) low = mid; else high = mid - 1;
  }
  const line = lines[low];
  const character = Math.min(offset - line.offset, line.text.length);
  if (offset - line.offset > line.text.length) return { line: low + 1, character: 0 };
  return { line: low, character: Math.max(0, character) };
}
