// The e-office stamp (failure class 11): the number is stamped into a blank field, so the gaps around it
// (`Số: 08 /QĐ-UBND`, `Số:08 /QĐ-UBND`, `Luật số:  72/2025/QH15`) are one warning that says so, never an
// error; a space elsewhere in the symbol (`72/2025/ QH15`) stays the drafter's error.

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../server/src/engine';
import { ROOT } from '../helpers';

const read = (folder: string, name: string) => readFileSync(join(ROOT, 'test', 'fixtures', 'reader', folder, name), 'utf8');
const numberFindings = (text: string) => lint(text, { language: 'en' }).filter((d) => d.rule === 'number-format');

describe('number-format: the gaps of the stamped number field', () => {
  for (const name of ['bad-stamp-gap.vanban', 'bad-stamp-gap-after-colon.vanban', 'bad-stamp-gap-luat.vanban', 'bad-stamp-gap-dang.vanban']) {
    it(`${name}: one warning naming the e-office system, with the issued form as its fix`, () => {
      const [finding, ...more] = numberFindings(read('11-e-office-stamp', name));
      assert.equal(more.length, 0);
      assert.equal(finding.severity, 'warning');
      assert.match(finding.message, /e-office/);
      assert.equal(finding.fix?.edits[0]?.newText.includes(' /'), false);
    });
  }

  it('a Party number spaced on both sides of its dash is the drafter’s, still an error', () => {
    const text = read('11-e-office-stamp', 'bad-stamp-gap-dang.vanban').replace('Số 34 -NQ/HU', 'Số 34 - NQ/HU');
    const [finding] = numberFindings(text);
    assert.equal(finding.severity, 'error');
  });

  it('a space inside the symbol is still an error', () => {
    const [finding] = numberFindings(read('03-normative', 'bad-luat-number.vanban'));
    assert.equal(finding.severity, 'error');
  });
});
