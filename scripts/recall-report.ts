// The planted-slip recall table (test/recall) into docs/corpus-report.md, between its markers.
// `npx tsx scripts/recall-report.ts` prints it; `--write` updates the report. Needs ../shared.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, withGeneratedBlock } from '../test/helpers';
import { RECALL_MARKERS, corpusSubjects, measure, projectSubjects, recallTable } from '../test/recall/measure';

const recall = measure([...corpusSubjects(), ...projectSubjects()]);
const table = recallTable(recall);
if (!process.argv.includes('--write')) {
  console.log(table);
  for (const { slip, missed } of recall.classes) if (missed.length) console.log(`${slip.id} missed: ${missed.slice(0, 8).join(', ')}`);
} else {
  const path = join(ROOT, 'docs', 'corpus-report.md');
  writeFileSync(path, withGeneratedBlock(readFileSync(path, 'utf8'), RECALL_MARKERS, table, path));
}
