// The test harness itself: a suite whose requirement is absent is skipped in one line that says how to
// enable it; VANBAN_STRICT=1 (set by .ci/run) turns that skip into a failure; a failing run ends even when
// a test leaves a handle open.

import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers';

const MOCHA = join(ROOT, 'node_modules', 'mocha', 'bin', 'mocha.js');

function mocha(spec: string, env: NodeJS.ProcessEnv) {
  // The project's own configuration (require, exit...) but only this spec: a config's spec list would add to it.
  const config = JSON.parse(readFileSync(join(ROOT, '.mocharc.json'), 'utf8')) as { require: string[]; extension: string[]; exit?: boolean };
  const args = [
    '--no-config', ...config.require.flatMap((r) => ['--require', r]), ...config.extension.flatMap((e) => ['--extension', e]),
    ...(config.exit ? ['--exit'] : []), '--reporter', 'spec', spec,
  ];
  const run = spawnSync(process.execPath, [MOCHA, ...args], {
    cwd: ROOT, encoding: 'utf8', timeout: 30_000, env: { ...process.env, NO_COLOR: '1', ...env },
  });
  return { code: run.status, signal: run.signal, out: `${run.stdout}${run.stderr}` };
}

describe('test harness', function () {
  this.timeout(90_000);
  const needs = join('test', 'fixtures', 'harness', 'needs.spec.ts');

  it('skips a suite without ../shared in one line saying how to enable it', () => {
    const run = mocha(needs, { VANBAN_SHARED: join(ROOT, 'no-such-shared'), VANBAN_STRICT: '' });
    assert.equal(run.code, 0, run.out);
    const skipped = run.out.split('\n').filter((line) => /skipped/.test(line));
    assert.equal(skipped.length, 1, run.out);
    assert.match(skipped[0], /skipped: needs \.\.\/shared .* to enable: .*VANBAN_SHARED/);
    assert.match(run.out, /0 passing[\s\S]*1 pending/);
  });

  it('fails that skip under VANBAN_STRICT=1', () => {
    const run = mocha(needs, { VANBAN_SHARED: join(ROOT, 'no-such-shared'), VANBAN_STRICT: '1' });
    assert.equal(run.code, 1, run.out);
    assert.match(run.out, /VANBAN_STRICT=1 turns this skip into a failure/);
  });

  it('ends a failing run even when a test leaves a server listening', () => {
    const run = mocha(join('test', 'fixtures', 'harness', 'leak.spec.ts'), {});
    assert.equal(run.signal, null, 'mocha hung and was killed');
    assert.equal(run.code, 1, run.out);
  });
});
