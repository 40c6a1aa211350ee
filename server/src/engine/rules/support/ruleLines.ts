// The header's rule lines as the rule word-rule-lines reads them, for the rule and the fix alike: the motto
// set as underlined text instead of a drawn rule, or no drawn line at all among the header's paragraphs
// (floating shapes anchored in any of them, and paragraph borders, count as drawn).

import type { DocumentModel } from '../../model';
import type { WordDocument, WordParagraph, WordRun } from '../../docx/model';
import { locate } from './formatting';

export interface RuleLinesSlip {
  readonly kind: 'underlined-motto' | 'none-drawn';
  readonly motto: WordParagraph;
  readonly mottoRuns: readonly WordRun[];
  /** The issuing body's (last) line, when the header has none drawn at all. */
  readonly issuer?: WordParagraph;
}

export function ruleLinesSlip(model: DocumentModel, word: WordDocument): RuleLinesSlip | undefined {
  const { header } = model;
  if (!header.motto || header.issuerLines.length === 0) return undefined;
  const motto = locate(word, header.motto);
  if (!motto) return undefined;
  if (motto.runs.length > 0 && motto.runs.every((run) => run.underline)) return { kind: 'underlined-motto', motto: motto.paragraph, mottoRuns: motto.runs };
  // The header's paragraphs: from the first recognised header part to two paragraphs past the last.
  const lines = [header.nationalName, header.motto, ...header.issuerLines, header.number, header.placeDate].filter((s) => s !== undefined);
  const indexes = lines.map((segment) => locate(word, segment)?.paragraph.index).filter((i): i is number => i !== undefined);
  if (indexes.length === 0) return undefined;
  const first = Math.min(...indexes);
  const last = Math.min(word.paragraphs.length - 1, Math.max(...indexes) + 2);
  for (let i = first; i <= last; i++) {
    const paragraph = word.paragraphs[i];
    if (paragraph.hasShape || paragraph.bottomBorder || paragraph.topBorder) return undefined;
  }
  const issuer = locate(word, header.issuerLines[header.issuerLines.length - 1])?.paragraph;
  return { kind: 'none-drawn', motto: motto.paragraph, mottoRuns: motto.runs, issuer };
}
