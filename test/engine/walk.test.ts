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
  it('gives every running-text segment once, in order, then the end', () => {
    const seen: string[] = [];
    const visitor: TextVisitor = {
      segment: (segment) => seen.push(`${segment.line}:${segment.text.split(' ')[0]}`),
      end: () => seen.push('end'),
    };
    walkText(parse(DRAFT), [{ visitor, fail: (error) => { throw error; } }]);
    assert.deepEqual(seen, ['1:về', '4:Các', '5:Đẩy', 'end']);
  });

  it('gives every source line, comments included', () => {
    const lines: number[] = [];
    walkText(parse(`<!-- ghi chú -->\n${DRAFT}`), [{ visitor: { line: (line) => lines.push(line.index) }, fail: (error) => { throw error; } }]);
    assert.deepEqual(lines, [0, 1, 2, 3, 4, 5, 6]);
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
    const model = parse(DRAFT.replace('12/QĐ-UBND', '12 / QĐ-UBND').replace('hành chính.', 'hành chính , nhanh.'));
    const together = lintModel(model).diagnostics.filter((d) => rules().find((rule) => rule.id === d.rule)?.visit);
    const alone = rules().filter((rule) => rule.visit).flatMap((rule) => {
      const others = Object.fromEntries(rules().filter((other) => other.id !== rule.id).map((other) => [other.id, 'off' as const]));
      return lintModel(model, { rules: others }).diagnostics;
    });
    const key = (d: { rule: string; range: { start: { line: number; character: number } } }) => `${d.rule}@${d.range.start.line}:${d.range.start.character}`;
    assert.ok(together.length >= 1, together.map(key).join(', '));
    assert.deepEqual(together.map(key).sort(), alone.map(key).sort());
  });
});
