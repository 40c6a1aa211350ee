// One protocol module: every custom method name (`vanban/…`) is written in server/src/protocol.ts only,
// and both the desktop and the web client bundles carry the requests of the preview, the export and
// the status item.

import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from './helpers';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : name.endsWith('.ts') ? [path] : [];
  });
}

describe('protocol module', () => {
  it('is the only source that names a custom method', () => {
    const naming = [...sources(join(ROOT, 'server', 'src')), ...sources(join(ROOT, 'client', 'src'))]
      .filter((file) => /['"]vanban\/[a-zA-Z]+['"]/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(ROOT, file));
    assert.deepEqual(naming, [join('server', 'src', 'protocol.ts')]);
  });

  for (const bundle of ['extension.js', join('web', 'extension.js')]) {
    it(`${bundle} asks for the preview, the export and the status through it`, function () {
      const file = join(ROOT, 'dist', bundle);
      if (!existsSync(file)) this.skip(); // built by `npm test` before mocha runs
      const text = readFileSync(file, 'utf8');
      for (const method of ['vanban/preview', 'vanban/renderDocx', 'vanban/documentStatus', 'vanban/documentInfo']) {
        assert.ok(text.includes(`"${method}"`), `${bundle} lacks ${method}`);
      }
      for (const command of ['vanban.preview', 'vanban.exportDocx', 'vanban.selectProfile']) {
        assert.ok(text.includes(`"${command}"`), `${bundle} does not register ${command}`);
      }
    });
  }
});
