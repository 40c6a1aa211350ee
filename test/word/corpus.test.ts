// The real Word files (../shared/corpus/docx): each reads and lints without an exception, its findings match
// the reviewed snapshot (docs/corpus-report-docx.md), and its import lints like the .docx (the same
// structural and text findings; the formatting ones need the file).

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint, lintDocx, readDocx, rules } from '../../server/src/engine';
import { ROOT } from '../helpers';
import { DOCX_CORPUS, docxCorpusFiles, docxFindings, type DocxSnapshot } from './corpus';

const FORMATTING = new Set(rules().filter((rule) => rule.input === 'docx').map((rule) => rule.id));
const files = docxCorpusFiles();

describe('real Word files', function () {
  this.timeout(60_000);
  if (files.length === 0) {
    it.skip('../shared/corpus/docx is absent: the real Word files are not checked');
    return;
  }
  const stored = JSON.parse(readFileSync(join(ROOT, 'test', 'word', 'corpus-snapshot.json'), 'utf8')) as DocxSnapshot;

  it('the snapshot covers every file of the corpus', () => {
    assert.deepEqual(Object.keys(stored.files).sort(), files);
  });

  for (const name of files) {
    describe(name, () => {
      it('reads and lints, and its findings match the snapshot', () => {
        assert.deepEqual(docxFindings(name), stored.files[name]);
      });

      it('its import lints like the .docx', () => {
        const bytes = new Uint8Array(readFileSync(join(DOCX_CORPUS, name)));
        const fromDocx = lintDocx(bytes).diagnostics.filter((d) => !FORMATTING.has(d.rule));
        const imported = `${readDocx(bytes).text}\n`;
        const key = (d: { rule: string; range: { start: { line: number; character: number } } }) => `${d.rule}@${d.range.start.line}:${d.range.start.character}`;
        assert.deepEqual(lint(imported).map(key), fromDocx.map(key));
      });
    });
  }

  it('finds formatting slips the files are known to have (top/bottom 15 mm, left 28 mm)', () => {
    const margins = files.flatMap((name) => lintDocx(new Uint8Array(readFileSync(join(DOCX_CORPUS, name))), { language: 'en' }).diagnostics)
      .filter((d) => d.rule === 'word-margins').map((d) => d.message);
    assert.ok(margins.some((m) => m.startsWith('The top margin is 15 mm')));
    assert.ok(margins.some((m) => m.startsWith('The left margin is 28 mm')));
  });
});
