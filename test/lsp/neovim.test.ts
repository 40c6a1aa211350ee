// Another real client: Neovim's built-in LSP client (Debian's nvim 0.7) runs the server, applies the
// "insert the title" quick fix and source.fixAll with its own edit code (UTF-16 columns over Vietnamese
// text), and asks for hover and symbols. Neovim 0.7 does not offer workspace/configuration, so the
// server speaks its default language, Vietnamese.

import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { needsTool, ROOT } from '../helpers';

describe('Neovim LSP client', function () {
  this.timeout(60000);
  if (needsTool('nvim')) return;

  it('inserts the missing title, fixes all safe problems, hovers and lists symbols', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vanban-nvim-'));
    try {
      const flawed = readFileSync(join(ROOT, 'test', 'fixtures', 'lsp', 'dang-flawed.vanban'), 'utf8');
      const draft = join(dir, 'draft.vanban');
      writeFileSync(draft, flawed);
      const out = join(dir, 'out.json');
      const run = spawnSync('nvim', ['--headless', '--clean', '-n', '-i', 'NONE', '-c', `luafile ${join(__dirname, 'neovim', 'drive.lua')}`, draft], {
        cwd: dir, env: { ...process.env, VANBAN_OUT: out, VANBAN_SERVER: join(ROOT, 'dist', 'server.js'), VANBAN_INSERT_TITLE: 'Chèn tiêu đề ĐẢNG CỘNG SẢN VIỆT NAM' }, timeout: 50000, encoding: 'utf8',
      });
      assert.equal(run.error, undefined, String(run.error));
      const result = JSON.parse(readFileSync(out, 'utf8'));
      assert.equal(result.attached, true, 'no diagnostics reached Neovim');
      assert.equal(result.diagnostics, 5);
      assert.equal(result.inserted, true, `the insert-title action was not offered: ${result.titles.join(' | ')}`);
      assert.equal(result.afterInsert, true, 'the title finding did not go');
      assert.equal(result.fixAll, 'Sửa mọi lỗi sửa được an toàn');
      assert.equal(result.afterFixAll, true, 'findings remain after fix-all');
      const expected = `ĐẢNG CỘNG SẢN VIỆT NAM\n${flawed}`
        .replace('Số 2 - KL/BTCTW', 'Số 02-KL/BTCTW')
        .replace('ngày 5 tháng 3', 'ngày 05 tháng 3')
        .replace('- Các tỉnh ủy, thành ủy;', '- Các tỉnh ủy, thành ủy,')
        .replace('- Lưu Văn phòng\n', '- Lưu Văn phòng.\n')
        .replace(/\n$/, '');
      assert.equal(result.text, expected);
      assert.match(result.hover, /- BTCTW: Ban Tổ chức Trung ương/);
      assert.deepEqual(result.symbols.slice(0, 2), ['Phần đầu văn bản', 'KẾT LUẬN']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
