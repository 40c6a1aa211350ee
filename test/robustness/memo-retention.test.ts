// Two memos outlive every input: the word rules' token memo and the .docx reader's qualified names. A key
// cut from an input as a plain substring is, in V8, a view into the whole input: a long token or name new to
// the memo kept its document (about 2 MB for a 1 MB draft) or its XML part alive. Inputs read one after
// another, each with a name of its own, in a child under --expose-gc: the heap after a full collection may
// not grow with them.

import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../helpers';

function heapGrowth(mode: 'lint' | 'xml', count: number): number {
  const child = spawnSync(process.execPath, ['--expose-gc', '--require', 'tsx/cjs', join(ROOT, 'test', 'robustness', 'memo-retention-child.ts'), mode, String(count)], { cwd: ROOT, encoding: 'utf8', timeout: 280_000 });
  assert.equal(child.status, 0, child.stderr);
  const { before, after } = JSON.parse(child.stdout) as { before: number; after: number };
  return after - before;
}

describe('the module memos keep no input alive', function () {
  this.timeout(300_000);

  it('20 drafts of 1 MB, each with a long token of its own: the heap after a full GC grows by far less than one of them', () => {
    // Each draft is 2 MB in memory: one kept would show; 20 kept were 40 MB.
    const growth = heapGrowth('lint', 20);
    assert.ok(growth < 1_500_000, `the heap grew by ${(growth / 1e6).toFixed(1)} MB`);
  });

  it('20 XML parts of 0.6 MB, each with a namespace and a long element name of its own: the heap does not keep them', () => {
    // 20 parts kept were 25 MB.
    const growth = heapGrowth('xml', 20);
    assert.ok(growth < 1_500_000, `the heap grew by ${(growth / 1e6).toFixed(1)} MB`);
  });
});
