// Regenerates test/word/corpus-snapshot.json from the engine's findings on ../shared/corpus/docx:
//   npx tsx scripts/corpus-docx-snapshot.ts
// Review the difference (git diff) and docs/corpus-report-docx.md before committing it.

import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { docxCorpusFiles, docxSnapshot } from '../test/word/corpus';

if (docxCorpusFiles().length === 0) {
  process.stderr.write('no ../shared/corpus/docx: nothing to snapshot\n');
  process.exit(2);
}
const snapshot = docxSnapshot();
const lines = Object.entries(snapshot.files).map(([name, findings]) =>
  `  ${JSON.stringify(name)}: [${findings.length ? `\n${findings.map((f) => `   ${JSON.stringify(f).replace(/,/g, ', ')}`).join(',\n')}\n  ` : ''}]`);
writeFileSync(join(resolve(__dirname, '..'), 'test', 'word', 'corpus-snapshot.json'), `{\n "note": ${JSON.stringify(snapshot.note)},\n "files": {\n${lines.join(',\n')}\n }\n}\n`);
