// "Insert the missing <part>": a guarded fix offered on request for each finding that reports a part
// absent (`part`, set by the presence rules alone). Nothing here looks at the model to decide what is
// missing: a rule that is turned off, or a finding silenced by a directive, offers no insertion.

import type { Diagnostic } from '../lint';
import type { DocumentModel, Regime } from '../model';
import { partInsertions, type InsertOptions, type PartInsertion } from './partInsertion';

/** A finding as insert-missing reads it: its rule and, when it reports a part absent, the part. */
export type PartFinding = Pick<Diagnostic, 'rule' | 'part'>;

/** The insertions that answer `finding`: none when it reports no absent part. */
export function insertionsFor(finding: PartFinding, model: DocumentModel, regime: Regime, options: InsertOptions): PartInsertion[] {
  return finding.part ? partInsertions(model, regime, finding.part, finding.rule, options) : [];
}

/** Every insertion the findings of one analysis call for, in the findings' order, each insertion once. */
export function missingPartInsertions(
  analysis: { readonly model: DocumentModel; readonly regime: Regime; readonly findings: readonly PartFinding[] },
  options: InsertOptions,
): PartInsertion[] {
  // Two findings may call for one insertion (a state header without national name and motto: the
  // national name's insertion brings the motto): it is listed once.
  const seen = new Set<string>();
  const found: PartInsertion[] = [];
  for (const finding of analysis.findings) {
    for (const insertion of insertionsFor(finding, analysis.model, analysis.regime, options)) {
      const key = `${insertion.range.start.line}:${insertion.range.start.character}:${insertion.snippet}`;
      if (!seen.has(key)) { seen.add(key); found.push(insertion); }
    }
  }
  return found;
}
