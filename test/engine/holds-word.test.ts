// holdsWord (rules/support/text.ts) decides `\p{L}\p{L}` by a loop over the units with the Latin letters
// in ranges: it must say what the pattern says on any text, astral letters and lone surrogates included.

import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { holdsWord } from '../../server/src/engine/rules/support/text';

const PATTERN = /\p{L}\p{L}/u;
const UNITS = ['a', 'Z', 'ạ', 'Ư', '×', '÷', 'ß', 'ɏ', 'ɐ', 'Ω', '1', ' ', '.', '(', '\u0301', '𝐀', '😀', '\ud835', '\udc00', '中', 'ـ'];

describe('holdsWord', () => {
  it('says what \\p{L}\\p{L} says', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...UNITS), { maxLength: 12 }), (units) => {
      const text = units.join('');
      assert.equal(holdsWord(text), PATTERN.test(text), JSON.stringify(text));
    }), { numRuns: 2000, seed: 5 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 8 }), (text) => {
      assert.equal(holdsWord(text), PATTERN.test(text), JSON.stringify(text));
    }), { numRuns: 2000, seed: 6 });
  });

  it('reads prose, and a line of marks and digits as no word', () => {
    assert.equal(holdsWord('(Điều 9 của Luật'), true);
    assert.equal(holdsWord('“.. ] 19/11/2025)'), false);
  });
});
