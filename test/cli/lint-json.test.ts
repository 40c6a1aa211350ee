// `vanban lint` as a process: the JSON of design section 5 and the exit codes.

import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { needsShared, ROOT, SEED } from '../helpers';

function vanban(...args: string[]) {
  const run = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), ...args], { encoding: 'utf8', cwd: ROOT });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('vanban lint', () => {
  it('walks folders for *.vanban: the two clean examples and the draft with slips (exit 1)', () => {
    const run = vanban('lint', 'examples', '--format', 'json');
    assert.equal(run.code, 1, run.stderr);
    const reports = JSON.parse(run.stdout) as { file: string; diagnostics: unknown[] }[];
    assert.deepEqual(reports.map((r) => [r.file, r.diagnostics.length > 0]).sort(), [
      [join('examples', 'ket-luan-dang.vanban'), false], [join('examples', 'quyet-dinh-ubnd.vanban'), false], [join('examples', 'thong-bao-nhap.vanban'), true],
    ]);
  });

  it('exits 2 on a missing file or a bad option', () => {
    assert.equal(vanban('lint', 'no/such/file.vanban').code, 2);
    assert.equal(vanban('lint', 'examples', '--profile', 'nope').code, 2);
    assert.equal(vanban('frobnicate').code, 2);
  });

  describe('on the seed', () => {
    if (needsShared()) return;
    it('prints one JSON object per file with 0-based ranges, and exits 1 on errors', () => {
      const run = vanban('lint', SEED, '--format', 'json');
      assert.equal(run.code, 1);
      const [report] = JSON.parse(run.stdout);
      assert.equal(report.file, SEED);
      assert.equal(report.profile, 'auto');
      const numberFormat = report.diagnostics.find((d: { rule: string }) => d.rule === 'number-format');
      assert.deepEqual(Object.keys(numberFormat).sort(), ['message', 'range', 'rule', 'severity']);
      assert.deepEqual(numberFormat.range, { start: { line: 5, character: 0 }, end: { line: 5, character: 16 } });
      assert.equal(numberFormat.severity, 'error');
    });

    it('prints file:line:col severity rule message as text', () => {
      const run = vanban('lint', SEED, '--lang', 'en');
      assert.match(run.stdout, /000_4b08c1917d0a3bce\.txt:6:1 error number-format Malformed number and symbol/);
    });
  });
});
