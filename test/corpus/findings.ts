// The engine's findings on the shared real corpus in the snapshot's shape: per document, one
// [rule, severity, line, column] per finding (1-based), in report order. No messages, no document text.

import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { lint, rules } from '../../server/src/engine';
import { corpusFiles, type Markers } from '../helpers';

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

/** The per-rule table's place in docs/corpus-report.md. */
export const FINDINGS_MARKERS: Markers = { start: '<!-- findings table: generated, do not edit -->', end: '<!-- end of findings table -->' };

/** The findings per rule and severity on the corpus (every text rule, none left out), for docs/corpus-report.md. */
export function findingsTable(snapshot: CorpusSnapshot): string {
  const severities = ['error', 'warning', 'info', 'hint'] as const;
  const counts = new Map<string, Record<string, number>>();
  for (const rule of rules().filter((r) => r.input !== 'docx')) counts.set(rule.id, { error: 0, warning: 0, info: 0, hint: 0 });
  for (const findings of Object.values(snapshot.files)) {
    for (const [rule, severity] of findings) counts.get(rule)![severity]++;
  }
  const totals: Record<string, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  const rows = [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([rule, count]) => {
    for (const severity of severities) totals[severity] += count[severity];
    return `| \`${rule}\` | ${severities.map((severity) => count[severity]).join(' | ')} |`;
  });
  const documents = Object.keys(snapshot.files).length;
  return [
    `${counts.size} text rules on the ${documents} documents, profile \`auto\`, default options; generated from`,
    '`test/corpus/snapshot.json` by `npm run corpus:snapshot`, checked by `test/corpus/snapshot.test.ts`.',
    '',
    '| rule | error | warning | info | hint |',
    '|---|---:|---:|---:|---:|',
    ...rows,
    `| **total** | ${severities.map((severity) => `**${totals[severity]}**`).join(' | ')} |`,
    '',
    `Rules with no finding on the corpus (the documents do not deviate there; each is exercised by its fixtures): ${
      [...counts].filter(([, count]) => severities.every((severity) => count[severity] === 0)).map(([rule]) => `\`${rule}\``).sort().join(', ')}.`,
  ].join('\n');
}
