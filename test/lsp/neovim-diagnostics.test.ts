// A second real LSP client: Neovim's built-in client starts `dist/server.js --stdio` and shows the seed's
// diagnostics. CI installs Debian's neovim.

import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { needs, ROOT, SEED } from '../helpers';

describe('Neovim as an LSP client: diagnostics', function () {
  this.timeout(60000);
  if (needs('shared', 'nvim')) return;

  it('shows the seed’s findings from the server over stdio', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vanban-nvim-'));
    const draft = join(dir, 'ket-luan.vanban');
    copyFileSync(SEED, draft);
    const run = spawnSync('nvim', ['--headless', '--clean', '-n', '-i', 'NONE', '-c', `luafile ${join(ROOT, 'test', 'lsp', 'neovim', 'diagnostics.lua')}`, draft], {
      cwd: dir, encoding: 'utf8', timeout: 45000,
      env: { ...process.env, VANBAN_SERVER: join(ROOT, 'dist', 'server.js'), XDG_STATE_HOME: dir, XDG_DATA_HOME: dir, XDG_CONFIG_HOME: dir },
    });
    const output = `${run.stdout}${run.stderr}`;
    assert.doesNotMatch(output, /TIMEOUT/, output);
    const found = output.split(/\r?\n/).filter((line) => line.startsWith('{')).map((line) => JSON.parse(line) as { line: number; code: string; severity: number });
    const problems = found.filter((d) => d.severity <= 2).map((d) => `${d.code}@${d.line + 1}`).sort();
    assert.deepEqual(problems, ['header-title@4', 'issuer@4', 'number-format@6', 'recipients-format@79'].sort());
  });
});
