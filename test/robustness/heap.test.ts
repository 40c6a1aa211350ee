// Per-document state is never created for a closed document (the heap grew about 65 B per URI
// opened and closed, likely from configuration answers arriving after the close). 60,000 URIs are opened
// and closed with late answers, in a child under --expose-gc; the heap after a full collection may not grow
// with the number of URIs.

import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../helpers';

describe('the server keeps nothing of a closed document', function () {
  this.timeout(600_000);

  it('60,000 URIs opened and closed with late configuration answers: the heap after a full GC does not grow with them', () => {
    const child = spawnSync(process.execPath, ['--expose-gc', '--require', 'tsx/cjs', join(ROOT, 'test', 'robustness', 'heap-child.ts'), '60000', '10000'], { cwd: ROOT, encoding: 'utf8', timeout: 560_000 });
    assert.equal(child.status, 0, child.stderr);
    const heaps = JSON.parse(child.stdout) as { cycles: number; heap: number }[];
    assert.equal(heaps.length, 6);
    // The heap after a collection wanders by a few megabytes whatever the count (buffers, compiled code):
    // the least of the first two checkpoints against the least of the last two, over 40,000 URIs of 1,600
    // characters. A late answer that kept a document's config lookup (its path) cost about 2 KB per URI here.
    const early = Math.min(heaps[0].heap, heaps[1].heap);
    const late = Math.min(heaps[4].heap, heaps[5].heap);
    const perUri = (late - early) / (heaps[4].cycles - heaps[0].cycles);
    assert.ok(perUri < 600, `${perUri.toFixed(1)} bytes per URI (${JSON.stringify(heaps)})`);
  });
});
