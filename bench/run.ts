// `npm run bench`: the engine, the language server and markdownlint on the same texts, in one run.
// Prints a markdown table and ends with `ratio vs markdownlint: N×` (engine over markdownlint
// throughput on the 1 MB draft). Numbers only: nothing here asserts a time. `--readme` also writes the
// table into README.md between its benchmark markers (test/readme.test.ts checks the table's shape).

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { docxFixLines } from './docxFix';
import { generateDraft } from './generate';
import { LspSession } from './lsp';
import { measureAlternating } from './stats';
import { report, replaceReadmeTable, type MemoryRow, type Row } from './table';

const ROOT = resolve(__dirname, '..');
const SHARED = resolve(ROOT, '..', 'shared');
/**
 * The built bundles, as users run them (`npm run bench` builds first); `--build DIR` times another build's
 * `engine.js` and `server.js` (another checkout's dist/) with this bench, for a comparison in the same hour.
 */
const buildArg = process.argv.indexOf('--build');
const DIST = buildArg > 0 && process.argv[buildArg + 1] ? resolve(process.argv[buildArg + 1]) : join(ROOT, 'dist');
const SERVER = join(DIST, 'server.js');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const engine = require(join(DIST, 'engine.js')) as typeof import('../server/src/engine');

interface Input {
  readonly name: string;
  /** One or more texts linted per timed run (the corpus is all its files). */
  readonly texts: readonly string[];
  readonly lsp: boolean;
}

/** Changes made before the warm LSP column's timed ones (the server's code compiles on the first ones). */
const WARMUP = 5;

function inputs(): Input[] {
  const list: Input[] = [];
  const seed = join(SHARED, 'seed', '000_4b08c1917d0a3bce.txt');
  if (existsSync(seed)) list.push({ name: 'seed (real conclusion)', texts: [readFileSync(seed, 'utf8')], lsp: true });
  list.push({ name: 'generated 10 KB', texts: [generateDraft(10_000, 10)], lsp: true });
  list.push({ name: 'generated 100 KB', texts: [generateDraft(100_000, 100)], lsp: true });
  list.push({ name: 'generated 1 MB', texts: [generateDraft(1_000_000, 1000)], lsp: true });
  const corpus = join(SHARED, 'corpus', 'real');
  if (existsSync(corpus)) {
    const files = readdirSync(corpus).filter((name) => name.endsWith('.txt')).sort();
    list.push({ name: `real corpus (${files.length} files)`, texts: files.map((name) => readFileSync(join(corpus, name), 'utf8')), lsp: false });
  }
  return list;
}

async function main(): Promise<void> {
  // Other work on the machine skews wall times; the load when the run starts is printed with them.
  const loadAtStart = loadavg()[0];
  const { lint: markdownlint } = (await import('markdownlint/sync')) as { lint: (options: { strings: Record<string, string> }) => unknown };
  const rows: Row[] = [];
  for (const input of inputs()) {
    const bytes = input.texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
    const large = bytes > 500_000;
    process.stderr.write(`engine and markdownlint: ${input.name}\n`);
    const strings = Object.fromEntries(input.texts.map((text, i) => [`t${i}`, text]));
    // Alternating runs: on a shared machine both linters see the same load, so the ratio holds.
    const { fast: engineSample, slow: mdSample } = measureAlternating(
      () => { for (const text of input.texts) engine.lint(text); },
      () => markdownlint({ strings }),
      { minRounds: large ? 3 : 5, budgetMs: large ? 6000 : 2000 },
    );
    rows.push({ name: input.name, texts: input.texts, lspInput: input.lsp, bytes, engine: engineSample, markdownlint: mdSample });
  }

  // LSP: one server with no debounce (the latency of the work itself), timed from the first change after
  // opening and again after WARMUP untimed changes; one with the default debounce.
  for (const [delay, key, warmup] of [[0, 'lsp', 0], [0, 'lspWarm', WARMUP], [undefined, 'lspDebounced', 0]] as const) {
    const session = await LspSession.start(SERVER, delay);
    for (const row of rows.filter((r) => r.lspInput)) {
      process.stderr.write(`LSP ${delay === 0 ? 'debounce 0' : `default debounce`}${warmup ? ', warm' : ''}: ${row.name}\n`);
      const uri = `file:///bench/${encodeURIComponent(row.name)}.vanban`;
      await session.open(uri, row.texts[0]);
      const runs = delay === 0 ? (row.bytes > 500_000 ? 30 : 60) : 12;
      row[key] = await session.typingLatency(uri, row.texts[0], runs, warmup);
      await session.close(uri);
    }
    await session.stop();
  }

  // Memory: a fresh server with 100 documents open, at two document sizes.
  const memory: MemoryRow[] = [];
  for (const size of [10_000, 100_000]) {
    const session = await LspSession.start(SERVER, 0);
    const idle = session.rssMb();
    let textBytes = 0;
    for (let i = 0; i < 100; i++) {
      const text = generateDraft(size, 5000 + i, `số ${i + 1}`);
      textBytes += Buffer.byteLength(text);
      await session.open(`file:///bench/open-${size}-${i}.vanban`, text);
    }
    memory.push({ size: `${size / 1000} KB`, textMb: textBytes / 1e6, idle, open: session.rssMb() });
    await session.stop();
  }

  const cpu = cpus();
  const machine = `${buildArg > 0 ? `Build: ${DIST}. ` : ''}Machine: ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${availableParallelism()} core(s) available, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}, ${process.platform}/${process.arch}; load average ${loadAtStart.toFixed(2)} at the start of the run`;
  const text = report(machine, rows, memory);
  process.stdout.write(`${text}\n`);
  // An older build may have no .docx fix to time.
  if (typeof engine.fixDocxFormatting === 'function') {
    process.stderr.write('fix on a .docx\n');
    process.stdout.write(`\n${docxFixLines(engine).join('\n')}\n`);
  }
  if (process.argv.includes('--readme') && buildArg < 0) {
    const readme = join(ROOT, 'README.md');
    writeFileSync(readme, replaceReadmeTable(readFileSync(readme, 'utf8'), text));
    process.stderr.write('README.md: benchmark table written\n');
  }
}

main().catch((error) => {
  process.stderr.write(`bench failed: ${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 1;
});
