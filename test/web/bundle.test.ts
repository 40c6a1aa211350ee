// The browser bundles carry no Node API: the build guard rejects a Node built-in, and the real bundles
// (built by `npm test` before mocha) exist and never call require().

import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { ROOT } from '../helpers';

describe('browser bundles', () => {
  it('fails a browser build that pulls in a Node built-in', async () => {
    const { noNodeBuiltins } = await import('../../scripts/editor/no-node-builtins.mjs');
    const dir = mkdtempSync(join(tmpdir(), 'vanban-guard-'));
    try {
      const entry = join(dir, 'entry.ts');
      writeFileSync(entry, "import { join } from 'path';\nimport { readFileSync } from 'node:fs';\nexport const x = readFileSync(join('a', 'b'));\n");
      await assert.rejects(
        esbuild.build({ entryPoints: [entry], bundle: true, write: false, platform: 'browser', logLevel: 'silent', plugins: [noNodeBuiltins] }),
        (error: Error) => /Node built-in "path"/.test(error.message) && /Node built-in "node:fs"/.test(error.message),
      );
      const clean = join(dir, 'clean.ts');
      writeFileSync(clean, "import { parse } from '" + join(ROOT, 'server/src/engine').replace(/\\/g, '/') + "';\nexport const m = parse('x');\n");
      const result = await esbuild.build({ entryPoints: [clean], bundle: true, write: false, platform: 'browser', logLevel: 'silent', plugins: [noNodeBuiltins] });
      assert.equal(result.errors.length, 0, 'the engine builds for the browser');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  for (const bundle of ['dist/web/server.js', 'dist/web/extension.js']) {
    it(`${bundle} has no require() of a Node module`, () => {
      const text = readFileSync(join(ROOT, bundle), 'utf8');
      const required = [...text.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
      assert.deepEqual(required.filter((name) => name !== 'vscode'), []);
    });
  }
});
