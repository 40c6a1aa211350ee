// The formatting rules' fixtures: each test/fixtures/rules/<word rule>/{bad,good}*.docx.json names one
// deliberate defect of a Word file the project builds with the `docx` package (test/word/build.ts). A bad
// fixture gives exactly the formatting findings it expects (no other formatting rule fires); a good one
// gives no formatting finding and no error or warning at all.

import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint, lintDocx, rules } from '../../server/src/engine';
import { ROOT } from '../helpers';
import { buildFixture, type WordFixture } from './build';

const FIXTURES = join(ROOT, 'test', 'fixtures', 'rules');
const FORMATTING = new Set(rules().filter((rule) => rule.input === 'docx').map((rule) => rule.id));

describe('formatting rules on Word fixtures', function () {
  this.timeout(60_000);

  it('there are formatting rules, each with a bad and a good Word fixture', () => {
    assert.ok(FORMATTING.size >= 10, `${FORMATTING.size} formatting rules`);
    for (const id of FORMATTING) {
      const names = readdirSync(join(FIXTURES, id));
      assert.ok(names.some((n) => n.startsWith('bad') && n.endsWith('.docx.json')), `${id}: a bad fixture`);
      assert.ok(names.some((n) => n.startsWith('good') && n.endsWith('.docx.json')), `${id}: a good fixture`);
    }
  });

  it('formatting rules never run on a plain draft', () => {
    const draft = readFileSync(join(ROOT, 'examples', 'quyet-dinh-ubnd.vanban'), 'utf8');
    assert.deepEqual(lint(draft).filter((d) => FORMATTING.has(d.rule)), []);
  });

  for (const id of FORMATTING) {
    for (const name of readdirSync(join(FIXTURES, id)).filter((n) => n.endsWith('.docx.json')).sort()) {
      it(`${id}/${name}`, async () => {
        const fixture = JSON.parse(readFileSync(join(FIXTURES, id, name), 'utf8')) as WordFixture;
        const result = lintDocx(await buildFixture(fixture.defect), { language: 'en' });
        assert.equal(result.regime, fixture.defect?.regime ?? 'nd30');
        const formatting = result.diagnostics.filter((d) => FORMATTING.has(d.rule));
        assert.deepEqual([...new Set(formatting.map((d) => d.rule))].sort(), [...fixture.expect].sort(),
          formatting.map((d) => `${d.rule}: ${d.message}`).join('\n'));
        // A figure the digest has only from third-party transcriptions is information, never more.
        if (name.includes('dang-') && id !== 'word-part-size') assert.ok(formatting.every((d) => d.severity === 'info'), 'UNVERIFIED Party figures are information');
        if (name.startsWith('good')) {
          const serious = result.diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning');
          assert.deepEqual(serious.map((d) => `${d.rule}: ${d.message}`), []);
        }
        // Every finding says where: a paragraph of the file and a line of the extracted text.
        for (const d of formatting) assert.ok(result.word.paragraphOfLine[d.range.start.line] !== undefined);
      });
    }
  }
});

describe('the Word files the editor tests and the screenshot open', () => {
  for (const [name, expected] of [
    ['bao-cao-le-tren-15mm.docx', ['word-margins']],
    ['bao-cao-dinh-dang-sai.docx', ['word-first-line-indent', 'word-margins', 'word-paragraph-spacing', 'word-part-emphasis', 'word-part-size']],
  ] as const) {
    it(`${name} gives the findings they show`, () => {
      const result = lintDocx(new Uint8Array(readFileSync(join(ROOT, 'test', 'editor', 'fixtures', name))), { language: 'en' });
      assert.deepEqual([...new Set(result.diagnostics.filter((d) => FORMATTING.has(d.rule)).map((d) => d.rule))].sort(), [...expected]);
    });
  }
});
