// The benchmark's report as markdown: the table `npm run bench` prints and writes into the README
// (`npm run bench -- --readme`), and the shape the README's copy must keep (test/readme.test.ts).

import { mbPerSecond, type Sample } from './stats';

export interface Row {
  readonly name: string;
  readonly texts: readonly string[];
  /** Whether the LSP columns are measured for this input. */
  readonly lspInput: boolean;
  readonly bytes: number;
  readonly engine: Sample;
  readonly markdownlint: Sample;
  lsp?: Sample;
  lspWarm?: Sample;
  lspDebounced?: Sample;
}

export interface MemoryRow {
  readonly size: string;
  readonly textMb: number;
  readonly idle: number;
  readonly open: number;
}

export const DEFAULT_DEBOUNCE_MS = 120;

export const TABLE_HEADER = '| input | size | engine p50 ms | engine p95 ms | engine MB/s | markdownlint p50 ms | markdownlint MB/s | engine ÷ markdownlint | LSP p50 ms | LSP p95 ms | LSP p95 ms, warm | LSP p95 ms, 120 ms debounce |';
export const MEMORY_HEADER = '| server memory | idle RSS MB | RSS MB with 100 documents open | text open |';

/** The README's copy of the report stands between these two lines. */
export const README_START = '<!-- bench:start (npm run bench -- --readme) -->';
export const README_END = '<!-- bench:end -->';

const f = (n: number | undefined, digits = 2) => (n === undefined || Number.isNaN(n) ? '—' : n.toFixed(digits));

/** The whole report: machine line, timing table, notes, memory table, the 1 MB ratios. */
export function report(machine: string, rows: readonly Row[], memory: readonly MemoryRow[]): string {
  const out: string[] = [];
  out.push(machine);
  out.push('');
  out.push(TABLE_HEADER);
  out.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const row of rows) {
    const engineMbs = mbPerSecond(row.bytes, row.engine.p50);
    const mdMbs = mbPerSecond(row.bytes, row.markdownlint.p50);
    out.push(`| ${row.name} | ${(row.bytes / 1000).toFixed(1)} KB | ${f(row.engine.p50, 3)} | ${f(row.engine.p95, 3)} | ${f(engineMbs, 1)} | ${f(row.markdownlint.p50, 3)} | ${f(mdMbs, 1)} | ${f(engineMbs / mdMbs, 1)}× | ${f(row.lsp?.p50)} | ${f(row.lsp?.p95)} | ${f(row.lspWarm?.p95)} | ${f(row.lspDebounced?.p95)} |`);
  }
  out.push('');
  out.push('Engine: `lint(text)` of dist/engine.js (parse + every rule), warm, timed in alternation with markdownlint (default rules, `markdownlint/sync`) on the same texts. LSP: `didChange` (type or delete a character mid-document) to the `publishDiagnostics` of that version, over stdio, with `initializationOptions.diagnosticsDelayMs: 0`, from the first change after opening; "warm" after 5 untimed changes; the last column keeps the default ' + `${DEFAULT_DEBOUNCE_MS} ms debounce. MB = 10^6 bytes.`);
  out.push('');
  out.push(MEMORY_HEADER);
  out.push('|---|---:|---:|---:|');
  for (const m of memory) out.push(`| 100 × ${m.size} drafts | ${f(m.idle, 1)} | ${f(m.open, 1)} | ${f(m.textMb, 1)} MB |`);
  out.push('');
  const mb = rows.find((row) => row.name === 'generated 1 MB');
  if (mb) {
    const ratio = mbPerSecond(mb.bytes, mb.engine.p50) / mbPerSecond(mb.bytes, mb.markdownlint.p50);
    // CPU time counts only this process's work, so it holds better than wall time when the machine is shared.
    const cpuRatio = (mb.markdownlint.cpuP50 ?? NaN) / (mb.engine.cpuP50 ?? NaN);
    const seed = rows.find((row) => row.name.startsWith('seed'));
    const typical = memory.find((m) => m.size === '10 KB');
    out.push(`Aims: seed p50 ${f(seed?.engine.p50, 3)} ms (at most 0.5); LSP p95 at 1 MB from the first change ${f(mb.lsp?.p95)} ms (at most 30); server RSS with 100 × 10 KB drafts open ${f(typical?.open, 1)} MB (under 100); 1 MB throughput over markdownlint's on the last line (at least 40×)`);
    out.push(`1 MB draft, median CPU time: engine ${f(mb.engine.cpuP50)} ms, markdownlint ${f(mb.markdownlint.cpuP50)} ms (ratio ${f(cpuRatio, 1)}×)`);
    out.push(`ratio vs markdownlint: ${ratio.toFixed(1)}×`);
  }
  return out.join('\n');
}

/** The README with its benchmark report replaced by `text` (between the markers). */
export function replaceReadmeTable(readme: string, text: string): string {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${README_START} … ${README_END} block`);
  return `${readme.slice(0, start + README_START.length)}\n${text}\n${readme.slice(end)}`;
}
