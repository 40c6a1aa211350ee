// The fixture tests every folder of marked drafts shares: a `bad*` draft gives exactly the findings its
// `<!-- expect: rule -->` markers name (every error and warning, and every finding of a marked rule), a
// `good*` draft gives no error or warning.

import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../server/src/engine';
import { expectations } from './helpers';

/** Defines one test per draft in `dir` (inside the caller's describe). */
export function markedFixtureTests(dir: string): void {
  for (const name of readdirSync(dir).sort()) {
    const text = readFileSync(join(dir, name), 'utf8');
    if (name.startsWith('bad')) {
      it(`${name}: exactly the marked findings`, () => {
        const expected = expectations(text);
        assert.ok(expected.length > 0, `${name} marks nothing`);
        const marked = new Set(expected.map((e) => e.rule));
        const actual = lint(text, { language: 'en' })
          .filter((d) => d.severity === 'error' || d.severity === 'warning' || marked.has(d.rule))
          .map((d) => `${d.range.start.line + 1} ${d.rule}`);
        assert.deepEqual(actual.sort(), expected.map((e) => `${e.line + 1} ${e.rule}`).sort());
      });
    } else {
      it(`${name}: no error or warning`, () => {
        const findings = lint(text, { language: 'en' })
          .filter((d) => d.severity === 'error' || d.severity === 'warning')
          .map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.rule} ${d.message}`);
        assert.deepEqual(findings, []);
      });
    }
  }
}
