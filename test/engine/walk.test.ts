// The shared walk over the text: each segment of running text is tokenised once for every text rule's
// visitor; a visitor that throws is left out and the others go on.

import * as assert from 'node:assert/strict';
import { lintModel, parse, rules } from '../../server/src/engine';
import { walkText, type TextVisitor } from '../../server/src/engine/rules/support/walk';

const DRAFT = [
  'KẾT LUẬN',
  'về công tác năm 2026',
  '-----',
  '',
  'Các cơ quan  rà soát (theo Quyết định số 12/QĐ-UBND) các việc ABC.',
  'Đẩy mạnh “cải cách” hành chính.',
].join('\n');

describe('text walk', () => {
  it('tokenises each segment once: its words, whether each is ASCII, and the marks asked for', () => {
    const words: string[] = [];
    const ascii: string[] = [];
    const marks: string[] = [];
    const segments: number[] = [];
    const visitor: TextVisitor = {
      marks: '()“”',
      segment(segment, tokens) {
        segments.push(segment.line);
        for (let k = 0; k < tokens.words; k++) {
          const word = segment.text.slice(tokens.wordStart[k], tokens.wordEnd[k]);
          words.push(word);
          if (tokens.wordAscii[k] === 1) ascii.push(word);
        }
        for (let k = 0; k < tokens.marks; k++) marks.push(`${segment.line}:${tokens.markAt[k]}${segment.text[tokens.markAt[k]]}`);
      },
    };
    walkText(parse(DRAFT), [{ visitor, fail: (error) => { throw error; } }]);
    assert.ok(words.includes('(theo') && words.includes('12/QĐ-UBND)') && words.includes('ABC.') && words.includes('rà'), words.join(' | '));
    assert.ok(ascii.includes('ABC.') && ascii.includes('2026') && !ascii.includes('rà'), ascii.join(' | '));
    const lines = DRAFT.split('\n');
    assert.deepEqual(marks, [`4:${lines[4].indexOf('(')}(`, `4:${lines[4].indexOf(')')})`, `5:${lines[5].indexOf('“')}“`, `5:${lines[5].indexOf('”')}”`]);
    assert.deepEqual(segments, [1, 4, 5]);
  });

  it('keeps long segments whole (its token arrays grow)', () => {
    const long = Array.from({ length: 3000 }, (_, i) => (i % 7 === 0 ? '(x)' : 'từ')).join(' ');
    let counted = 0;
    let marked = 0;
    walkText(parse(`${DRAFT}\n\n${long}`), [{ visitor: { marks: '()', segment(segment, tokens) { if (segment.text === long) { counted = tokens.words; marked = tokens.marks; } } }, fail: (error) => { throw error; } }]);
    assert.equal(counted, 3000);
    assert.equal(marked, 2 * Math.ceil(3000 / 7));
  });

  it('drops a visitor that throws and keeps walking for the others', () => {
    let failed: unknown;
    let seen = 0;
    walkText(parse(DRAFT), [
      { visitor: { segment: () => { throw new Error('broken'); } }, fail: (error) => { failed = error; } },
      { visitor: { segment: () => { seen++; } }, fail: () => assert.fail('the healthy visitor must not fail') },
    ]);
    assert.match(String(failed), /broken/);
    assert.equal(seen, 3);
  });

  it('runs the text rules as visitors of one walk, with the same findings as each rule alone', () => {
    const model = parse(DRAFT.replace('cải cách', 'cãi cách').replace('(theo', '((theo'));
    const together = lintModel(model).diagnostics.filter((d) => rules().find((rule) => rule.id === d.rule)?.visit);
    const alone = rules().filter((rule) => rule.visit).flatMap((rule) => {
      const others = Object.fromEntries(rules().filter((other) => other.id !== rule.id).map((other) => [other.id, 'off' as const]));
      return lintModel(model, { rules: others }).diagnostics;
    });
    const key = (d: { rule: string; range: { start: { line: number; character: number } } }) => `${d.rule}@${d.range.start.line}:${d.range.start.character}`;
    assert.ok(together.length >= 2, together.map(key).join(', '));
    assert.deepEqual(together.map(key).sort(), alone.map(key).sort());
  });
});
