// Incremental parsing (parse/memo.ts) gives exactly the model and the findings of a full parse: random
// edits (typing, deleting, joining and splitting lines, pasting a line from elsewhere) to rule fixtures
// and generated drafts, each version parsed with the memo of the one before.

import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateDraft } from '../../bench/generate';
import { lint, parse } from '../../server/src/engine';
import { AnalysisHost } from '../../server/src/engine/service/analysisHost';
import { parseIncremental } from '../../server/src/engine/parse/parse';
import type { LineMemo } from '../../server/src/engine/parse/memo';
import { ROOT } from '../helpers';

const FIXTURES = join(ROOT, 'test', 'fixtures', 'rules');

function fixtureTexts(): string[] {
  const texts: string[] = [];
  for (const rule of readdirSync(FIXTURES).sort()) {
    for (const name of readdirSync(join(FIXTURES, rule)).sort()) if (name.endsWith('.vanban')) texts.push(readFileSync(join(FIXTURES, rule, name), 'utf8'));
  }
  return texts;
}

/** Pieces an edit may insert: plain words, structure lines, marks the parser reacts to, comments. */
const PIECES = [
  'x', ' ', '\n', '\r\n', '\n\n', 'Điều 5. Phạm vi', '\n1. Khoản', '\na) điểm', '\n- gạch đầu dòng', 'Nơi nhận:', '\nNơi nhận:\n- Như Điều 3;',
  './.', '\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn A', '“', '”', '(', ')', '|', '\t', '<!-- ghi chú -->', '<!--', '-->',
  'Ðộc', '\u00A0', '\f', '\r', '\uFEFF', 'QUYẾT ĐỊNH', 'Căn cứ Luật', 'thuỷ', 'e\u0301', '  ',
];

interface Edit { at: number; remove: number; insert: string }

const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 40 })),
  insert: fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 })),
});

function apply(text: string, change: { at: number; remove: number; insert: string }, copyFrom?: number): string {
  const at = Math.floor(change.at * text.length);
  // Sometimes the inserted text is a line of the document itself (a line moved or duplicated).
  const insert = copyFrom === undefined ? change.insert : (text.split('\n')[copyFrom % Math.max(1, text.split('\n').length)] ?? '') + '\n';
  return text.slice(0, at) + insert + text.slice(Math.min(text.length, at + change.remove));
}

function checkSequence(start: string, edits: readonly (Edit & { copy?: number })[]): void {
  let text = start;
  let memo: LineMemo | undefined = parseIncremental(text).memo;
  // The analysis host reads each version from the one before, as in the editor.
  const host = new AnalysisHost();
  const options = {};
  let version = 0;
  host.update('draft', version, text);
  host.analysis('draft', options);
  for (const change of edits) {
    text = apply(text, change, change.copy);
    const incremental = parseIncremental(text, memo);
    assert.deepStrictEqual(incremental.model, parse(text));
    memo = incremental.memo;
    host.update('draft', ++version, text);
    assert.deepStrictEqual(host.analysis('draft', options).findings, lint(text));
  }
}

describe('incremental parsing', () => {
  const fixtures = fixtureTexts();

  it('gives the full parse\'s model and findings after random edits to the rule fixtures', function () {
    this.timeout(120_000);
    fc.assert(fc.property(
      fc.integer({ min: 0, max: fixtures.length - 1 }),
      fc.array(fc.record({ at: edit.map((e) => e.at), remove: edit.map((e) => e.remove), insert: edit.map((e) => e.insert), copy: fc.option(fc.nat(), { nil: undefined }) }), { minLength: 1, maxLength: 6 }),
      (which, edits) => checkSequence(fixtures[which], edits),
    ), { numRuns: 150 });
  });

  it('gives the full parse\'s model and findings after random edits to a generated draft', function () {
    this.timeout(120_000);
    const draft = generateDraft(20_000, 7);
    fc.assert(fc.property(
      fc.array(fc.record({ at: edit.map((e) => e.at), remove: edit.map((e) => e.remove), insert: edit.map((e) => e.insert), copy: fc.option(fc.nat(), { nil: undefined }) }), { minLength: 1, maxLength: 4 }),
      (edits) => checkSequence(draft, edits),
    ), { numRuns: 25 });
  });

  it('reuses the previous version\'s lines: an unchanged line is not classified again', () => {
    const draft = generateDraft(20_000, 3);
    const first = parseIncremental(draft);
    const lines = draft.split('\n');
    const middle = Math.floor(lines.length / 2);
    lines[middle] += ' x';
    const second = parseIncremental(lines.join('\n'), first.memo);
    // Same line text, same segment object content; headings are re-placed at their line.
    const firstHeading = first.model.body.headings.find((heading) => heading.line > middle)!;
    const secondHeading = second.model.body.headings.find((heading) => heading.line === firstHeading.line)!;
    assert.deepStrictEqual(secondHeading, firstHeading);
    assert.equal(secondHeading.values, firstHeading.values); // the very array: reused, not read again
  });
});
