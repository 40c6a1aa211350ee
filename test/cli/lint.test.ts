// `vanban lint` as a process: formats, exit codes, inputs (files, folders, globs, stdin), limits.

import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES, vanban } from './run';

const TEXT_LINE = /^(.+):(\d+):(\d+) (error|warning|info|hint) ([a-z]+(?:-[a-z]+)*) (.+)$/;
const fixture = (name: string) => join('test', 'fixtures', 'cli', name);

interface JsonReport {
  file: string;
  profile: string;
  diagnostics: { rule: string; severity: string; message: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }[];
}

describe('vanban lint', () => {
  describe('text format', () => {
    it('prints file:line:col severity rule message and exits 1 on errors', () => {
      const run = vanban(['lint', fixture('fixable.vanban')]);
      assert.equal(run.code, 1, run.stderr);
      const lines = run.stdout.trimEnd().split('\n');
      const findings = lines.filter((line) => TEXT_LINE.test(line)).map((line) => TEXT_LINE.exec(line)!);
      assert.deepEqual(findings.map((m) => [m[1], m[2], m[3], m[4], m[5]]), [
        [fixture('fixable.vanban'), '4', '1', 'error', 'number-format'],
        [fixture('fixable.vanban'), '29', '1', 'warning', 'recipients-format'],
      ]);
      assert.match(findings[0][6], /Số 11-KL\/HU/);
      assert.equal(lines.at(-1), 'Đã kiểm tra 1 tệp: 1 lỗi, 1 cảnh báo, 0 gợi ý khác', 'the summary, in Vietnamese by default');
      assert.doesNotMatch(run.stdout, /\x1b\[/, 'no colour when piped');
    });

    it('exits 0 on a clean draft and on warnings only', () => {
      assert.equal(vanban(['lint', fixture('clean.vanban')]).code, 0);
      const warnings = vanban(['lint', fixture('nested/warning.vanban')]);
      assert.equal(warnings.code, 0);
      assert.match(warnings.stdout, /warning recipients-format/);
    });

    it('colours severities with --color and speaks English with --lang en', () => {
      const run = vanban(['lint', fixture('fixable.vanban'), '--color', '--lang', 'en']);
      assert.match(run.stdout, /\x1b\[31merror\x1b\[0m number-format/);
      assert.match(run.stdout, /\x1b\[33mwarning\x1b\[0m recipients-format/);
      assert.match(run.stdout, /Write Số 11-KL\/HU|Số 11-KL\/HU/);
      assert.doesNotMatch(run.stdout, /Dòng cuối/);
    });
  });

  describe('json format', () => {
    it('gives one object per file with 0-based ranges (design section 5)', () => {
      const run = vanban(['lint', fixture('fixable.vanban'), fixture('clean.vanban'), '--format', 'json']);
      assert.equal(run.code, 1);
      const reports = JSON.parse(run.stdout) as JsonReport[];
      assert.deepEqual(reports.map((r) => [r.file, r.profile, r.diagnostics.length]), [
        [fixture('fixable.vanban'), 'auto', 2],
        [fixture('clean.vanban'), 'auto', 0],
      ]);
      const [number, recipients] = reports[0].diagnostics;
      assert.deepEqual([number.rule, number.severity, number.range.start], ['number-format', 'error', { line: 3, character: 0 }]);
      assert.deepEqual([recipients.rule, recipients.severity, recipients.range.start.line], ['recipients-format', 'warning', 28]);
      const lines = readFileSync(fixture('fixable.vanban'), 'utf8').split('\n');
      assert.equal(lines[number.range.start.line].slice(number.range.start.character, number.range.end.character).trim(), 'Số 11 - KL/HU');
      assert.ok(!('fix' in number), 'fixes stay out of the JSON report');
    });

    it('applies --profile', () => {
      const run = vanban(['lint', fixture('clean.vanban'), '--format', 'json', '--profile', 'nd30']);
      const [report] = JSON.parse(run.stdout) as JsonReport[];
      assert.equal(report.profile, 'nd30');
      assert.ok(report.diagnostics.some((d) => d.severity === 'error'), 'a Party draft checked as ND 30 has errors');
      assert.equal(run.code, 1);
    });
  });

  describe('inputs', () => {
    it('walks folders recursively for *.vanban, with --ext for more', () => {
      const plain = JSON.parse(vanban(['lint', FIXTURES, '--format', 'json']).stdout) as JsonReport[];
      const names = plain.map((r) => r.file.slice(FIXTURES.length + 1)).sort();
      assert.deepEqual(names, ['clean.vanban', 'fixable.vanban', 'nested/deeper/broken.vanban', 'nested/warning.vanban']);
      const withTxt = JSON.parse(vanban(['lint', FIXTURES, '--format', 'json', '--ext', '.txt']).stdout) as JsonReport[];
      assert.ok(withTxt.some((r) => r.file.endsWith('nested/deeper/draft.txt')));
      assert.equal(withTxt.length, 5);
    });

    it('lints a file named explicitly whatever its extension', () => {
      const run = vanban(['lint', fixture('nested/deeper/draft.txt'), '--format', 'json']);
      assert.equal(run.code, 0);
      assert.equal((JSON.parse(run.stdout) as JsonReport[])[0].file, fixture('nested/deeper/draft.txt'));
    });

    it('expands globs itself (quoted, no shell)', () => {
      const deep = JSON.parse(vanban(['lint', 'test/fixtures/cli/**/*.vanban', '--format', 'json']).stdout) as JsonReport[];
      assert.equal(deep.length, 4);
      const nested = JSON.parse(vanban(['lint', 'test/fixtures/cli/nested/*.vanban', '--format', 'json']).stdout) as JsonReport[];
      assert.deepEqual(nested.map((r) => r.file), ['test/fixtures/cli/nested/warning.vanban']);
      const absolute = JSON.parse(vanban(['lint', `${FIXTURES}/nested/**/*.vanban`, '--format', 'json']).stdout) as JsonReport[];
      assert.deepEqual(absolute.map((r) => r.file).sort(), [`${FIXTURES}/nested/deeper/broken.vanban`, `${FIXTURES}/nested/warning.vanban`]);
      const none = vanban(['lint', 'test/fixtures/cli/**/*.nothing', '--lang', 'en']);
      assert.equal(none.code, 2);
      assert.match(none.stderr, /test\/fixtures\/cli\/\*\*\/\*\.nothing: matches no file/);
    });

    it('reads standard input with - and names it by --stdin-filename', () => {
      const text = readFileSync(fixture('fixable.vanban'), 'utf8');
      const run = vanban(['lint', '-', '--stdin-filename', 'drafts/ket-luan-11.vanban'], { input: text });
      assert.equal(run.code, 1);
      assert.match(run.stdout, /^drafts\/ket-luan-11\.vanban:4:1 error number-format /m);
      const unnamed = vanban(['lint', '-', '--format', 'json'], { input: text });
      assert.equal((JSON.parse(unnamed.stdout) as JsonReport[])[0].file, '<stdin>');
    });

    it('reports a missing file, still checks the others, and exits 2', () => {
      const run = vanban(['lint', fixture('clean.vanban'), 'test/fixtures/cli/no-such.vanban', '--format', 'json', '--lang', 'en']);
      assert.equal(run.code, 2);
      assert.match(run.stderr, /no such file or folder: test\/fixtures\/cli\/no-such\.vanban/);
      assert.equal((JSON.parse(run.stdout) as JsonReport[]).length, 1);
    });
  });

  describe('usage errors exit 2', () => {
    for (const args of [
      ['lint'],
      ['lint', fixture('clean.vanban'), '--format', 'xml'],
      ['lint', fixture('clean.vanban'), '--profile', 'nd31'],
      ['lint', fixture('clean.vanban'), '--no-such-option'],
      ['lint', fixture('clean.vanban'), '--max-warnings', 'many'],
      ['lint', fixture('clean.vanban'), '--stdin-filename', 'x.vanban'],
      ['lint', '-', '-'],
      ['frobnicate'],
      [],
    ]) {
      it(`vanban ${args.join(' ')}`, () => {
        const run = vanban(args);
        assert.equal(run.code, 2);
        assert.notEqual(run.stderr, '');
      });
    }

    it('--help prints the usage and exits 0', () => {
      const run = vanban(['lint', '--help']);
      assert.equal(run.code, 0);
      assert.match(run.stdout, /--max-warnings N/);
    });
  });

  describe('--max-warnings', () => {
    it('exits 1 only when warnings exceed the limit', () => {
      const file = fixture('nested/warning.vanban');
      assert.equal(vanban(['lint', file]).code, 0);
      assert.equal(vanban(['lint', file, '--max-warnings', '1']).code, 0);
      const over = vanban(['lint', file, '--max-warnings', '0', '--lang', 'en']);
      assert.equal(over.code, 1);
      assert.match(over.stderr, /1 warning\(s\), more than --max-warnings 0/);
    });
  });

  describe('many files', () => {
    let dir: string;
    before(() => {
      dir = mkdtempSync(join(tmpdir(), 'vanban-many-'));
      const clean = readFileSync(fixture('clean.vanban'), 'utf8');
      const fixable = readFileSync(fixture('fixable.vanban'), 'utf8');
      for (let i = 0; i < 60; i++) {
        const sub = join(dir, `group-${i % 3}`);
        mkdirSync(sub, { recursive: true });
        writeFileSync(join(sub, `draft-${String(i).padStart(2, '0')}.vanban`), i % 4 === 0 ? fixable : clean);
      }
    });
    after(() => rmSync(dir, { recursive: true, force: true }));

    it('checks them in worker threads with the same results as in-process', () => {
      const parallel = vanban(['lint', dir, '--format', 'json', '--verbose', '--jobs', '2']);
      const serial = vanban(['lint', dir, '--format', 'json', '--verbose', '--jobs', '1']);
      assert.match(parallel.stderr, /60 file\(s\) checked in 2 worker thread\(s\)/);
      assert.match(serial.stderr, /60 file\(s\) checked in-process/);
      assert.equal(parallel.code, 1);
      assert.equal(parallel.stdout, serial.stdout);
      const reports = JSON.parse(parallel.stdout) as JsonReport[];
      assert.equal(reports.length, 60);
      assert.equal(reports.filter((r) => r.diagnostics.length === 2).length, 15);
    });

    it('keeps a small run in-process', () => {
      const run = vanban(['lint', fixture('clean.vanban'), fixture('fixable.vanban'), '--verbose']);
      assert.match(run.stderr, /2 file\(s\) checked in-process/);
    });
  });
});
