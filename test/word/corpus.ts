// The findings of the engine on the real Word files (../shared/corpus/docx), in a form that holds no text
// of the documents: [rule, severity, line, column, paragraph], 1-based. Shared by the snapshot test and
// the script that regenerates the snapshot (npx tsx scripts/corpus-docx-snapshot.ts).

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintDocx } from '../../server/src/engine';
import { SHARED } from '../helpers';

export const DOCX_CORPUS = join(SHARED, 'corpus', 'docx');

export type DocxFinding = [rule: string, severity: string, line: number, column: number, paragraph: number];

export interface DocxSnapshot {
  readonly note: string;
  readonly files: Record<string, DocxFinding[]>;
}

export function docxCorpusFiles(): string[] {
  return existsSync(DOCX_CORPUS) ? readdirSync(DOCX_CORPUS).filter((name) => name.endsWith('.docx')).sort() : [];
}

export function docxFindings(name: string): DocxFinding[] {
  const result = lintDocx(new Uint8Array(readFileSync(join(DOCX_CORPUS, name))), { language: 'en' });
  return result.diagnostics.map((d) => [d.rule, d.severity, d.range.start.line + 1, d.range.start.character + 1, (result.word.paragraphOfLine[d.range.start.line] ?? -1) + 1]);
}

export function docxSnapshot(): DocxSnapshot {
  const files: Record<string, DocxFinding[]> = {};
  for (const name of docxCorpusFiles()) files[name] = docxFindings(name);
  return {
    note: 'Findings of the engine on ../shared/corpus/docx (rule, severity, line and column in the extracted text, paragraph; 1-based). Regenerate with npx tsx scripts/corpus-docx-snapshot.ts; reviewed in docs/corpus-report-docx.md.',
    files,
  };
}
