// Every rule has its documentation page, and every page documents a rule, citing the regulation.

import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rules } from '../server/src/engine';
import { ROOT } from './helpers';

const DOCS = join(ROOT, 'docs', 'rules');

describe('rule documentation', () => {
  it('has one page per rule and no page without a rule', () => {
    const pages = readdirSync(DOCS).filter((name) => name.endsWith('.md')).map((name) => name.slice(0, -3)).sort();
    assert.deepEqual(pages, rules().map((rule) => rule.id).sort());
  });

  for (const rule of rules()) {
    it(`documents ${rule.id} with what, why, a wrong and a right example, and the fix`, () => {
      const page = readFileSync(join(DOCS, `${rule.id}.md`), 'utf8');
      assert.ok(page.startsWith(`# ${rule.id}\n`), 'title is the rule id');
      for (const section of ['## What it checks', '## Why', '## Wrong', '## Right', '## Fix']) {
        assert.ok(page.includes(section), `missing section ${section}`);
      }
      assert.match(page, /HD 36|NĐ 30|Quy định|Luật|399-QĐ|orthography|TCVN|NĐ 78/, 'cites a regulation');
    });
  }
});
