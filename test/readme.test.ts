// README.md stays true: its rules table is the one the rules' metadata and pages give, and the commands it
// shows exist.

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rulesTable } from '../scripts/rules-table';
import { spawnSync } from 'node:child_process';
import { ROOT } from './helpers';

describe('README.md', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

  it('holds the rules table the rules give (regenerate with npx tsx scripts/rules-table.ts)', () => {
    const table = /<!-- rules-table:start -->\n([\s\S]*?)\n<!-- rules-table:end -->/.exec(readme)?.[1];
    assert.equal(table, rulesTable());
  });

  it('names npm scripts that exist', () => {
    const scripts = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts as Record<string, string>;
    for (const match of readme.matchAll(/npm run ([\w:-]+)/g)) assert.ok(scripts[match[1]], `npm run ${match[1]}`);
  });

  it('shows the output `npx vanban lint examples/` really prints (the sample is made from examples/)', () => {
    const block = /<!-- sample-output:start -->\n```\n([\s\S]*?)\n```\n<!-- sample-output:end -->/.exec(readme)?.[1];
    assert.ok(block, 'the sample-output block');
    const run = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'lint', 'examples/'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    assert.equal(run.status, 1, run.stderr);
    assert.equal(block, run.stdout.trimEnd(), 'regenerate the block with: node dist/cli.js lint examples/');
  });

  it('documents every lint option and format', () => {
    for (const word of ['--format', 'junit', 'github', 'codequality', 'sarif', '--output-file', '--quiet', '--min-severity', '--shard', '--print-config', '--version', '.vanbanignore', 'VANBAN_STRICT']) {
      assert.ok(readme.includes(word), word);
    }
  });
});
