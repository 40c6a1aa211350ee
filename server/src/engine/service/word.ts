// The check of a Word file: the text read from it, its formatting findings (the ones only the file can
// show: the text's own findings come with the text's diagnostics) each with the paragraph it is in, and
// each line's paragraph.

import type { Diagnostic as LspDiagnostic } from 'vscode-languageserver-types';
import { rules } from '../lint';
import type { Analysis } from './analysis';
import { toLspDiagnostic } from './diagnostics';

export interface WordCheck {
  readonly text: string;
  /** Each carries `data.paragraph`, the 0-based paragraph of the file it is in. */
  readonly diagnostics: LspDiagnostic[];
  readonly paragraphOfLine: readonly number[];
}

const FORMATTING = new Set(rules().filter((rule) => rule.input === 'docx').map((rule) => rule.id));

/** The check of the Word file an analysis was made of; undefined for a draft's analysis. */
export function getWordCheck(analysis: Analysis): WordCheck | undefined {
  const word = analysis.word;
  if (!word) return undefined;
  const diagnostics = analysis.findings.filter((finding) => FORMATTING.has(finding.rule)).map((finding) => ({
    ...toLspDiagnostic(finding),
    data: { paragraph: word.paragraphOfLine[finding.range.start.line] },
  }));
  return { text: word.text, diagnostics, paragraphOfLine: word.paragraphOfLine };
}
