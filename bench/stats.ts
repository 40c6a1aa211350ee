// Timing helpers: run a function until a run count or a time budget is reached, report percentiles.

import { performance } from 'node:perf_hooks';

export interface Sample {
  readonly runs: number;
  readonly p50: number;
  readonly p95: number;
}

/** Nearest-rank percentile of ascending `sorted` times (ms). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export function summarize(times: readonly number[]): Sample {
  const sorted = [...times].sort((a, b) => a - b);
  return { runs: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
}

/** Times `fn` after `warmup` untimed runs, for at least `minRuns` and at most `maxRuns` or `budgetMs`. */
export function measure(fn: () => unknown, { warmup = 5, minRuns = 5, maxRuns = 1000, budgetMs = 1500 } = {}): Sample {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  const started = performance.now();
  while (times.length < maxRuns && (times.length < minRuns || performance.now() - started < budgetMs)) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return summarize(times);
}

/** Throughput in MB/s (10^6 bytes) of `bytes` handled in `ms`. */
export function mbPerSecond(bytes: number, ms: number): number {
  return bytes / 1e6 / (ms / 1000);
}
