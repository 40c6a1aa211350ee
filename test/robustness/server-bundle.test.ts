// What the language server loads at start, and so keeps in memory while it runs (bench/memory.ts): the
// .docx writer is a file of its own, loaded on the first export only (the export itself over LSP is
// test/render/lsp.test.ts, from the command line test/word/cli.test.ts); and every Node script is stored
// one byte a character (scripts/editor/one-byte-source.mjs), which holds only while each escape it writes
// means what the character meant.

import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers';

const DIST = join(ROOT, 'dist');

describe('the Node bundles as the server loads them', () => {
  const inputs = JSON.parse(readFileSync(join(DIST, 'inputs.json'), 'utf8')) as Record<string, string[]>;

  it('leaves the docx package and the writer out of the server bundle, in a file of their own', () => {
    const docx = (file: string) => file.startsWith('node_modules/docx/') || file === 'server/src/engine/render/docx.ts';
    assert.deepEqual(inputs['vanban.js'].filter(docx), []);
    assert.ok(inputs['render-docx.js'].some((file) => file.startsWith('node_modules/docx/')), 'the writer bundle holds the docx package');
    assert.ok(inputs['render-docx.js'].includes('server/src/engine/render/docx.ts'));
    assert.match(readFileSync(join(DIST, 'vanban.js'), 'utf8'), /require\("\.\/render-docx\.js"\)/);
  });

  it('does not load the writer when the bundle starts, and loads it for an export', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vanban-writer-'));
    try {
      const out = join(dir, 'out.docx');
      // The command line of the same bundle exports a draft: the writer is required then, not before.
      const script = [
        "const vanban = require('./dist/vanban.js');",
        "const loaded = () => Object.keys(require.cache).some((file) => file.endsWith('render-docx.js'));",
        "process.stderr.write(`at start: ${loaded()}\\n`);",
        "process.on('exit', () => process.stderr.write(`at exit: ${loaded()}\\n`));",
        `process.argv = [process.argv[0], 'vanban', 'render', '--to', 'docx', 'examples/quyet-dinh-ubnd.vanban', '-o', ${JSON.stringify(out)}];`,
        'vanban.runCommandLine();',
      ].join('\n');
      const run = spawnSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8' });
      assert.equal(run.status, 0, run.stderr);
      assert.match(run.stderr, /at start: false\n/);
      assert.match(run.stderr, /at exit: true\n/);
      assert.equal(readFileSync(out).subarray(0, 4).toString('binary'), 'PK\u0003\u0004', 'a .docx (zip) was written');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stores every Node script one byte a character', () => {
    for (const file of ['vanban.js', 'render-docx.js', 'extension.js', 'web/server.js']) {
      const wide = /[^\x00-\xff]/u.exec(readFileSync(join(DIST, file), 'utf8'));
      assert.equal(wide, null, `${file} holds ${wide?.[0]} at ${wide?.index}`);
    }
  });
});

describe('one-byte sources (the escapes the build writes)', () => {
  let oneByteSource: (code: string) => string;
  before(async () => {
    ({ oneByteSource } = await import('../../scripts/editor/one-byte-source.mjs'));
  });

  it('writes patterns and comments with \\u escapes that match what the characters matched', () => {
    const code = [
      "// Nơi nhận: 😀",
      "const a = /^Nơi nh(?:ận|ân)\\s*:/iu;",
      "const b = /[à-ạ]+/;",
      "const c = /[😀đ]/u;",
      "const d = /😀+/;",
      "module.exports = { a, b, c, d };",
    ].join('\n');
    const escaped = oneByteSource(code);
    assert.equal(/[^\x00-\xff]/u.test(escaped), false);
    assert.match(escaped, /\/\/ N\\u01A1i nh\\u1EADn: \\uD83D\\uDE00/);
    const load = (source: string) => {
      const module = { exports: {} as Record<string, RegExp> };
      new Function('module', source)(module);
      return module.exports;
    };
    const before = load(code);
    const after = load(escaped);
    const samples = ['Nơi nhận:', 'NƠI NHÂN :', 'Noi nhan:', 'àạ', 'ả', '😀', '😀😀', '\uD83D', 'đ', 'x'];
    for (const key of Object.keys(before)) {
      assert.equal(after[key].flags, before[key].flags);
      for (const sample of samples) assert.deepEqual(after[key].exec(sample), before[key].exec(sample), `${key} on ${sample}`);
    }
  });

  it('refuses an escaped character it cannot rewrite', () => {
    assert.throws(() => oneByteSource('const a = /\\đ/;'), /escaped character above U\+00FF/);
    assert.equal(oneByteSource('const a = "ascii";'), 'const a = "ascii";');
  });
});
