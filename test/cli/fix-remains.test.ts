// `vanban fix` says what the safe fixes leave behind, in lint's line format: on standard output when it
// writes in place, on standard error with --stdout or --dry-run (where standard output carries the text).

import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers';
import { vanban } from './run';

describe('vanban fix: what remains', () => {
  const draft = readFileSync(join(ROOT, 'examples', 'thong-bao-nhap.vanban'), 'utf8');
  // The example's slips are all safe to fix; a missing signer's name is not.
  const unfixable = draft.replace('Đinh Thị Hoa\n', '');

  it('lists the errors and warnings left, and exits 1 when an error remains', () => {
    const run = vanban(['fix', '-', '--stdin-filename', 'tb.vanban', '--stdout'], { input: unfixable });
    assert.equal(run.code, 1);
    assert.match(run.stdout, /Số: 15\/TB-UBND/, 'the safe fixes were applied');
    const left = run.stderr.split('\n').filter((line) => /^tb\.vanban:\d+:\d+ (error|warning) [a-z-]+ .+ \(không sửa tự động được\)$/.test(line));
    assert.ok(left.length >= 1, run.stderr);
    assert.doesNotMatch(run.stderr, /number-format|date-format|recipients-format/, 'what was fixed is not listed');
  });

  it('lists nothing and exits 0 when the safe fixes leave no error', () => {
    const run = vanban(['fix', '-', '--stdin-filename', 'tb.vanban', '--stdout'], { input: draft });
    assert.equal(run.code, 0, run.stderr);
    assert.doesNotMatch(run.stderr, /không sửa tự động được/);
  });
});
