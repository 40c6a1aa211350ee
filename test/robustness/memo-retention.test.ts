// The word rules' token memo outlives every document. A key cut from a document as a plain substring is, in
// V8, a view into the whole document: a long token new to the memo kept its document alive (about 2 MB for
// a 1 MB draft). Documents linted one after another, each with a token of its own, in a child under
// --expose-gc: the heap after a full collection may not grow with them.

import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../helpers';

describe('the token memo keeps no document alive', function () {
  this.timeout(300_000);

  it('20 documents of 1 MB, each with a long token of its own: the heap after a full GC grows by far less than one of them', () => {
    const child = spawnSync(process.execPath, ['--expose-gc', '--require', 'tsx/cjs', join(ROOT, 'test', 'robustness', 'memo-retention-child.ts'), '20'], { cwd: ROOT, encoding: 'utf8', timeout: 280_000 });
    assert.equal(child.status, 0, child.stderr);
    const { before, after } = JSON.parse(child.stdout) as { before: number; after: number };
    // Each document is 2 MB in memory: one kept would show; 20 kept were 40 MB.
    assert.ok(after - before < 1_500_000, `the heap grew by ${((after - before) / 1e6).toFixed(1)} MB`);
  });
});
