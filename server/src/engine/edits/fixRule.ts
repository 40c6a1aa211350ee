// "Fix all problems of this rule": the fixes of one rule only, applied together through the engine's
// one `applyEdits`, re-linting between passes like fix-all, so running it again changes nothing.

import { applyEdits, fixEdits, type FixStart } from '../fix';
import { lintModel, type Diagnostic, type LintOptions } from '../lint';
import { parse } from '../parse/parse';
import type { FixSafety } from '../rules/rule';
import { diffEdits } from './diff';
import type { TextEdit } from '../rules/rule';

/**
 * The text with every fix of `rule` (of the given safeties) applied, and the edits that get there. Given
 * `start` (the analysis of `text`), the first pass uses its findings rather than linting again.
 */
export function fixRule(
  text: string, rule: string, options: LintOptions = {}, safeties: readonly FixSafety[] = ['safe', 'guarded'], start?: FixStart,
): { text: string; edits: TextEdit[] } {
  let current = text;
  for (let pass = 0; pass < 5; pass++) {
    const findings: readonly Diagnostic[] = pass === 0 && start ? start.findings : lintModel(parse(current), options).diagnostics;
    const diagnostics = findings.filter((diagnostic) => diagnostic.rule === rule);
    const next = applyEdits(current, fixEdits(diagnostics, safeties));
    if (next === current) break;
    current = next;
  }
  return { text: current, edits: diffEdits(text, current) };
}
