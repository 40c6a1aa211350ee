// The README's benchmark report is the one `npm run bench -- --readme` writes: same table header and
// columns as bench/table.ts prints, a row for each generated draft, the memory table and the 1 MB ratio.

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MEMORY_HEADER, README_END, README_START, replaceReadmeTable, report, TABLE_HEADER, type Row } from '../../bench/table';
import { ROOT } from '../helpers';

const columns = (line: string) => line.split('|').length - 2;

function readmeReport(): string[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  assert.ok(start >= 0 && end > start, 'README.md holds the benchmark markers');
  return readme.slice(start + README_START.length, end).trim().split('\n');
}

describe('benchmark table in the README', () => {
  it('has the header and columns the benchmark prints, and a row per generated draft', () => {
    const lines = readmeReport();
    assert.match(lines[0], /^Machine: .*load average [\d.]+ at the start of the run$/);
    const header = lines.indexOf(TABLE_HEADER);
    assert.ok(header > 0, 'the timing table has the header bench/table.ts prints');
    const rows = lines.slice(header + 2).filter((line) => line.startsWith('| ')).slice(0, lines.slice(header + 2).findIndex((line) => line === ''));
    for (const name of ['generated 10 KB', 'generated 100 KB', 'generated 1 MB']) {
      const row = rows.find((line) => line.startsWith(`| ${name} |`));
      assert.ok(row, `a row for ${name}`);
      assert.equal(columns(row), columns(TABLE_HEADER), `${name}: one cell per column`);
      // Every cell after the name is a measured number (with its unit) or a dash where not measured.
      for (const cell of row.split('|').slice(2, -1).map((c) => c.trim())) assert.match(cell, /^(?:[\d.]+(?: KB|×)?|—)$/, `${name}: ${cell}`);
    }
    assert.ok(lines.includes(MEMORY_HEADER), 'the memory table');
    assert.match(lines[lines.length - 1], /^ratio vs markdownlint: [\d.]+×$/);
  });

  it('is written between the markers, leaving the rest of the README as it was', () => {
    const sample: Row = { name: 'generated 1 MB', texts: [], lspInput: true, bytes: 1_000_000, engine: { runs: 3, p50: 20, p95: 25, cpuP50: 20 }, markdownlint: { runs: 3, p50: 900, p95: 950, cpuP50: 900 } };
    const text = report('Machine: test; load average 1.00 at the start of the run', [sample], []);
    assert.ok(text.includes(TABLE_HEADER));
    assert.match(text, /ratio vs markdownlint: 45\.0×$/);
    const before = `intro\n${README_START}\nold\n${README_END}\nafter\n`;
    assert.equal(replaceReadmeTable(before, text), `intro\n${README_START}\n${text}\n${README_END}\nafter\n`);
  });
});
