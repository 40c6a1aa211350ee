// The committed snapshot of the findings on the real corpus agrees with the engine, document by document.
// A change in any rule or in the parser that moves a finding on the corpus fails here until the snapshot
// is regenerated (npm run corpus:snapshot) and the difference reviewed (docs/corpus-report.md).

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, corpusFiles, generatedBlock, needsShared } from '../helpers';
import { corpusFindings, FINDINGS_MARKERS, findingsTable, type CorpusSnapshot } from './findings';

const stored = JSON.parse(readFileSync(join(ROOT, 'test', 'corpus', 'snapshot.json'), 'utf8')) as CorpusSnapshot;

describe('corpus snapshot', () => {
  if (needsShared()) return;
  const current = corpusFindings();

  it('covers every document of the corpus', () => {
    assert.deepEqual(Object.keys(stored.files).sort(), corpusFiles().map((path) => path.split('/').pop()!).sort());
  });

  for (const name of Object.keys(current.files)) {
    it(`${name}: the engine's findings match the snapshot`, () => {
      assert.deepEqual(current.files[name], stored.files[name]);
    });
  }

  it('docs/corpus-report.md holds the per-rule table of the snapshot (npm run corpus:snapshot)', () => {
    assert.equal(generatedBlock(readFileSync(join(ROOT, 'docs', 'corpus-report.md'), 'utf8'), FINDINGS_MARKERS), findingsTable(stored));
  });

  it('stores no message and no text of the documents', () => {
    for (const findings of Object.values(stored.files)) {
      for (const finding of findings) {
        assert.equal(finding.length, 4);
        assert.match(finding[0], /^[a-z]+(-[a-z]+)*$/);
        assert.ok(['error', 'warning', 'info', 'hint'].includes(finding[1]));
        assert.ok(Number.isInteger(finding[2]) && Number.isInteger(finding[3]));
      }
    }
  });
});
