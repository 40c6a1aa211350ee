// Every rule has its page in docs/rules/<id>.md and every page names a rule. A page states the rule's
// severity, regimes and fix class, which must agree with the rule and with what its fixes really do on
// the rule's bad fixtures.

import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint, rules } from '../../server/src/engine';
import { ROOT } from '../helpers';

const PAGES = join(ROOT, 'docs', 'rules');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'rules');
const SECTIONS = ['## What it checks', '## Why', '## Wrong', '## Right', '## Fix'];

describe('rule pages', () => {
  const ids = new Set(rules().map((rule) => rule.id));

  it('every page names a rule', () => {
    const orphans = readdirSync(PAGES).filter((name) => name.endsWith('.md')).map((name) => name.slice(0, -3)).filter((id) => !ids.has(id));
    assert.deepEqual(orphans, []);
  });

  it('every rule of the catalogue has a page', () => {
    const missing = rules().filter((rule) => !existsSync(join(PAGES, `${rule.id}.md`))).map((rule) => rule.id);
    assert.deepEqual(missing, []);
  });

  it('the catalogue has at least 40 rules', () => {
    assert.ok(rules().length >= 40, `${rules().length} rules`);
  });

  for (const rule of rules()) {
    it(`${rule.id}: the page agrees with the rule and its fixes`, () => {
      const page = readFileSync(join(PAGES, `${rule.id}.md`), 'utf8');
      assert.ok(page.startsWith(`# ${rule.id}\n`), 'title');
      const meta = /^Severity: (\w+) · Regimes: ([a-z0-9, ]+) · Fix: (safe|guarded|suggest|none)$/m.exec(page);
      assert.ok(meta, 'the Severity · Regimes · Fix line');
      assert.equal(meta[1], rule.severity);
      assert.deepEqual(meta[2].split(', ').sort(), [...rule.regimes].sort());
      let at = -1;
      for (const section of SECTIONS) {
        const next = page.indexOf(`\n${section}\n`);
        assert.ok(next > at, `section ${section} in order`);
        at = next;
      }
      assert.match(page, /## Wrong\n\n```\n[^`]+```/);
      assert.match(page, /## Right\n\n```\n[^`]+```/);
      // What the fixes do on the bad fixtures matches the class the page states.
      const folder = join(FIXTURES, rule.id);
      const safeties = new Set<string>();
      for (const name of readdirSync(folder).filter((n) => n.startsWith('bad'))) {
        for (const d of lint(readFileSync(join(folder, name), 'utf8'))) if (d.rule === rule.id && d.fix) safeties.add(d.fix.safety);
      }
      if (meta[3] === 'none') assert.deepEqual([...safeties], [], 'a rule documented without a fix offers none');
      else assert.ok(safeties.has(meta[3]), `a ${meta[3]} fix on a bad fixture (found: ${[...safeties].join(', ') || 'none'})`);
    });
  }
});
