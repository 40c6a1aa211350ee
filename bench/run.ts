// `npm run bench`: the engine, the language server and markdownlint on the same texts, in one run.
// Prints a markdown table and ends with `ratio vs markdownlint: N×` (engine over markdownlint
// throughput on the 1 MB draft). Numbers only: nothing here asserts a time.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { generateDraft } from './generate';
import { LspSession } from './lsp';
import { mbPerSecond, measureAlternating, type Sample } from './stats';

const ROOT = resolve(__dirname, '..');
const SHARED = resolve(ROOT, '..', 'shared');
const SERVER = join(ROOT, 'dist', 'server.js');
// The built bundle, as users run it (`npm run bench` builds first).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const engine = require(join(ROOT, 'dist', 'engine.js')) as typeof import('../server/src/engine');

interface Input {
  readonly name: string;
  /** One or more texts linted per timed run (the corpus is all its files). */
  readonly texts: readonly string[];
  readonly lsp: boolean;
}

interface Row {
  readonly input: Input;
  readonly bytes: number;
  readonly engine: Sample;
  readonly markdownlint: Sample;
  lsp?: Sample;
  lspDebounced?: Sample;
}

const DEFAULT_DEBOUNCE_MS = 120;

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
    rows.push({ input, bytes, engine: engineSample, markdownlint: mdSample });
  }

  // LSP: one server with no debounce (the latency of the work itself), one with the default debounce.
  for (const [delay, key] of [[0, 'lsp'], [undefined, 'lspDebounced']] as const) {
    const session = await LspSession.start(SERVER, delay);
    for (const row of rows.filter((r) => r.input.lsp)) {
      process.stderr.write(`LSP ${delay === 0 ? 'debounce 0' : `default debounce`}: ${row.input.name}\n`);
      const uri = `file:///bench/${encodeURIComponent(row.input.name)}.vanban`;
      await session.open(uri, row.input.texts[0]);
      const runs = delay === 0 ? (row.bytes > 500_000 ? 30 : 60) : 12;
      row[key] = await session.typingLatency(uri, row.input.texts[0], runs);
      await session.close(uri);
    }
    await session.stop();
  }

  // Memory: a fresh server with 100 documents open, at two document sizes.
  const memory: { size: string; textMb: number; idle: number; open: number }[] = [];
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

  print(rows, memory, loadAtStart);
}

const f = (n: number | undefined, digits = 2) => (n === undefined || Number.isNaN(n) ? '—' : n.toFixed(digits));

function print(rows: readonly Row[], memory: readonly { size: string; textMb: number; idle: number; open: number }[], load: number): void {
  const cpu = cpus();
  const out: string[] = [];
  out.push(`Machine: ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${availableParallelism()} core(s) available, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}, ${process.platform}/${process.arch}; load average ${load.toFixed(2)} at the start of the run`);
  out.push('');
  out.push('| input | size | engine p50 ms | engine p95 ms | engine MB/s | markdownlint p50 ms | markdownlint MB/s | engine ÷ markdownlint | LSP p50 ms | LSP p95 ms | LSP p95 ms, 120 ms debounce |');
  out.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const row of rows) {
    const engineMbs = mbPerSecond(row.bytes, row.engine.p50);
    const mdMbs = mbPerSecond(row.bytes, row.markdownlint.p50);
    out.push(`| ${row.input.name} | ${(row.bytes / 1000).toFixed(1)} KB | ${f(row.engine.p50, 3)} | ${f(row.engine.p95, 3)} | ${f(engineMbs, 1)} | ${f(row.markdownlint.p50, 3)} | ${f(mdMbs, 1)} | ${f(engineMbs / mdMbs, 1)}× | ${f(row.lsp?.p50)} | ${f(row.lsp?.p95)} | ${f(row.lspDebounced?.p95)} |`);
  }
  out.push('');
  out.push('Engine: `lint(text)` of dist/engine.js (parse + every rule), warm, timed in alternation with markdownlint (default rules, `markdownlint/sync`) on the same texts. LSP: `didChange` (type or delete a character mid-document) to the `publishDiagnostics` of that version, over stdio, with `initializationOptions.diagnosticsDelayMs: 0`; the last column keeps the default ' + `${DEFAULT_DEBOUNCE_MS} ms debounce. MB = 10^6 bytes.`);
  out.push('');
  out.push('| server memory | idle RSS MB | RSS MB with 100 documents open | text open |');
  out.push('|---|---:|---:|---:|');
  for (const m of memory) out.push(`| 100 × ${m.size} drafts | ${f(m.idle, 1)} | ${f(m.open, 1)} | ${f(m.textMb, 1)} MB |`);
  out.push('');
  const mb = rows.find((row) => row.input.name === 'generated 1 MB')!;
  const ratio = mbPerSecond(mb.bytes, mb.engine.p50) / mbPerSecond(mb.bytes, mb.markdownlint.p50);
  // CPU time counts only this process's work, so it holds better than wall time when the machine is shared.
  const cpuRatio = (mb.markdownlint.cpuP50 ?? NaN) / (mb.engine.cpuP50 ?? NaN);
  out.push(`1 MB draft, median CPU time: engine ${f(mb.engine.cpuP50)} ms, markdownlint ${f(mb.markdownlint.cpuP50)} ms (ratio ${f(cpuRatio, 1)}×)`);
  out.push(`ratio vs markdownlint: ${ratio.toFixed(1)}×`);
  process.stdout.write(`${out.join('\n')}\n`);
}

main().catch((error) => {
  process.stderr.write(`bench failed: ${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 1;
});
