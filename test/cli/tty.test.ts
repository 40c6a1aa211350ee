// On a terminal: colours by default and a progress bar when many files are checked. A pseudo-terminal
// comes from util-linux `script` (package bsdutils, part of every Debian system).

import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers';
import { CLI, FIXTURES } from './run';

function onTerminal(args: readonly string[], env: NodeJS.ProcessEnv = {}): { code: number | null; screen: string } {
  const command = [process.execPath, CLI, ...args].map((arg) => `'${arg.replace(/'/g, `'\\''`)}'`).join(' ');
  const result = spawnSync('script', ['-qec', command, '/dev/null'], {
    cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: undefined, TERM: 'xterm', ...env },
  });
  if (result.error) throw result.error;
  return { code: result.status, screen: result.stdout };
}

describe('vanban lint on a terminal', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'vanban-tty-'));
    const fixable = readFileSync(join(FIXTURES, 'fixable.vanban'), 'utf8');
    for (let i = 0; i < 25; i++) writeFileSync(join(dir, `d${String(i).padStart(2, '0')}.vanban`), fixable);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('colours severities and draws a progress bar for many files', () => {
    const { code, screen } = onTerminal(['lint', dir]);
    assert.equal(code, 1);
    assert.match(screen, /\x1b\[31merror\x1b\[0m number-format/);
    assert.match(screen, /\[#{30}\] 25\/25/);
    assert.match(screen, /\r\x1b\[K/, 'the bar is cleared before the report');
  });

  it('draws no bar for a few files and honours NO_COLOR', () => {
    const { screen } = onTerminal(['lint', join(FIXTURES, 'fixable.vanban')], { NO_COLOR: '1' });
    assert.doesNotMatch(screen, /\x1b\[/);
    assert.doesNotMatch(screen, /\] 1\/1/);
    assert.match(screen, /error number-format/);
  });
});
