// syllable-spelling judges one syllable at a time: a word of two vowel groups (a Vietnamized loanword written
// joined, `cácbon`, or two words run together) is left alone, while one-syllable misspellings still count.

import * as assert from 'node:assert/strict';
import { lint } from '../../server/src/engine';
import { vowelGroups } from '../../server/src/engine/rules/support/syllable';

describe('syllable-spelling: one vowel group, one syllable', () => {
  it('counts the vowel groups, marks and glides inside one group', () => {
    assert.equal(vowelGroups('cácbon'), 2);
    assert.equal(vowelGroups('axít'), 2);
    for (const word of ['quyết', 'nghành', 'qúy', 'giêng', 'người', 'khuya']) assert.equal(vowelGroups(word), 1, word);
    assert.equal(vowelGroups('đc'), 0);
  });

  it('stays silent on a joined loanword and still reports a misspelled syllable beside it', () => {
    const findings = lint('Giảm phát thải khí cácbon và axít trong nghành công nghiệp.\n', { language: 'en' })
      .filter((d) => d.rule === 'syllable-spelling')
      .map((d) => d.range.start.character);
    assert.deepEqual(findings, ['Giảm phát thải khí cácbon và axít trong '.length]);
  });
});
