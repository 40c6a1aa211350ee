// Applies text edits. One function serves the quick fix, fix-all and the CLI's --fix.

import type { DocumentModel, Range } from './model';
import { parse } from './parse/parse';
import { lintModel, type Diagnostic, type LintOptions } from './lint';
import type { FixSafety, TextEdit } from './rules/rule';
import { splitLines } from './text/source';

/** Offset of an LSP position in `text` (clamped to the line; a BOM is not counted by editors). */
export function offsetAt(lines: ReturnType<typeof splitLines>['lines'], position: Range['start']): number {
  const line = lines[Math.min(Math.max(position.line, 0), lines.length - 1)];
  return line.offset + Math.min(Math.max(position.character, 0), line.text.length);
}

/**
 * Applies non-overlapping edits to `text`. Edits that overlap an earlier one (in document order) are
 * dropped, so a batch never corrupts the text; a second pass picks up what remains.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  if (edits.length === 0) return text;
  const { lines } = splitLines(text);
  const spans = edits
    .map((edit) => ({ start: offsetAt(lines, edit.range.start), end: offsetAt(lines, edit.range.end), text: edit.newText }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  let result = '';
  let cursor = 0;
  for (const span of spans) {
    if (span.start < cursor) continue;
    result += text.slice(cursor, span.start) + span.text;
    cursor = span.end;
  }
  return result + text.slice(cursor);
}

/** The edits of the fixes of `diagnostics` whose safety is in `safeties`. */
export function fixEdits(diagnostics: readonly Diagnostic[], safeties: readonly FixSafety[] = ['safe']): TextEdit[] {
  return diagnostics.flatMap((diagnostic) => (diagnostic.fix && safeties.includes(diagnostic.fix.safety) ? diagnostic.fix.edits : []));
}

/** A lint already done of the text a fix starts from (the server's analysis of the current version). */
export interface FixStart {
  readonly model: DocumentModel;
  readonly findings: readonly Diagnostic[];
}

/**
 * Applies every safe fix, re-linting between passes until nothing changes (at most a few passes), so
 * applying it twice changes nothing the second time. Given `start` (the analysis of `text`), the first
 * pass uses its findings instead of parsing and linting the text again.
 */
export function fixAll(text: string, options: LintOptions = {}, start?: FixStart): { text: string; applied: number; model: DocumentModel } {
  let current = text;
  let applied = 0;
  let model = start?.model ?? parse(current);
  let findings: readonly Diagnostic[] = start?.findings ?? lintModel(model, options).diagnostics;
  for (let pass = 0; pass < 5; pass++) {
    const edits = fixEdits(findings);
    if (edits.length === 0) break;
    const next = applyEdits(current, edits);
    if (next === current) break;
    applied += edits.length;
    current = next;
    model = parse(current);
    if (pass < 4) findings = lintModel(model, options).diagnostics;
  }
  return { text: current, applied, model };
}
