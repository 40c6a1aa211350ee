// Every rule has a bad and a good fixture. In a bad fixture, each rule named by a marker (and the
// fixture's own rule) reports exactly on the marked lines; a good fixture gives no error or warning at
// all and no finding of its own rule.

import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint, rules } from '../../server/src/engine';
import { expectations, ROOT } from '../helpers';

const FIXTURES = join(ROOT, 'test', 'fixtures', 'rules');

describe('rule fixtures', () => {
  it('every rule has a fixture folder and every folder names a rule', () => {
    const folders = readdirSync(FIXTURES).sort();
    assert.deepEqual(folders, rules().map((rule) => rule.id).sort());
  });

  // Formatting rules need a Word file: their fixtures are built and checked by test/word/fixtures.test.ts.
  for (const rule of rules().filter((r) => r.input !== 'docx')) {
    describe(rule.id, () => {
      const folder = join(FIXTURES, rule.id);
      const badFiles = existsSync(folder) ? readdirSync(folder).filter((name) => name.startsWith('bad')) : [];
      const goodFiles = existsSync(folder) ? readdirSync(folder).filter((name) => name.startsWith('good')) : [];

      it('has at least one bad and one good fixture', () => {
        assert.ok(badFiles.length > 0, `no bad fixture for ${rule.id}`);
        assert.ok(goodFiles.length > 0, `no good fixture for ${rule.id}`);
      });

      for (const name of badFiles) {
        it(`reports on the marked lines of ${name}`, () => {
          const text = readFileSync(join(folder, name), 'utf8');
          const expected = expectations(text);
          assert.ok(expected.some((e) => e.rule === rule.id), `${name} marks no finding of ${rule.id}`);
          const checked = new Set([rule.id, ...expected.map((e) => e.rule)]);
          const actual = lint(text, { language: 'en' })
            .filter((d) => checked.has(d.rule))
            .map((d) => `${d.range.start.line + 1} ${d.rule}`);
          assert.deepEqual([...new Set(actual)].sort(), [...new Set(expected.map((e) => `${e.line + 1} ${e.rule}`))].sort());
        });
      }

      for (const name of goodFiles) {
        it(`finds nothing wrong in ${name}`, () => {
          const text = readFileSync(join(folder, name), 'utf8');
          const findings = lint(text, { language: 'en' })
            .filter((d) => d.rule === rule.id || d.severity === 'error' || d.severity === 'warning')
            .map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.rule} ${d.message}`);
          assert.deepEqual(findings, []);
        });
      }
    });
  }
});
