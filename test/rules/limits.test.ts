// Texts built to provoke a flood of findings or a slow path: the lint finishes, each rule stops at its
// finding limit, and nothing throws (a million findings once overflowed the stack when they were merged).

import * as assert from 'node:assert/strict';
import { lint } from '../../server/src/engine';
import { MAX_FINDINGS_PER_RULE } from '../../server/src/engine/rules/rule';

const CASES: Record<string, string> = {
  'a megabyte of brackets': `${'('.repeat(250_000)}${')'.repeat(250_000)}${']'.repeat(250_000)}${'('.repeat(250_000)}`,
  'quotes opened on every line': '“a\n'.repeat(50_000),
  'misspelled words': 'nghành qúy hoà hòa '.repeat(30_000),
  'decomposed text': 'chuyển đổi số '.normalize('NFD').repeat(30_000),
  'double spaces everywhere': 'một  hai  ba\n'.repeat(30_000),
  'upper-case lines only': 'ỦY BAN NHÂN DÂN\n'.repeat(20_000),
};

describe('finding limits and pathological texts', () => {
  for (const [name, text] of Object.entries(CASES)) {
    it(`lints ${name} with at most ${MAX_FINDINGS_PER_RULE} findings per rule`, () => {
      const counts = new Map<string, number>();
      for (const d of lint(text)) counts.set(d.rule, (counts.get(d.rule) ?? 0) + 1);
      for (const [rule, count] of counts) assert.ok(count <= MAX_FINDINGS_PER_RULE, `${rule}: ${count}`);
    });
  }

  it('stops a rule at the limit but keeps what it found', () => {
    const findings = lint('nghành '.repeat(5000)).filter((d) => d.rule === 'syllable-spelling');
    assert.equal(findings.length, MAX_FINDINGS_PER_RULE);
    assert.equal(findings[0].range.start.character, 0);
  });
});
