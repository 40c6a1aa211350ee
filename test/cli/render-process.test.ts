// `vanban render` through the command dispatcher, as a process.

import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers';

function vanban(...args: string[]) {
  return spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), ...args], { encoding: 'utf8', cwd: ROOT });
}

describe('vanban render (process)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vanban-render-'));

  it('writes a .docx and a print-ready HTML page, and refuses to overwrite without --force', () => {
    const docx = join(dir, 'ket-luan.docx');
    const first = vanban('render', '--to', 'docx', 'examples/ket-luan-dang.vanban', '-o', docx);
    assert.equal(first.status, 0, first.stderr);
    assert.equal(readFileSync(docx).subarray(0, 2).toString('latin1'), 'PK');
    assert.equal(vanban('render', '--to', 'docx', 'examples/ket-luan-dang.vanban', '-o', docx).status, 2);
    const html = vanban('render', '--to', 'html', 'examples/quyet-dinh-ubnd.vanban');
    assert.equal(html.status, 0, html.stderr);
    assert.match(html.stdout, /<html[\s>]/);
    assert.match(html.stdout, /@page/);
    assert.match(html.stdout, /QUYẾT ĐỊNH/);
  });

  it('lists render in the usage', () => {
    assert.match(vanban('--help').stdout, /vanban render --to html\|docx/);
  });
});
