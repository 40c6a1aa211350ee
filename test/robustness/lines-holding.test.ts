// The line search the text rules skip lines by (text/lines.ts): after an edit, reusing the unchanged lines'
// flags gives what a search of the whole new text gives, and every line holding a needle is flagged.

import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseIncremental } from '../../server/src/engine/parse/parse';
import { linesHolding, linesHoldingAfterEdit } from '../../server/src/engine/text/lines';

// `“` and `”` (and a needle starting with one) are searched by a regular expression, the others by indexOf,
// in groups of a first unit (`Bộ`, `Bộ Y`, `Ban`, `Bắc`: their prefix found, then each compared).
const NEEDLES = ['Nội dung', 'TÊN CƠ QUAN CHỦ QUẢN', 'Bộ', 'Bộ Y', 'Ban', 'Bắc', '…', '  ', 'Địa danh', 'Đảng', '“', '”.', '[-]', 'Nơi'];
const PIECES = ['Nội dung', 'Nội dun', 'TÊN CƠ QUAN', 'Bộ Y tế', 'Ba', 'n', 'Bắ', 'c', 'B', '…', '  ', ' ', '\n', '\r\n', 'Địa', ' danh', 'Đả', 'ng', 'x', 'ộ', '“', '”', '.', '[-]', '-', 'Nơ', 'i'];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((pieces) => pieces.join(''));

describe('linesHolding', () => {
  it('flags every line holding a needle', () => {
    fc.assert(fc.property(text, (source) => {
      const { model } = parseIncremental(source);
      const flags = linesHolding(source, model.lines, NEEDLES);
      const raw = source.split(/\r?\n/);
      raw.forEach((line, i) => {
        if (NEEDLES.some((needle) => line.includes(needle))) assert.equal(flags[i], 1, `line ${i}: ${JSON.stringify(line)}`);
      });
    }), { numRuns: 300, seed: 7 });
  });

  it('after an edit, gives what a search of the whole new text gives', () => {
    fc.assert(fc.property(text, fc.nat(), fc.nat(40), text, (before, at, remove, insert) => {
      const first = parseIncremental(before);
      const cut = at % (before.length + 1);
      const after = before.slice(0, cut) + insert + before.slice(cut + remove);
      const second = parseIncremental(after, first.memo);
      const previous = linesHolding(before, first.model.lines, NEEDLES);
      const edited = linesHoldingAfterEdit(after, second.model.lines, NEEDLES, previous, (line) => second.memo.lineBefore(line));
      assert.deepEqual([...edited], [...linesHolding(after, second.model.lines, NEEDLES)]);
    }), { numRuns: 500, seed: 11 });
  });
});
