// Loops over units that stand in for patterns on hot paths must say what the patterns say, on any text
// (the item markers of parse/headings.ts among them):
// holdsWord (rules/support/text.ts) for `\p{L}\p{L}`, with the Latin letters in ranges (astral letters and
// lone surrogates included), and isBlank (text/source.ts) for `^[\s\u200B\uFEFF]*$`.

import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { holdsWord } from '../../server/src/engine/rules/support/text';
import { lint, rules, type LintOptions } from '../../server/src/engine';
import { parseHeading } from '../../server/src/engine/parse/headings';
import { isBlank } from '../../server/src/engine/text/source';
import { linesHolding } from '../../server/src/engine/text/lines';

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

  it('says it for every unit of the BMP after a letter', () => {
    for (let code = 0; code < 0x10000; code++) {
      const text = `a${String.fromCharCode(code)}`;
      assert.equal(holdsWord(text), PATTERN.test(text), `U+${code.toString(16)}`);
    }
  });

  it('reads prose, and a line of marks and digits as no word', () => {
    assert.equal(holdsWord('(Điều 9 của Luật'), true);
    assert.equal(holdsWord('“.. ] 19/11/2025)'), false);
  });
});

describe('isBlank', () => {
  it('says what ^[\\s\\u200B\\uFEFF]*$ says', () => {
    const blank = /^[\s\u200B\uFEFF]*$/u;
    const units = [' ', '\t', '\u00a0', '\u1680', '\u2000', '\u200a', '\u200b', '\u200c', '\u2028', '\u202f', '\u205f', '\u3000', '\ufeff', '\u180e', '\u0085', '\v', '\f', '\r', '\n', 'a', '.'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...units), { maxLength: 8 }), (parts) => {
      const text = parts.join('');
      assert.equal(isBlank(text), blank.test(text), JSON.stringify(text));
    }), { numRuns: 2000, seed: 8 });
    for (let code = 0; code < 0x10000; code++) {
      const text = String.fromCharCode(code);
      assert.equal(isBlank(text), blank.test(text), `U+${code.toString(16)}`);
    }
  });
});

describe('the item markers read by hand (parse/headings.ts)', () => {
  // The patterns the hand-written readers replaced: a line's heading must be what they gave.
  const DECIMAL = /^(\d{1,3})\s*([.\-–])\s+/u;
  const LETTER = /^([a-zđ])\)\s+/u;
  const BULLET = /^([-+•])\s+/u;
  const PIECES = ['1', '2', '9', '0', '.', '-', '–', ')', ' ', '\t', '\u00a0', '\u2028', '\u3000', 'a', 'đ', 'f', 'z', 'A', '+', '•', '(', 'x', 'ạ'];

  it('reads 1., 12 -, 1.2., a), đ), -, + and • as the patterns did', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 9 }), (parts) => {
      const text = parts.join('');
      const heading = parseHeading({ line: 0, start: 0, end: text.length, text });
      const multi = /^(\d{1,3}(?:\.\d{1,3})+)(\.?)\s+/u.exec(text);
      if (multi && !/\.\d{3}(?!\d)/.test(multi[1])) {
        assert.equal(heading?.kind, 'multilevel', JSON.stringify(text));
        assert.equal(heading.marker, multi[1] + multi[2]);
        return;
      }
      const decimal = multi ? null : DECIMAL.exec(text);
      if (decimal) {
        assert.equal(heading?.kind, 'decimal', JSON.stringify(text));
        assert.equal(heading.marker, decimal[1] + decimal[2]);
        assert.deepEqual(heading.values, [Number(decimal[1])]);
        assert.equal(heading.style, decimal[2] === '–' ? '-' : decimal[2]);
        assert.equal(heading.title, text.slice(decimal[0].length).trim());
        return;
      }
      if (/^[\dIVXLC(]/u.test(text)) return; // other markers, read by their patterns as before
      const letter = LETTER.exec(text);
      const bullet = BULLET.exec(text);
      if (letter) {
        assert.equal(heading?.kind, 'letter', JSON.stringify(text));
        assert.equal(heading.marker, `${letter[1]})`);
        assert.equal(heading.title, text.slice(letter[0].length).trim());
      } else if (bullet) {
        assert.equal(heading?.kind, bullet[1] === '+' ? 'plus' : 'dash', JSON.stringify(text));
        assert.equal(heading.marker, bullet[1]);
        assert.equal(heading.title, text.slice(bullet[0].length).trim());
      } else assert.equal(heading, undefined, JSON.stringify(text));
    }), { numRuns: 5000, seed: 9 });
  });
});

describe('double-space, from the word scan or by its own search', () => {
  // With a word rule on, double-space reads the word scan's flags; alone (or on a very large document) it
  // searches the text itself. Both must find the same runs.
  const PIECES = ['Ủy ban', ' ', '  ', '   ', '\t', '\u00a0', 'nhân dân', '.', ',', '\n', '<!-- x  y -->', 'a', '“b”', '\u3000', ' \u00a0 '];
  const only = (...on: string[]): LintOptions => ({ rules: Object.fromEntries(rules().map((rule) => [rule.id, on.includes(rule.id) ? 'info' as const : 'off' as const])) });
  const alone = only('double-space');
  const withWords = only('double-space', 'syllable-spelling');
  const found = (text: string, options: LintOptions) => lint(text, options).filter((d) => d.rule === 'double-space').map((d) => JSON.stringify(d.range));

  it('finds the same runs either way', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (parts) => {
      const text = `QUYẾT ĐỊNH\n\n${parts.join('')}\n`;
      assert.deepEqual(found(text, withWords), found(text, alone), JSON.stringify(text));
    }), { numRuns: 400, seed: 12 });
    assert.equal(found('QUYẾT ĐỊNH\n\nMột  hai ba.\n', withWords).length, 1);
  });
});

describe('punctuation-spacing and citation-symbol, with and without the whole-text search of their lines', () => {
  // Without a comment in the text, each rule first searches the whole text for the lines that may hold its
  // candidate and passes the other segments over; with one, every segment is tested. A comment alone on the
  // last line changes no other segment, so both ways must give the same findings.
  const PIECES = ['Nghị định số 30', '/', '2020', '-', '–', ' ', '  ', 'NĐ-CP', 'hồ sơ', ',', ';', ':', '.', '\n', '\r\n', 'a', 'Về',
    '1', ' , ', ',giấy', '“', '”', '- ', '\t', '\u00a0', 'Quyết định 12 / QĐ-UBND', 'http://x.vn', '@', 'Điều 3.'];
  const RULES = ['punctuation-spacing', 'citation-symbol'];
  const options: LintOptions = { profile: 'nd30', rules: Object.fromEntries(rules().map((rule) => [rule.id, RULES.includes(rule.id) ? 'info' as const : 'off' as const])) };
  const found = (text: string) => lint(text, options).filter((d) => RULES.includes(d.rule)).map((d) => `${d.rule} ${JSON.stringify(d.range)}`);

  it('finds the same either way', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (parts) => {
      const text = `QUYẾT ĐỊNH\n\n${parts.join('')}\n`;
      assert.deepEqual(found(text), found(`${text}<!-- ghi chú -->\n`), JSON.stringify(text));
    }), { numRuns: 500, seed: 7 });
    const text = 'QUYẾT ĐỊNH\n\nTheo Nghị định số 30 /2020/NĐ-CP , hồ sơ\n';
    assert.deepEqual(found(text).map((f) => f.split(' ')[0]).sort(), ['citation-symbol', 'punctuation-spacing']);
  });

  it('a search pattern must be global (a sticky-free expression searched from match to match)', () => {
    assert.throws(() => linesHolding('a\nb', [{ index: 0, offset: 0, text: 'a', eol: '\n' }, { index: 1, offset: 2, text: 'b', eol: '' }], /a/), /must be global/);
    const text = 'x, y\nkhông\n2024 /\n';
    const lines = [{ index: 0, offset: 0, text: 'x, y', eol: '\n' }, { index: 1, offset: 5, text: 'không', eol: '\n' }, { index: 2, offset: 11, text: '2024 /', eol: '\n' }, { index: 3, offset: 18, text: '', eol: '' }];
    assert.deepEqual([...linesHolding(text, lines, /\d[^\S\n\r]*[-–/]/g)], [0, 0, 1, 0]);
  });
});
