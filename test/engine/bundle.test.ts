// dist/engine.js is a CommonJS library others can require: parse(text) and lint(text, options).

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { needsShared, ROOT, SEED } from '../helpers';

describe('dist/engine.js', () => {
  if (needsShared()) return;
  it('is a CommonJS module exporting parse and lint', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const engine = require(join(ROOT, 'dist', 'engine.js')) as typeof import('../../server/src/engine');
    const text = readFileSync(SEED, 'utf8');
    assert.equal(engine.parse(text).regime, 'dang');
    const diagnostics = engine.lint(text, { language: 'en' });
    assert.deepEqual(Object.keys(diagnostics[0]).filter((key) => key !== 'fix' && key !== 'part').sort(), ['message', 'range', 'rule', 'severity']);
    assert.equal(diagnostics.find((d) => d.rule === 'number-format')?.range.start.line, 5);
  });
});
