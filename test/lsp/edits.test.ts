// The edits behind the code actions, on the real corpus and on generated texts: each insertion of a
// missing part silences its rule's finding; a line directive silences exactly one finding; fix-all is
// idempotent; the minimal edits sent for fix-all rebuild the fixed text exactly.

import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import fc from 'fast-check';
import { applyEdits, fixAll, lintModel, parse } from '../../server/src/engine';
import { diffEdits, disableForFile, disableForLine, missingPartInsertions, snippetToPlain } from '../../server/src/engine/edits';
import { documentSymbols, foldingRanges } from '../../server/src/engine/outline';
import { corpusFiles, needsShared, ROOT, SEED } from '../helpers';

const FILES = [SEED, ...corpusFiles()];
/** The presence rules' own bad fixtures: drafts written with parts missing (the corpus has few left since
 *  the reader stopped reporting what it could not read). */
const PRESENCE_FIXTURES = ['header-title', 'issuer', 'number', 'date', 'type-name', 'recipients', 'signature']
  .flatMap((rule) => readdirSync(join(ROOT, 'test', 'fixtures', 'rules', rule)).filter((name) => name.startsWith('bad')).map((name) => join(ROOT, 'test', 'fixtures', 'rules', rule, name)));

describe('editing edits on the real corpus', () => {
  if (needsShared()) return;
  it('inserting each missing part silences (or reduces) that part’s finding', () => {
    let insertions = 0;
    for (const file of [...FILES, ...PRESENCE_FIXTURES]) {
      const text = readFileSync(file, 'utf8');
      const result = lintModel(parse(text));
      if (result.regime === 'unknown') continue;
      for (const insertion of missingPartInsertions({ ...result, findings: result.diagnostics }, { today: new Date(2026, 2, 5) })) {
        insertions++;
        const before = result.diagnostics.filter((d) => d.rule === insertion.rule).length;
        const after = lintModel(parse(applyEdits(text, [{ range: insertion.range, newText: insertion.text }])), { profile: result.regime === 'dang' ? 'dang-hd36' : result.regime });
        const remaining = after.diagnostics.filter((d) => d.rule === insertion.rule).length;
        assert.ok(remaining < before, `${basename(file)}: inserting ${insertion.part} left ${remaining} of ${before} ${insertion.rule} findings`);
      }
    }
    assert.ok(insertions >= 10, `only ${insertions} insertions were exercised`);
  });

  it('the seed gets the Party title and issuing body, filled from what it tells', () => {
    const text = readFileSync(SEED, 'utf8');
    const result = lintModel(parse(text));
    const parts = missingPartInsertions({ ...result, findings: result.diagnostics }, { today: new Date(2026, 2, 5) });
    assert.deepEqual(parts.map((part) => part.part), ['title', 'issuer']);
    assert.equal(parts[0].text.trim(), 'ĐẢNG CỘNG SẢN VIỆT NAM');
  });

  it('a line directive silences that finding only, a file directive the rule only', () => {
    let checked = 0;
    for (const file of FILES) {
      const text = readFileSync(file, 'utf8');
      const result = lintModel(parse(text));
      for (const diagnostic of result.diagnostics) {
        checked++;
        const line = diagnostic.range.start.line;
        const after = lintModel(parse(applyEdits(text, [disableForLine(result.model, diagnostic.rule, line)]))).diagnostics;
        const key = (d: typeof diagnostic) => `${d.rule}@${d.range.start.line}:${d.range.start.character}`;
        const expected = result.diagnostics.filter((d) => !(d.rule === diagnostic.rule && d.range.start.line === line)).map(key);
        assert.deepEqual(after.map(key), expected, `${basename(file)}: disabling ${diagnostic.rule} on line ${line + 1}`);
      }
      const rule = result.diagnostics[0]?.rule;
      if (rule) {
        const after = lintModel(parse(applyEdits(text, [disableForFile(result.model, rule)]))).diagnostics;
        assert.equal(after.filter((d) => d.rule === rule).length, 0, `${basename(file)}: ${rule} still reported after disabling it for the file`);
      }
    }
    assert.ok(checked > 30, `only ${checked} findings were exercised`);
  });

  it('fix-all twice changes nothing the second time; its minimal edits rebuild the fixed text', () => {
    for (const file of FILES) {
      const text = readFileSync(file, 'utf8');
      const fixed = fixAll(text).text;
      assert.equal(fixAll(fixed).text, fixed, `${basename(file)}: fix-all is not idempotent`);
      assert.equal(applyEdits(text, diffEdits(text, fixed)), fixed, basename(file));
    }
  });

  it('outline and folding never fail and stay inside the document', () => {
    for (const file of FILES) {
      const model = parse(readFileSync(file, 'utf8'));
      const lines = model.lines.length;
      const walk = (symbols: ReturnType<typeof documentSymbols>) => {
        for (const symbol of symbols) {
          assert.ok(symbol.range.start.line <= symbol.selectionRange.start.line && symbol.selectionRange.end.line <= symbol.range.end.line, `${basename(file)}: ${symbol.name}`);
          assert.ok(symbol.range.end.line < lines);
          walk(symbol.children ?? []);
        }
      };
      walk(documentSymbols(model));
      for (const range of foldingRanges(model)) assert.ok(range.startLine < range.endLine && range.endLine < lines, basename(file));
    }
  });
});

describe('editing edits on generated texts', () => {
  const line = fc.stringMatching(/^[ a-zA-ZĐđàáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệ0-9.,;:/*()-]{0,40}$/);
  const text = fc.tuple(fc.array(line, { maxLength: 12 }), fc.constantFrom('\n', '\r\n')).map(([lines, eol]) => lines.join(eol));

  it('diffEdits(a, b) applied to a gives b, and keeps each edit within a line when the line count holds', () => {
    fc.assert(fc.property(text, text, (a, b) => {
      const edits = diffEdits(a, b);
      assert.equal(applyEdits(a, edits), b);
    }), { numRuns: 300 });
    fc.assert(fc.property(text, fc.nat(), line, (a, index, replacement) => {
      const lines = a.split(/\r\n|\n/);
      const eol = a.includes('\r\n') ? '\r\n' : '\n';
      lines[index % lines.length] = replacement;
      const b = lines.join(eol);
      for (const edit of diffEdits(a, b)) assert.equal(edit.range.start.line, edit.range.end.line);
      assert.equal(applyEdits(a, diffEdits(a, b)), b);
    }), { numRuns: 300 });
  });

  it('a snippet’s plain text drops tab stops and keeps defaults and first choices', () => {
    assert.equal(snippetToPlain('Số ${1:01}-${2|KL,NQ|}/\\$${3:BT${4:C}TW}$0'), 'Số 01-KL/$BTCTW');
  });

  it('insertions never fail and always land inside the document', () => {
    fc.assert(fc.property(text, (source) => {
      const detected = lintModel(parse(source));
      const result = detected.regime === 'unknown' ? lintModel(detected.model, { profile: 'nd30' }) : detected;
      for (const insertion of missingPartInsertions({ ...result, findings: result.diagnostics }, { today: new Date(2026, 0, 1) })) {
        assert.ok(insertion.range.start.line < result.model.lines.length);
        const after = applyEdits(source, [{ range: insertion.range, newText: insertion.text }]);
        assert.ok(after.length > source.length);
        assert.ok(after.startsWith(source.slice(0, insertion.range.start.line === 0 ? 0 : 1)));
      }
    }), { numRuns: 200 });
  });
});
