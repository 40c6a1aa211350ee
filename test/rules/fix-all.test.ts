// Safe fixes converge: fix-all applied to a text leaves nothing safe to fix, and applying it a second time
// changes nothing. Checked on every bad fixture and on the real corpus, whose texts are full of slips.

import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fixAll, fixEdits, lint } from '../../server/src/engine';
import { corpusFiles, needsShared, ROOT } from '../helpers';

const FIXTURES = join(ROOT, 'test', 'fixtures', 'rules');

function texts(): [string, string][] {
  const found: [string, string][] = [];
  for (const rule of readdirSync(FIXTURES)) {
    for (const name of readdirSync(join(FIXTURES, rule)).filter((n) => n.startsWith('bad'))) {
      found.push([`${rule}/${name}`, readFileSync(join(FIXTURES, rule, name), 'utf8')]);
    }
  }
  for (const path of corpusFiles()) found.push([`corpus/${basename(path)}`, readFileSync(path, 'utf8')]);
  return found;
}

describe('fix-all', () => {
  needsShared(); // the corpus part; the fixtures run anyway
  for (const [name, text] of texts()) {
    it(`converges on ${name}`, () => {
      const once = fixAll(text).text;
      assert.equal(fixAll(once).text, once, 'a second fix-all changes nothing');
      assert.deepEqual(fixEdits(lint(once)), [], 'nothing safe is left to fix');
      // Line count and line endings are kept: fixes touch only their own range.
      assert.equal(once.split(/\r\n|\n|\r/).length, text.split(/\r\n|\n|\r/).length);
    });
  }
});
