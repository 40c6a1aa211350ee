// A budget for each .docx: generated hostile packages (sections x header paragraphs, a list
// starting at 2,000,000,000 in letters, millions of empty paragraphs, a paragraph of 300,000 runs with a
// PAGE field, incompressible text near 10 MB) read in time and memory that grow at most linearly — ratios
// of sizes, never wall-clock thresholds — and a peak RSS under 256 MB measured in a child process; an
// encrypted package named as such; invalid UTF-8 inside a part reported; "too large" is exit 2.

import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localize, readDocx, WordError } from '../../server/src/engine';
import { MAX_PARAGRAPHS } from '../../server/src/engine/docx/reader';
import { ROOT } from '../helpers';
import {
  emptyParagraphs, encryptedPackage, hugeLetterStart, invalidUtf8Part, noisyText, plainParagraphs, runsWithPageField, sectionsTimesHeader,
} from './hostile-docx';

const CLI = join(ROOT, 'dist', 'cli.js');

/** Best of three timings after a warm-up: the ratio compares the work, not the machine's moment. */
function time(read: () => void): number {
  read();
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const started = process.hrtime.bigint();
    read();
    best = Math.min(best, Number(process.hrtime.bigint() - started) / 1e6);
  }
  return best;
}

function attempt(bytes: Uint8Array): WordError | undefined {
  try {
    readDocx(bytes);
    return undefined;
  } catch (error) {
    if (error instanceof WordError) return error;
    throw error;
  }
}

describe('a budget for each .docx', function () {
  this.timeout(300_000);
  let dir: string;
  before(() => { dir = mkdtempSync(join(tmpdir(), 'vanban-docx-budget-')); });
  after(() => dir && rmSync(dir, { recursive: true, force: true }));

  const shapes = { sectionsTimesHeader, hugeLetterStart, emptyParagraphs, runsWithPageField, plainParagraphs };
  for (const [name, make] of Object.entries(shapes)) {
    it(`${name}: 10x the size costs at most 30x the time`, () => {
      const small = make(2_000);
      const large = make(20_000);
      assert.equal(attempt(large), undefined, 'read whole');
      let ratio = time(() => readDocx(large)) / Math.max(0.5, time(() => readDocx(small)));
      // An outlier (a collection, another process) is measured once more before it counts.
      if (ratio > 30) ratio = time(() => readDocx(large)) / Math.max(0.5, time(() => readDocx(small)));
      assert.ok(ratio <= 30, `${name}: ${ratio.toFixed(1)}x for 10x`);
    });
  }

  it('bounds a numbering label: a list starting at 2,000,000,000 in letters gives short labels', () => {
    const document = readDocx(hugeLetterStart(3));
    for (const paragraph of document.paragraphs) assert.ok(paragraph.labelLength <= 64, `label of ${paragraph.labelLength} characters`);
    assert.match(document.paragraphs[0].text, /^\d+\) Điều$/);
  });

  it('refuses millions of empty paragraphs and a paragraph of 300,000 runs as too large, without overflowing the stack', () => {
    for (const bytes of [emptyParagraphs(5_000_000), emptyParagraphs(MAX_PARAGRAPHS + 1), runsWithPageField(300_000)]) {
      const error = attempt(bytes);
      assert.equal(error?.kind, 'too-large', error?.message);
      assert.match(localize('en', error.detail), /too large/);
    }
    // Within the limits, a PAGE field in a paragraph of many runs is read (a loop, not Math.max(...sizes)).
    assert.equal(attempt(runsWithPageField(90_000)), undefined);
  });

  it('names an encrypted package even when its directory lies past the first megabytes', () => {
    assert.equal(attempt(encryptedPackage())?.kind, 'encrypted');
  });

  it('reports invalid UTF-8 inside a part, naming the part and the byte', () => {
    const error = attempt(invalidUtf8Part());
    assert.equal(error?.kind, 'corrupt');
    assert.match(localize('en', error.detail), /word\/document\.xml is not valid UTF-8 \(byte 0xf2 at offset \d+\)/);
  });

  it('keeps the peak memory under 256 MB for every hostile file under 10 MB (lint in a child process), and says too large with exit 2', function () {
    if (!existsSync(CLI)) this.skip(); // built by `npm test` before mocha
    const preload = join(dir, 'rss.cjs');
    writeFileSync(preload, "process.on('exit', () => require('node:fs').writeSync(2, `\\nmaxrss=${process.resourceUsage().maxRSS}\\n`));\n");
    const files: [string, Uint8Array][] = [
      ['empty-5m', emptyParagraphs(5_000_000)], ['empty-limit', emptyParagraphs(MAX_PARAGRAPHS - 1)], ['runs', runsWithPageField(99_000)],
      ['letters', hugeLetterStart(49_000)], ['sections', sectionsTimesHeader(49_000)], ['text', noisyText(9_500_000)], ['encrypted', encryptedPackage(9 * 1024 * 1024)],
    ];
    for (const [name, bytes] of files) {
      assert.ok(bytes.length < 10 * 1024 * 1024, `${name}: ${bytes.length} bytes`);
      const path = join(dir, `${name}.docx`);
      writeFileSync(path, bytes);
      const result = spawnSync(process.execPath, ['-r', preload, CLI, 'lint', path, '--lang', 'en'], { encoding: 'utf8', timeout: 120_000 });
      const rss = Number(/maxrss=(\d+)/.exec(result.stderr)?.[1]) / 1024;
      assert.ok(rss > 0 && rss < 256, `${name}: peak ${rss.toFixed(0)} MB`);
      if (name === 'empty-5m') {
        assert.equal(result.status, 2);
        assert.match(result.stderr, /too large/);
      }
    }
  });
});
