// One CLI voice: render and import speak the catalogue's language (Vietnamese unless --lang en) with the
// shared wordings; render says, on standard error, that a draft with errors is written with them; import
// -o says what it wrote.

import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vanban } from './run';
import { buildFixture } from '../word/build';
import { ROOT } from '../helpers';

const WITH_ERRORS = join(ROOT, 'test', 'fixtures', 'rules', 'number-format', 'bad-nd30-no-colon.vanban');

describe('one CLI voice', function () {
  this.timeout(60_000);
  let dir: string;
  before(() => { dir = mkdtempSync(join(tmpdir(), 'vanban-voice-')); });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('render warns that a draft with errors is written with them, and lists them (Vietnamese by default)', () => {
    const out = join(dir, 'loi.html');
    const run = vanban(['render', WITH_ERRORS, '-o', out]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /^vanban render: còn (\d+) lỗi trong .*bad-nd30-no-colon\.vanban; tệp vẫn được ghi/);
    assert.match(run.stderr, /number-format/);
    assert.match(run.stdout, /^vanban render: đã ghi .*loi\.html$/m);
  });

  it('render speaks English with --lang en, help included', () => {
    const run = vanban(['render', WITH_ERRORS, '-o', join(dir, 'loi-en.html'), '--lang', 'en']);
    assert.match(run.stderr, /^vanban render: \d+ errors remain in .*; written with them as typed:/);
    assert.match(run.stdout, /^vanban render: wrote /m);
    assert.match(vanban(['render', '--help']).stdout, /^Cách dùng: vanban render/);
    assert.match(vanban(['render', '--help', '--lang', 'en']).stdout, /^Usage: vanban render/);
    assert.match(vanban(['import', '--help']).stdout, /^Cách dùng: vanban import/);
  });

  it('import -o says what it wrote; the exists refusal is worded as render words it', async () => {
    const file = join(dir, 'bao-cao.docx');
    writeFileSync(file, await buildFixture({}));
    const target = join(dir, 'bao-cao.vanban');
    const wrote = vanban(['import', file, '-o', target]);
    assert.equal(wrote.code, 0, wrote.stderr);
    assert.equal(wrote.stdout, `vanban import: đã ghi ${target}\n`);
    const refusedImport = vanban(['import', file, '-o', target]);
    const refusedRender = vanban(['render', '--to', 'html', WITH_ERRORS, '-o', target]);
    const shape = (text: string) => text.replace(/^vanban \w+: /, '');
    assert.equal(shape(refusedImport.stderr), shape(refusedRender.stderr));
  });
});
