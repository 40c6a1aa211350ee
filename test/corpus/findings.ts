// The engine's findings on the shared real corpus in the snapshot's shape: per document, one
// [rule, severity, line, column] per finding (1-based), in report order. No messages, no document text.

import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { lint } from '../../server/src/engine';
import { corpusFiles } from '../helpers';

export type Finding = [rule: string, severity: string, line: number, column: number];

export interface CorpusSnapshot {
  readonly note: string;
  readonly files: Record<string, Finding[]>;
}

export function corpusFindings(): CorpusSnapshot {
  const files: Record<string, Finding[]> = {};
  for (const path of corpusFiles()) {
    files[basename(path)] = lint(readFileSync(path, 'utf8'), { language: 'en' })
      .map((d): Finding => [d.rule, d.severity, d.range.start.line + 1, d.range.start.character + 1]);
  }
  return {
    note: 'Findings of the engine on ../shared/corpus/real (rule, severity, line, column; 1-based). Regenerate with npm run corpus:snapshot; reviewed in docs/corpus-report.md.',
    files,
  };
}
