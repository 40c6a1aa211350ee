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
  it('gives words, wide gaps and the marks asked for, once per segment', () => {
    const words: string[] = [];
    const gaps: string[] = [];
    const marks: string[] = [];
    const segments: number[] = [];
    const visitor: TextVisitor = {
      marks: '()“”',
      segment: (segment) => segments.push(segment.line),
      word: (segment, start, end) => words.push(segment.text.slice(start, end)),
      gap: (segment, start, end) => gaps.push(JSON.stringify(segment.text.slice(start, end))),
      mark: (segment, index, char) => marks.push(`${segment.line}:${index}${char}`),
    };
    walkText(parse(DRAFT), [{ visitor, fail: (error) => { throw error; } }]);
    assert.ok(words.includes('(theo') && words.includes('12/QĐ-UBND)') && words.includes('ABC.'), words.join(' | '));
    assert.deepEqual(gaps, ['"  "']);
    const lines = DRAFT.split('\n');
    assert.deepEqual(marks, [`4:${lines[4].indexOf('(')}(`, `4:${lines[4].indexOf(')')})`, `5:${lines[5].indexOf('“')}“`, `5:${lines[5].indexOf('”')}”`]);
    assert.deepEqual([...new Set(segments)].sort(), [1, 4, 5]);
  });

  it('gives non-ASCII words only to a visitor that asks for them', () => {
    const words: string[] = [];
    walkText(parse(DRAFT), [{ visitor: { words: 'non-ascii', word: (segment, start, end) => words.push(segment.text.slice(start, end)) }, fail: () => undefined }]);
    assert.ok(words.includes('cơ') && words.includes('năm'), words.join(' | '));
    assert.ok(!words.includes('ABC.') && !words.includes('2026'), words.join(' | '));
  });

  it('drops a visitor that throws and keeps walking for the others', () => {
    let failed: unknown;
    let seen = 0;
    walkText(parse(DRAFT), [
      { visitor: { word: () => { throw new Error('broken'); } }, fail: (error) => { failed = error; } },
      { visitor: { word: () => { seen++; } }, fail: () => assert.fail('the healthy visitor must not fail') },
    ]);
    assert.match(String(failed), /broken/);
    assert.ok(seen > 10);
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
