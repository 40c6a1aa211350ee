// The reader's boundary as ESLint enforces it in `npm test`: the rules and the render read the model and
// its view (model.ts), never the reader's files under engine/parse; the rest of the engine may.

import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { ROOT } from '../helpers';

describe('reader boundary (ESLint)', function () {
  this.timeout(60_000);
  const eslint = new ESLint({ cwd: ROOT });
  const errors = async (file: string, code: string) => {
    const [result] = await eslint.lintText(code, { filePath: join(ROOT, file) });
    return result.messages.filter((message) => message.ruleId === 'vanban/reader-boundary').map((message) => message.message);
  };
  const reaching = [
    "import { maskComments } from '../parse/directives';",
    "import type { LineMemo } from '../parse/memo';",
    "export { parse } from '../parse/parse';",
    'export const used = [maskComments];',
  ].join('\n');

  it('refuses engine/parse in a rule, a rule support file and the render', async () => {
    assert.equal((await errors('server/src/engine/rules/probe.ts', reaching)).length, 3);
    assert.equal((await errors('server/src/engine/rules/support/probe.ts', reaching.replaceAll("'../parse/", "'../../parse/"))).length, 3);
    assert.equal((await errors('server/src/engine/render/probe.ts', reaching)).length, 3);
  });

  it('lets them read the model, the text helpers and the catalogue', async () => {
    const code = "import type { DocumentModel } from '../model';\nimport { splitCells } from '../text/source';\nimport { MOTTO } from '../catalog/conventions';\nexport const used = [splitCells, MOTTO];";
    assert.deepEqual(await errors('server/src/engine/rules/probe.ts', code), []);
  });

  it('leaves the rest of the engine free to call the reader', async () => {
    assert.deepEqual(await errors('server/src/engine/service/probe.ts', reaching), []);
  });

  it('holds on the code as it stands', async () => {
    const results = await eslint.lintFiles(['server/src/engine/rules/**/*.ts', 'server/src/engine/render/**/*.ts']);
    const found = results.flatMap((result) => result.messages.filter((message) => message.ruleId === 'vanban/reader-boundary').map((message) => `${result.filePath}: ${message.message}`));
    assert.deepEqual(found, []);
  });
});
