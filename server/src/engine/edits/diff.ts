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
      if (line.eol !== other.eol) {
        // A changed line ending: the whole line with its ending (LSP has no column inside an ending).
        edits.push({ range: { start: { line: i, character: 0 }, end: { line: i + 1, character: 0 } }, newText: other.text + other.eol });
        return;
      }
      const [start, end, endNext] = trimCommon(line.text, other.text);
      edits.push({ range: { start: { line: i, character: start }, end: { line: i, character: end } }, newText: other.text.slice(start, endNext) });
    });
    return edits;
  }
  // Otherwise one edit over the changed span, widened to whole lines so no position falls in a line ending.
  const lines = a.lines;
  if (a.hasBom !== b.hasBom) {
    const last = lines[lines.length - 1];
    return [{ range: { start: { line: 0, character: 0 }, end: { line: last.index, character: last.text.length } }, newText: after.replace(/^\uFEFF/, '') }];
  }
  const [start, end] = trimCommon(before, after);
  const first = lineAt(lines, start);
  const lastChanged = lineAt(lines, Math.max(start, end - 1));
  const next = lines[lastChanged.index + 1];
  const startOffset = first.offset;
  const endOffset = next ? next.offset : before.length;
  const endPosition = next ? { line: next.index, character: 0 } : { line: lastChanged.index, character: lastChanged.text.length };
  return [{ range: { start: { line: first.index, character: 0 }, end: endPosition }, newText: after.slice(startOffset, after.length - (before.length - endOffset)) }];
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

/** The line holding `offset` (an offset in a line ending belongs to that line). */
function lineAt(lines: ReturnType<typeof splitLines>['lines'], offset: number) {
  let low = 0;
  let high = lines.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lines[mid].offset <= offset) low = mid; else high = mid - 1;
  }
  return lines[low];
}
