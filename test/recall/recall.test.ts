// The planted-slip recall measure at its targets, its table in docs/corpus-report.md current,
// and no error on the unmutated documents beyond the corpus snapshot's.

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../server/src/engine';
import type { CorpusSnapshot } from '../corpus/findings';
import { ROOT, generatedBlock, needs } from '../helpers';
import { corpusSubjects, measure, projectSubjects, RECALL_MARKERS, recallTable, type Recall } from './measure';
import { SLIPS } from './slips';
import { TARGET } from './targets';

describe('planted-slip recall', function () {
  if (needs('shared')) return;
  this.timeout(120_000);
  let recall: Recall;
  const corpus = corpusSubjects();
  const project = projectSubjects();
  before(() => {
    recall = measure([...corpus, ...project]);
  });

  it('plants every slip class somewhere', () => {
    for (const { slip, planted } of recall.classes) assert.ok(planted >= 10, `${slip.id}: planted only ${planted} times`);
  });

  it(`reports at least ${TARGET.single * 100} % of the slips it finds with one finding, not several (one cause, one finding)`, () => {
    assert.ok(recall.single / recall.found >= TARGET.single, `one finding for ${(100 * recall.single / recall.found).toFixed(1)} %`);
  });

  it(`finds at least ${TARGET.overall * 100} % of all slips`, () => {
    assert.ok(recall.found / recall.planted >= TARGET.overall, `recall ${(100 * recall.found / recall.planted).toFixed(1)} %`);
  });

  it(`finds at least ${TARGET.perClass * 100} % of each class (the pending classes: their floor)`, () => {
    const below = recall.classes
      .filter(({ slip, planted, found }) => found / planted < (TARGET.pending[slip.id] ?? TARGET.perClass))
      .map(({ slip, planted, found, missed }) => `${slip.id}: ${found}/${planted} (missed e.g. ${missed.slice(0, 3).join(', ')})`);
    assert.deepEqual(below, []);
  });

  it('holds no pending floor for a class that is no longer pending or does not exist', () => {
    for (const id of Object.keys(TARGET.pending)) {
      const tally = recall.classes.find(({ slip }) => slip.id === id);
      assert.ok(tally, `${id} is not a slip class`);
      assert.ok(tally.found / tally.planted < TARGET.perClass, `${id} reaches the target: remove its pending floor`);
    }
  });

  it('docs/corpus-report.md holds the current table (npx tsx scripts/recall-report.ts --write)', () => {
    assert.equal(generatedBlock(readFileSync(join(ROOT, 'docs', 'corpus-report.md'), 'utf8'), RECALL_MARKERS), recallTable(recall));
  });

  it('gives no error on the unmutated documents beyond the corpus snapshot, none on the good fixtures', () => {
    const stored = JSON.parse(readFileSync(join(ROOT, 'test', 'corpus', 'snapshot.json'), 'utf8')) as CorpusSnapshot;
    for (const subject of corpus) {
      const name = subject.name.slice('corpus/'.length);
      const known = (stored.files[name] ?? []).filter(([, severity]) => severity === 'error').map(([rule, , line]) => `${rule}:${line}`);
      const errors = lint(subject.text).filter((d) => d.severity === 'error').map((d) => `${d.rule}:${d.range.start.line + 1}`);
      assert.deepEqual(errors, known, subject.name);
    }
    // The good fixtures are correct documents (the examples include a draft with slips on purpose).
    for (const subject of project.filter(({ name }) => name.startsWith('test/fixtures/'))) {
      assert.deepEqual(lint(subject.text).filter((d) => d.severity === 'error' || d.severity === 'warning').map((d) => d.rule), [], subject.name);
    }
  });

  it('ties every slip to a clause (or says it breaks none), under a unique id', () => {
    assert.equal(new Set(SLIPS.map((slip) => slip.id)).size, SLIPS.length);
    // A typing slip breaks no clause, and says so.
    for (const slip of SLIPS) assert.match(slip.clause, /NĐ 30|HD 36|QĐ 1989|TCVN|^no clause: /u, slip.id);
  });
});
