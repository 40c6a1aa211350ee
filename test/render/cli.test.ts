// `vanban render` through its entry function runRender (the lead wires it into the CLI's main): HTML
// and .docx written where asked, usage errors, and no silent overwrite.

import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runRender } from '../../server/src/cli/render';
import { needsTool } from '../helpers';
import { FIXTURES, unzipText } from './tools';

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runRender(argv, (s) => { stdout += s; }, (s) => { stderr += s; });
  return { code, stdout, stderr };
}

describe('vanban render', () => {
  let dir: string;
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'vanban-render-')); });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a standalone print-ready HTML page', async () => {
    const out = join(dir, 'page.html');
    const result = await run('render', '--to', 'html', join(FIXTURES, 'state-complete.vanban'), '-o', out);
    assert.equal(result.code, 0, result.stderr);
    const html = readFileSync(out, 'utf8');
    assert.match(html, /^<!DOCTYPE html>/);
    assert.match(html, /@page\{size:A4;margin:20mm 15mm 20mm 30mm/);
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-[^']+';/);
    assert.doesNotMatch(html, /<script/);
    assert.match(html, /<title>state-complete\.vanban<\/title>/);
    assert.match(html, /Độc lập - Tự do - Hạnh phúc/);
  });

  it('writes HTML to standard output without -o', async () => {
    const result = await run('--to', 'html', join(FIXTURES, 'party-complete.vanban'));
    assert.equal(result.code, 0);
    assert.match(result.stdout, /ĐẢNG CỘNG SẢN VIỆT NAM/);
  });

  describe('.docx', () => {
    if (needsTool('unzip')) return;
    it('writes a .docx, the format taken from the extension', async () => {
      const out = join(dir, 'thong-bao.docx');
      const result = await run(join(FIXTURES, 'party-complete.vanban'), '-o', out);
      assert.equal(result.code, 0, result.stderr);
      assert.match(unzipText(out, 'word/document.xml'), /Phạm Quang Huy/);
    });
  });

  it('does not overwrite a file without --force', async () => {
    const out = join(dir, 'taken.docx');
    writeFileSync(out, 'keep me');
    const refused = await run('--to', 'docx', join(FIXTURES, 'party-complete.vanban'), '-o', out);
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /đã có; thêm --force/);
    assert.equal(readFileSync(out, 'utf8'), 'keep me');
    const forced = await run('--to', 'docx', join(FIXTURES, 'party-complete.vanban'), '-o', out, '--force');
    assert.equal(forced.code, 0);
    assert.notEqual(readFileSync(out, 'utf8'), 'keep me');
  });

  it('exits 2 on usage and input errors', async () => {
    assert.equal((await run('--to', 'pdf', join(FIXTURES, 'party-complete.vanban'), '-o', join(dir, 'x.pdf'))).code, 2);
    assert.equal((await run('--to', 'docx', join(FIXTURES, 'party-complete.vanban'))).code, 2);
    assert.equal((await run()).code, 2);
    const missing = await run('--to', 'html', join(dir, 'nowhere.vanban'), '-o', join(dir, 'x.html'));
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /không đọc được/);
    assert.ok(!existsSync(join(dir, 'x.html')));
  });
});
