// `vanban lint report.docx` and `vanban import report.docx -o report.vanban`, as processes (dist/cli.js):
// findings located by line and column in the extracted text and by paragraph; a bad file exits 2 with
// its reason; the imported draft lints like the .docx and renders back to a .docx.

import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDocx } from '../../server/src/engine';
import { vanban } from '../cli/run';
import { buildFixture } from './build';

describe('vanban lint/import on Word files', function () {
  this.timeout(60_000);
  let dir: string;
  let file: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'vanban-word-'));
    file = join(dir, 'bao-cao.docx');
    writeFileSync(file, await buildFixture({ margins: { top: 15 }, part: 'recipient', size: 12 }));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('lints a .docx: formatting findings at their paragraph, text format', () => {
    const run = vanban(['lint', file, '--lang', 'en']);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /bao-cao\.docx:1:1 warning word-margins The top margin is 15 mm; allowed: 20–25 mm .* \[¶1\]/);
    assert.match(run.stdout, /bao-cao\.docx:17:1 warning word-part-size The recipient line is 12 pt here and in 1 more lines; allowed: 11 pt .* \[¶17\]/);
  });

  it('JSON and SARIF carry the paragraph with the line and column in the extracted text', () => {
    const json = JSON.parse(vanban(['lint', file, '--format', 'json']).stdout) as { diagnostics: { rule: string; paragraph: number; range: { start: { line: number } } }[] }[];
    const margins = json[0].diagnostics.find((d) => d.rule === 'word-margins')!;
    assert.equal(margins.paragraph, 0);
    assert.ok(json[0].diagnostics.every((d) => Number.isInteger(d.paragraph)));
    const sarif = JSON.parse(vanban(['lint', file, '--format', 'sarif']).stdout);
    const result = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'word-part-size');
    assert.equal(result.properties.paragraph, 16);
    assert.equal(result.locations[0].physicalLocation.region.startLine, 17);
  });

  it('exits 2 with the reason on a file that is not a readable .docx', () => {
    const doc = join(dir, 'cu.doc');
    const ole = new Uint8Array(1024);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    writeFileSync(doc, ole);
    const truncated = join(dir, 'cat.docx');
    writeFileSync(truncated, readFileSync(file).subarray(0, 3000));
    for (const [path, reason] of [[doc, /old Word file \(\.doc/], [truncated, /damaged or truncated/]] as const) {
      const run = vanban(['lint', path, '--lang', 'en']);
      assert.equal(run.code, 2);
      assert.match(run.stderr, reason);
      assert.doesNotMatch(run.stderr, /at .*\.js:\d+/, 'no stack trace');
      const imported = vanban(['import', path, '--lang', 'en']);
      assert.equal(imported.code, 2);
      assert.match(imported.stderr, reason);
    }
  });

  it('vanban fix on a Word file fixes its formatting into a new file and leaves the original untouched', () => {
    const before = readFileSync(file);
    const run = vanban(['fix', file, '--lang', 'en']);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /bao-cao\.chuan-hoa\.docx: \d+ formatting change\(s\) written/);
    assert.deepEqual(readFileSync(file), before);
    rmSync(join(dir, 'bao-cao.chuan-hoa.docx'));
  });

  it('imports the text as a draft that lints like the .docx, keeps an existing file, and renders back', () => {
    const draft = join(dir, 'bao-cao.vanban');
    assert.equal(vanban(['import', file, '-o', draft]).code, 0);
    const text = readFileSync(draft, 'utf8');
    assert.equal(text, `${readDocx(new Uint8Array(readFileSync(file))).text}\n`);
    assert.match(text, /^ỦY BAN NHÂN DÂN\nTỈNH HÒA BÌNH\nSố: 08\/QĐ-UBND\n/);
    const again = vanban(['import', file, '-o', draft]);
    assert.equal(again.code, 2);
    assert.match(again.stderr, /đã có; thêm --force để ghi đè/);

    const rulesOf = (path: string) => (JSON.parse(vanban(['lint', path, '--format', 'json']).stdout)[0].diagnostics as { rule: string }[])
      .map((d) => d.rule).filter((rule) => !rule.startsWith('word-'));
    assert.deepEqual(rulesOf(draft), rulesOf(file));

    const back = join(dir, 'lai.docx');
    const render = vanban(['render', '--to', 'docx', draft, '-o', back]);
    assert.equal(render.code, 0, render.stderr);
    assert.ok(existsSync(back));
    const words = (s: string) => s.split(/\s+/).filter(Boolean).sort();
    assert.deepEqual(words(readDocx(new Uint8Array(readFileSync(back))).text), words(text));
    // The exported draft passes the formatting rules.
    const formatting = (JSON.parse(vanban(['lint', back, '--format', 'json']).stdout)[0].diagnostics as { rule: string }[]).filter((d) => d.rule.startsWith('word-'));
    assert.deepEqual(formatting, []);
  });
});
