// The import-graph check `npm test` runs on server/src (`npm run cycles`, .dependency-cruiser.cjs) is not
// blind: it fails on a fixture of two modules that import each other, and on two that name each other's
// types only (a type-only import ties two layers as a runtime one does).

import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../helpers';

function cruise(folder: string) {
  const bin = join(ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');
  return spawnSync(process.execPath, [bin, folder, '--config', '.dependency-cruiser.cjs', '--output-type', 'err'], { cwd: ROOT, encoding: 'utf8' });
}

describe('import-graph check (dependency-cruiser)', function () {
  this.timeout(180_000);

  it('fails on a cycle', () => {
    const result = cruise('test/fixtures/cycles');
    assert.notEqual(result.status, 0);
    assert.match(result.stdout, /no-cycle: test\/fixtures\/cycles\/(parts|labels)\.js/);
  });

  it('fails on a cycle of type-only imports', () => {
    const result = cruise('test/fixtures/cycles-types');
    assert.notEqual(result.status, 0);
    assert.match(result.stdout, /no-cycle: test\/fixtures\/cycles-types\/(model|catalog)\.ts/);
  });

  it('finds no cycle in server/src, type-only imports included', () => {
    const result = cruise('server/src');
    assert.equal(result.status, 0, result.stdout);
  });
});
