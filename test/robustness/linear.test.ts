// Linear time by test: parse, lint, the code actions, render, completion and hover are timed on
// adversarial texts of 10 KB and of 100 KB, and the 100 KB time may be at most LIMIT times the 10 KB time
// (10x the size: linear growth gives about 10; a quadratic path gives about 100). Only ratios measured in
// the same run are compared, never a wall-clock time. The engine's operations are timed in CPU time (this
// process's own work: other work on a shared machine does not count in it), the language server's in wall
// time (its work is another process's). Each measurement is the best of several runs after a warm-up, and
// a fast operation is repeated until one measurement lasts a few milliseconds, so timer resolution and
// garbage collection cannot decide the verdict.

import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { performance } from 'node:perf_hooks';
import { fixAll, lintModel, parse } from '../../server/src/engine';
import { diffEdits, disableForFile, disableForLine, fixRule, missingPartInsertions } from '../../server/src/engine/edits';
import { renderDocxFile, renderPreview } from '../../server/src/engine/render';
import { ROOT } from '../helpers';
import { TestClient } from '../lsp/client';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const SMALL = 10_000;
const LARGE = 100_000;
/** 10x the input; 3x slack over linear growth for caches and allocation. */
const LIMIT = 30;
const RUNS = Number(process.env.VANBAN_LINEAR_RUNS ?? 12);

/** Line starts that wake a recogniser (heading, item, number, date, recipients, directive, emphasis…). */
const PREFIXES = [
  '', 'Điều 1', 'Điều 1.', 'Chương I', 'Phần thứ nhất', 'Mục 2', '- ', '+ ', '• ', '1. ', '1.2. ', 'I. ', 'a) ', '(1) ',
  'Số ', 'Số: 12/', 'Số 02-', 'Hà Nội, ngày', 'Hà Nội, ngày 5 tháng', 'Nơi nhận:', '- Lưu', 'Kính gửi: ', 'Căn cứ ', '**', '*', '_',
  '<!-- vanban-disable-line ', '<!-- vanban ', 'ỦY BAN NHÂN DÂN', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'T/M ', 'KT. CHỦ TỊCH', 'ông Tỉnh', '[', 'V/v ',
];
/** What is repeated to fill the line. */
const RUNS_OF = [
  ' ', '\t', '\v', '\u00a0', '*', '_', '**', '*a', '_a', 'a ', ' -', ' /', '\u2028', '\u2029', '\u0301', 'a\u0301', 'e\u0323\u0302',
  '1', '1 ', '/', '-', ':', '.', './.', ' .', ',', '(', ')', '[', ']', '<!--', '-->', 'ngày ', 'Số ', 'Điều 1 ', 'x', 'Tỉnh ', '\u200b',
];
const SUFFIXES = ['', '\u2028', '\u2029', 'x', '\v', '.', '*', ' ', '\u0000'];

interface Shape { readonly prefix: string; readonly run: string; readonly suffix: string; readonly lines: boolean }

/** A text of about `size` characters: one long line, or many lines of the same shape. */
function build(shape: Shape, size: number): string {
  if (!shape.lines) return shape.prefix + shape.run.repeat(Math.max(1, Math.floor((size - shape.prefix.length) / shape.run.length))) + shape.suffix;
  const line = `${shape.prefix}${shape.run.repeat(8)}${shape.suffix}\n`;
  return line.repeat(Math.max(1, Math.floor(size / line.length)));
}

const shapes = fc.record({
  prefix: fc.constantFrom(...PREFIXES),
  run: fc.constantFrom(...RUNS_OF),
  suffix: fc.constantFrom(...SUFFIXES),
  lines: fc.boolean(),
});

/** The worst shapes once reported, always tried first. */
const KNOWN: [Shape][] = [
  [{ prefix: 'Chương I', run: ' ', suffix: '\u2028', lines: false }],
  [{ prefix: '- ', run: ' ', suffix: '\u2028', lines: false }],
  [{ prefix: '', run: '*', suffix: 'x', lines: false }],
  [{ prefix: '', run: '_', suffix: 'x', lines: false }],
  [{ prefix: 'a', run: ' \v', suffix: 'a', lines: false }],
  [{ prefix: '**', run: 'a **', suffix: '', lines: false }],
  [{ prefix: '<!-- vanban-disable-line ', run: ' ', suffix: 'x', lines: false }],
  [{ prefix: 'Hà Nội, ngày', run: ' ', suffix: 'x', lines: false }],
  [{ prefix: 'a', run: '\u0301', suffix: '', lines: false }],
  // Lines wrapped inside one sentence: the preview joins them into one paragraph.
  [{ prefix: 'văn', run: ' bản', suffix: '', lines: true }],
];

/** A clock in milliseconds. */
type Clock = () => number;
/** CPU time (user + system) of this process: what an operation of this process costs, whatever else runs. */
const cpuClock: Clock = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};
const wallClock: Clock = () => performance.now();

/** Milliseconds per call: best of `repeat` measurements, each long enough for the clock to resolve. */
async function measure(operation: () => unknown, calls: number, repeat = 3, clock = wallClock): Promise<number> {
  await operation(); // warm-up
  let best = Infinity;
  for (let i = 0; i < repeat; i++) {
    const start = clock();
    for (let c = 0; c < calls; c++) await operation();
    best = Math.min(best, (clock() - start) / calls);
  }
  return best;
}

/** How many calls make one small measurement last about 20 ms (the large one then makes a tenth as many). */
async function callsFor(operation: () => unknown, clock: Clock): Promise<number> {
  const start = clock();
  await operation();
  const once = Math.max(clock() - start, 0.001);
  return Math.min(200, Math.max(1, Math.ceil(20 / once)));
}

/** CPU time at LARGE / CPU time at SMALL for an engine operation built from a text (best of four runs each). */
async function growth(make: (text: string) => () => unknown, shape: Shape): Promise<number> {
  const small = make(build(shape, SMALL));
  const large = make(build(shape, LARGE));
  const calls = await callsFor(small, cpuClock);
  const tSmall = await measure(small, calls, 4, cpuClock);
  const tLarge = await measure(large, Math.max(1, Math.ceil(calls / 10)), 4, cpuClock);
  return tLarge / Math.max(tSmall, 1e-6);
}

const TODAY = new Date(2026, 2, 5);
const OPERATIONS: Record<string, (text: string) => () => unknown> = {
  parse: (text) => () => parse(text),
  lint: (text) => { const model = parse(text); return () => lintModel(model); },
  'fix all (safe)': (text) => () => fixAll(text),
  'code actions': (text) => {
    const model = parse(text);
    const result = lintModel(model);
    const last = model.lines.length - 1;
    return () => {
      disableForLine(model, 'double-space', 0);
      disableForLine(model, 'double-space', last);
      disableForFile(model, 'double-space');
      missingPartInsertions({ model, regime: result.regime, findings: result.diagnostics }, { today: TODAY });
    };
  },
  'fix all of one rule': (text) => {
    const rule = lintModel(parse(text)).diagnostics.find((diagnostic) => diagnostic.fix)?.rule ?? 'double-space';
    return () => fixRule(text, rule);
  },
  'minimal edits (diff)': (text) => { const fixed = fixAll(text).text; return () => diffEdits(text, fixed); },
  'render preview': (text) => { const model = parse(text); const { diagnostics } = lintModel(model); return () => renderPreview(model, diagnostics); },
  'render .docx': (text) => { const model = parse(text); const { diagnostics } = lintModel(model); return () => renderDocxFile(model, diagnostics); },
};

describe('linear time on adversarial texts (10 KB vs 100 KB)', function () {
  this.timeout(600_000);
  const failures: string[] = [];
  const spent = new Map<string, number>();
  let checked = 0;

  it(`parse, lint, fixes, code actions and render grow at most ${LIMIT}x for 10x the text (${KNOWN.length} known shapes + ${RUNS} random)`, async () => {
    await fc.assert(fc.asyncProperty(shapes, async (shape) => {
      for (const [name, make] of Object.entries(OPERATIONS)) {
        const began = performance.now();
        let ratio = await growth(make, shape);
        if (process.env.VANBAN_LINEAR_DEBUG) spent.set(name, (spent.get(name) ?? 0) + performance.now() - began);
        // An outlier (a collection or a compilation landing in one run) is measured again before it counts.
        if (ratio > LIMIT) ratio = Math.min(ratio, await growth(make, shape));
        checked++;
        if (ratio > LIMIT) failures.push(`${name} on ${JSON.stringify(shape)}: ${ratio.toFixed(1)}x`);
        assert.ok(ratio <= LIMIT, `${name} grew ${ratio.toFixed(1)}x on ${JSON.stringify(shape)}`);
      }
    }), { numRuns: RUNS + KNOWN.length, examples: KNOWN, endOnFailure: true, seed: 1212 });
    if (process.env.VANBAN_LINEAR_DEBUG) console.log(spent);
    assert.deepEqual(failures, []);
    assert.ok(checked >= (RUNS + KNOWN.length) * Object.keys(OPERATIONS).length, `only ${checked} measurements`);
  });

  describe('completion and hover over LSP', () => {
    const server = join(ROOT, 'dist', 'server.js');
    let client: TestClient;
    before(async function () {
      if (!existsSync(server)) this.skip(); // built by `npm test` before mocha
      client = await TestClient.start();
    });
    after(async () => client?.stop());

    const LSP_SHAPES: Shape[] = [
      { prefix: 'Nơi nhận:\n- ', run: ' ', suffix: '\u2028', lines: false },
      { prefix: 'Chương I', run: ' ', suffix: '\u2028', lines: false },
      { prefix: 'Số', run: ' ', suffix: ':', lines: false },
      { prefix: '- ', run: ' -', suffix: '\u2028', lines: false },
      { prefix: '**', run: 'a **', suffix: '', lines: true },
      { prefix: 'Điều 1. ', run: '[', suffix: '(', lines: false },
    ];
    for (const shape of LSP_SHAPES) {
      it(`completion and hover at the end of ${JSON.stringify(shape)}`, async () => {
        const time = async (size: number) => {
          const uri = `file:///linear/${size}-${encodeURIComponent(shape.prefix)}.vanban`;
          const text = build(shape, size);
          await client.open(uri, text);
          const lines = text.split('\n');
          const position = { line: lines.length - 1, character: lines[lines.length - 1].length };
          const start = { line: 0, character: 0 };
          const ask = async () => {
            await client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position });
            await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position });
            await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: start });
          };
          return measure(ask, 3, 3);
        };
        const ratio = (await time(LARGE)) / Math.max(await time(SMALL), 1e-6);
        assert.ok(ratio <= LIMIT, `completion/hover grew ${ratio.toFixed(1)}x`);
      });
    }
  });

  it('completion in Nơi nhận with a crafted draft lying in the workspace (4 s before)', async function () {
    if (!existsSync(join(ROOT, 'dist', 'server.js'))) this.skip(); // built by `npm test` before mocha
    // The workspace scan parses every draft of the folder on the first completion: time that request.
    const firstCompletion = async (size: number) => {
      let best = Infinity;
      for (let attempt = 0; attempt < 3; attempt++) {
        const folder = mkdtempSync(join(tmpdir(), 'vanban-linear-ws-'));
        try {
          writeFileSync(join(folder, 'crafted.vanban'), `Nơi nhận:\n- Sở Tài chính Lào Cai;\n- ${build({ prefix: 'Chương I', run: ' ', suffix: '\u2028', lines: false }, size)}\n`);
          const workspace = await TestClient.start({ folders: [folder] });
          try {
            const uri = pathToFileURL(join(folder, 'open.vanban')).href;
            await workspace.open(uri, 'Nội dung./.\n\nNơi nhận:\n- ');
            const start = performance.now();
            const list = await workspace.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 3, character: 2 } }) as { items: { label: string }[] };
            best = Math.min(best, performance.now() - start);
            assert.ok(list.items.some((item) => item.label.includes('Sở Tài chính Lào Cai')), 'the workspace draft was read');
          } finally {
            await workspace.stop();
          }
        } finally {
          rmSync(folder, { recursive: true, force: true });
        }
      }
      return best;
    };
    const ratio = (await firstCompletion(LARGE)) / Math.max(await firstCompletion(SMALL), 1e-6);
    assert.ok(ratio <= LIMIT, `completion grew ${ratio.toFixed(1)}x with the workspace draft`);
  });
});
