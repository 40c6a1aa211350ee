// The seed document keeps its exact findings: header-title and issuer (the lost Party title and issuing
// body), number-format on line 6, recipients-format on line 79, and no other error or warning from any
// rule. The new rules add only what the seed really shows: a hint on line 26 (a sentence cut by a page
// break), information on the missing ----- and the mixed tone styles.

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { lint } from '../../server/src/engine';
import { needsShared, SEED } from '../helpers';

describe('the seed document', () => {
  if (needsShared()) return;
  const findings = lint(readFileSync(SEED, 'utf8'), { language: 'en' });

  it('has exactly the four expected errors and warnings', () => {
    const serious = findings.filter((d) => d.severity === 'error' || d.severity === 'warning').map((d) => `${d.rule}@${d.range.start.line + 1}`);
    assert.deepEqual(serious.filter((f) => !/^(header-title|issuer)@/.test(f)), ['number-format@6', 'recipients-format@79']);
    assert.ok(serious.some((f) => f.startsWith('header-title@')) && serious.some((f) => f.startsWith('issuer@')));
    assert.equal(serious.length, 4);
  });

  it('gets the hint for the paragraph cut on line 26', () => {
    assert.deepEqual(findings.filter((d) => d.rule === 'paragraph-case').map((d) => `${d.severity}@${d.range.start.line + 1}`), ['hint@26']);
  });
});
