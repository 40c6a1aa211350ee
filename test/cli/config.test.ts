// `vanban lint` reads each file's nearest .vanbanrc.json, or the one --config names; flags win over it; a
// broken configuration is reported and the defaults are used.

import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { needsShared, ROOT, SEED } from '../helpers';

function vanban(cwd: string, ...args: string[]) {
  return spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), ...args], { encoding: 'utf8', cwd });
}

const rules = (stdout: string) => (JSON.parse(stdout) as { diagnostics: { rule: string; severity: string }[] }[])
  .map((report) => report.diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning').map((d) => d.rule).sort());

describe('vanban lint with configuration files', () => {
  if (needsShared()) return;
  const dir = mkdtempSync(join(tmpdir(), 'vanban-config-'));
  mkdirSync(join(dir, 'drafts', 'inner'), { recursive: true });
  copyFileSync(SEED, join(dir, 'drafts', 'inner', 'seed.vanban'));
  copyFileSync(SEED, join(dir, 'seed.vanban'));
  writeFileSync(join(dir, 'drafts', '.vanbanrc.json'), '// drafts of the office\n{ "rules": { "number-format": "off", "issuer": "warning" } }\n');

  it('applies the nearest .vanbanrc.json above each file', () => {
    const run = vanban(dir, 'lint', '--format', 'json', 'drafts/inner/seed.vanban', 'seed.vanban');
    const [configured, plain] = rules(run.stdout);
    assert.equal(configured.includes('number-format'), false);
    assert.ok(plain.includes('number-format'));
  });

  it('uses the file --config names instead, and lets flags win over it', () => {
    writeFileSync(join(dir, 'other.json'), '{ "rules": { "header-title": "off" }, "language": "en" }');
    const run = vanban(dir, 'lint', '--format', 'json', '--config', 'other.json', 'drafts/inner/seed.vanban');
    const [found] = rules(run.stdout);
    assert.equal(found.includes('header-title'), false);
    assert.ok(found.includes('number-format'), 'the nearest file is not read when --config is given');
    assert.match(run.stdout, /Malformed number and symbol/, 'English from the configuration');
    const flagged = vanban(dir, 'lint', '--format', 'json', '--config', 'other.json', '--lang', 'vi', 'drafts/inner/seed.vanban');
    assert.match(flagged.stdout, /Số và ký hiệu sai định dạng/, 'the --lang flag wins');
  });

  it('reports a broken configuration once, uses the defaults, and goes on', () => {
    writeFileSync(join(dir, 'broken.json'), '{ "rules": { "no-such-rule": "off", "number-format": "loud" }, "profile": "nope" ');
    const run = vanban(dir, 'lint', '--format', 'json', '--config', 'broken.json', 'drafts/inner/seed.vanban', 'seed.vanban');
    assert.equal(run.status, 1);
    const lines = run.stderr.split('\n').filter((line) => line.includes('broken.json'));
    assert.ok(lines.length >= 1, run.stderr);
    assert.equal(new Set(lines).size, lines.length, 'each problem once');
    for (const found of rules(run.stdout)) assert.ok(found.includes('number-format'));
  });

  it('exits 2 when --config names a file that cannot be read', () => {
    assert.equal(vanban(dir, 'lint', '--config', 'missing.json', 'seed.vanban').status, 2);
  });
});
