// Regenerates test/corpus/snapshot.json: the findings of the engine on every document of the shared real
// corpus (../shared/corpus/real), as rule id, severity, line and column only, and the per-rule table of
// docs/corpus-report.md from it. No message and no text of
// the documents is stored (the corpus is read where it is, never copied into the project).
//
//   npm run corpus:snapshot          # rewrite the snapshot
//   npm run corpus:snapshot -- --check   # exit 1 when the engine and the snapshot disagree

import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { corpusFindings, FINDINGS_MARKERS, findingsTable, type CorpusSnapshot } from '../test/corpus/findings';
import { withGeneratedBlock } from '../test/helpers';

const ROOT = resolve(__dirname, '..');
const SNAPSHOT = join(ROOT, 'test', 'corpus', 'snapshot.json');

const current = corpusFindings();
const text = `${JSON.stringify(current, null, 1).replace(/\[\n\s+("[^"]+"|\d+),\n\s+("[^"]+"|\d+),\n\s+("[^"]+"|\d+),\n\s+("[^"]+"|\d+)\n\s+\]/g, '[$1, $2, $3, $4]')}\n`;

if (process.argv.includes('--check')) {
  const stored = JSON.parse(readFileSync(SNAPSHOT, 'utf8')) as CorpusSnapshot;
  const same = JSON.stringify(stored) === JSON.stringify(current);
  console.log(same ? 'The snapshot matches the engine.' : 'The snapshot and the engine disagree: run npm run corpus:snapshot and review the difference.');
  process.exit(same ? 0 : 1);
}
writeFileSync(SNAPSHOT, text);
// The per-rule table of docs/corpus-report.md, from the snapshot just written.
const REPORT = join(ROOT, 'docs', 'corpus-report.md');
writeFileSync(REPORT, withGeneratedBlock(readFileSync(REPORT, 'utf8'), FINDINGS_MARKERS, findingsTable(current), REPORT));
const total = Object.values(current.files).reduce((sum, findings) => sum + findings.length, 0);
console.log(`${basename(SNAPSHOT)}: ${Object.keys(current.files).length} documents, ${total} findings`);
