// Workspace trust: the extension declares that it works in untrusted and virtual workspaces, because its
// configuration is data only. A config file that holds code is refused as data, never run.

import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findConfig, loadConfigFile } from '../../server/src/config';
import { ROOT } from '../helpers';

describe('workspace trust', () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

  it('declares support for untrusted and (limited) virtual workspaces', () => {
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, true);
    assert.equal(manifest.capabilities.virtualWorkspaces.supported, 'limited');
    assert.ok(manifest.capabilities.virtualWorkspaces.description, 'says what is limited');
  });

  it('reads .vanbanrc.json as JSON data: code in it is a problem, and nothing runs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vanban-trust-'));
    const marker = join(dir, 'ran');
    const path = join(dir, '.vanbanrc.json');
    writeFileSync(path, `{ "profile": require('fs').writeFileSync(${JSON.stringify(marker)}, 'x') }`);
    const loaded = loadConfigFile(path);
    assert.ok(loaded.problems.length > 0, 'code is not valid configuration');
    assert.equal(loaded.options.profile, undefined);
    assert.equal(existsSync(marker), false, 'nothing in the file was executed');
  });

  it('looks only for .vanbanrc.json, never a script configuration', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vanban-trust-'));
    writeFileSync(join(dir, '.vanbanrc.js'), 'module.exports = { profile: "nd30" };');
    writeFileSync(join(dir, '.vanbanrc.cjs'), 'module.exports = { profile: "nd30" };');
    assert.equal(findConfig(join(dir, 'draft.vanban'))?.endsWith('.vanbanrc.json') ?? true, true);
    assert.equal(findConfig(join(dir, 'draft.vanban')), undefined);
  });
});
