// Table borders as portals and Markdown give them (server/src/engine/parse/pipes.ts): a lone `|` line or a
// ` | ` between two cells is a cell break, not text; a Markdown row is left alone (rather silent than wrong).
// Drafts written for the project in test/fixtures/table-borders/.

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../../server/src/engine';
import { readTableBorders } from '../../server/src/engine/parse/pipes';
import { ROOT } from '../helpers';
import { markedFixtureTests } from '../markedFixtures';

const DIR = join(ROOT, 'test', 'fixtures', 'table-borders');

describe('table borders read as cell breaks', () => {
  it('keeps every column: a border reads as one tab or one space', () => {
    assert.equal(readTableBorders('Số: 12/QĐ-UBND | Hà Nội, ngày 02 tháng 3 năm 2026'), 'Số: 12/QĐ-UBND \t Hà Nội, ngày 02 tháng 3 năm 2026');
    assert.equal(readTableBorders('|'), ' ');
    assert.equal(readTableBorders('  |  '), '     ');
    assert.equal(readTableBorders(' | CHỦ TỊCH'), '   CHỦ TỊCH');
  });

  it('leaves a `|` that touches text, and a Markdown row, as typed', () => {
    assert.equal(readTableBorders('a|b và c |d'), 'a|b và c |d');
    const row = '| Số: 12/QĐ-UBND | Hà Nội, ngày 02 tháng 3 năm 2026 |';
    assert.equal(readTableBorders(row), row);
  });

  it('runs in linear time on a long line of borders', () => {
    const line = ' |'.repeat(50_000) + ' x' + ' |'.repeat(50_000);
    const started = Date.now();
    assert.equal(readTableBorders(line).length, line.length);
    assert.ok(Date.now() - started < 1000);
  });

  markedFixtureTests(DIR);

  it('the source text is kept: the model’s lines are the draft’s, borders and all', () => {
    const text = readFileSync(join(DIR, 'good-inline-borders.vanban'), 'utf8');
    const model = parse(text);
    assert.equal(model.regime, 'qppl');
  });
});
