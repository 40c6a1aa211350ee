// The project's own .docx export passes every formatting rule, and a Word file's text survives the trip
// import -> draft -> export -> read: the export is what the formatting rules ask for, the reader reads back
// what the export wrote.

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintDocx, lintModel, parse, readDocx, rules } from '../../server/src/engine';
import { renderDocxFile } from '../../server/src/engine/render';
import { ROOT } from '../helpers';
import { buildFixture } from './build';
import { DOCX_CORPUS, docxCorpusFiles } from './corpus';

const FORMATTING = new Set(rules().filter((rule) => rule.input === 'docx').map((rule) => rule.id));

async function exported(text: string): Promise<Uint8Array> {
  const model = parse(text);
  return renderDocxFile(model, lintModel(model).diagnostics);
}

/**
 * The words of a text, sorted: nothing lost, nothing added. Order is not compared: the export lays the
 * header out in two columns (left column first) and joins a line that continues a paragraph, as a draft
 * is printed, so lines and their order change while the words do not.
 */
const words = (text: string) => text.split(/\s+/).filter(Boolean).sort();

describe('Word round trip', function () {
  this.timeout(60_000);
  const drafts = [
    join(ROOT, 'examples', 'quyet-dinh-ubnd.vanban'), join(ROOT, 'examples', 'ket-luan-dang.vanban'),
    join(ROOT, 'test', 'render', 'fixtures', 'state-complete.vanban'), join(ROOT, 'test', 'render', 'fixtures', 'party-complete.vanban'),
  ];

  for (const path of drafts) {
    it(`the export of ${path.split('/').pop()} has no formatting finding, and reads back as its text`, async () => {
      const text = readFileSync(path, 'utf8');
      const result = lintDocx(await exported(text), { language: 'en' });
      const formatting = result.diagnostics.filter((d) => FORMATTING.has(d.rule));
      assert.deepEqual(formatting.map((d) => `${d.rule}: ${d.message}`), []);
      assert.ok(result.model.header.issuerLines.length > 0 && result.model.signature, 'the reader recognised the header and the signature of the export');
      assert.deepEqual(words(result.word.text), words(parse(text).lines.map((line) => line.text).join('\n')));
    });
  }

  it('the formatting rules do look at the export: a defect put into a fixture is found', async () => {
    const result = lintDocx(await buildFixture({ margins: { left: 25 } }), { language: 'en' });
    assert.deepEqual(result.diagnostics.filter((d) => FORMATTING.has(d.rule)).map((d) => d.rule), ['word-margins']);
  });

  const corpus = docxCorpusFiles();
  if (corpus.length === 0) it.skip('../shared/corpus/docx is absent: the import round trip of real files is not checked');
  for (const name of corpus) {
    it(`${name}: import then export then read keeps the document's words`, async () => {
      const imported = `${readDocx(new Uint8Array(readFileSync(join(DOCX_CORPUS, name)))).text}\n`;
      const model = parse(imported);
      const findings = lintModel(model).diagnostics;
      const back = readDocx(await renderDocxFile(model, findings)).text;
      // Up to the signer's name: what follows (appendix tables after the signature) is the export's to keep
      // (the render's 'nothing lost' work), not the reader's. Compared in NFC: the export normalises.
      const end = model.signature?.name?.line ?? model.lines.length - 1;
      const kept = imported.split('\n').slice(0, end + 1).join('\n').normalize('NFC');
      const have = counts(words(back.normalize('NFC')));
      const lost = words(kept).filter((word) => !take(have, word));
      assert.deepEqual(lost, [], 'every word of the document comes back');
      // Nothing added but the export's marks for missing parts (the findings' messages).
      const marks = new Set(words(findings.map((d) => d.message).join(' ').normalize('NFC')));
      const extra = [...have].filter(([, n]) => n > 0).map(([word]) => word).filter((word) => !marks.has(word.replace(/^\[|\]$/g, '')) && !marks.has(word));
      const later = new Set(words(imported.normalize('NFC')));
      assert.deepEqual(extra.filter((word) => !later.has(word)), [], 'no word that the document does not hold');
    });
  }
});

function counts(list: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const word of list) out.set(word, (out.get(word) ?? 0) + 1);
  return out;
}

function take(have: Map<string, number>, word: string): boolean {
  const n = have.get(word) ?? 0;
  if (n === 0) return false;
  have.set(word, n - 1);
  return true;
}
