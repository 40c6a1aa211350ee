// Finding and loading the nearest `.vanbanrc.json` on disk (used by the server and the CLI).

import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findConfig, loadConfigFile, loadConfigFor } from '../../server/src/config';
import { localize } from '../../server/src/engine';

describe('config: loading from disk', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'vanban-config-'));
    mkdirSync(join(root, 'a', 'b', 'c'), { recursive: true });
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('finds the nearest file upward from the document', () => {
    writeFileSync(join(root, '.vanbanrc.json'), '{ "profile": "nd30" }');
    writeFileSync(join(root, 'a', 'b', '.vanbanrc.json'), '{ "profile": "dang-hd36" }');
    assert.equal(findConfig(join(root, 'a', 'b', 'c', 'draft.vanban')), join(root, 'a', 'b', '.vanbanrc.json'));
    assert.equal(findConfig(join(root, 'a', 'draft.vanban')), join(root, '.vanbanrc.json'));
    const loaded = loadConfigFor(join(root, 'a', 'b', 'c', 'draft.vanban'));
    assert.equal(loaded.options.profile, 'dang-hd36');
    assert.equal(loaded.configPath, join(root, 'a', 'b', '.vanbanrc.json'));
    assert.deepEqual(loaded.problems, []);
  });

  it('gives the defaults and no path when there is no file', () => {
    const loaded = loadConfigFor(join(root, 'a', 'b', 'c', 'draft.vanban'));
    // A file further up (outside the temporary folder) would be found too: only check what this folder gives.
    if (loaded.configPath && !loaded.configPath.startsWith(root)) return assert.ok(loaded.configPath.endsWith('.vanbanrc.json'));
    assert.deepEqual(loaded, { options: {}, problems: [] });
  });

  it('reports a broken file with its path and uses the defaults', () => {
    writeFileSync(join(root, '.vanbanrc.json'), '\uFEFF{ "profile": ');
    const loaded = loadConfigFor(join(root, 'a', 'draft.vanban'));
    assert.deepEqual(loaded.options, {});
    assert.equal(loaded.configPath, join(root, '.vanbanrc.json'));
    assert.equal(loaded.problems[0].severity, 'error');
    assert.match(localize('en', loaded.problems[0].message), /not valid JSON/);
  });

  it('reports a file that cannot be read', () => {
    const loaded = loadConfigFile(join(root, 'missing.json'));
    assert.equal(loaded.problems.length, 1);
    assert.match(localize('en', loaded.problems[0].message), /cannot be read/);
  });
});
