// README.md stays true: its rules table is the one the rules' metadata and pages give, and the commands it
// shows exist.

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rulesTable } from '../scripts/rules-table';
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
});
