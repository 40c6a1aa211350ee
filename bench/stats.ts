// Timing helpers: run functions until a run count or a time budget is reached, report percentiles.

import { performance } from 'node:perf_hooks';

export interface Sample {
  readonly runs: number;
  readonly p50: number;
  readonly p95: number;
  /** Median CPU time of a run (user + system, ms), where measured: steadier than wall time on a busy machine. */
  readonly cpuP50?: number;
}

/** Nearest-rank percentile of ascending `sorted` times (ms). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** The CPU time (user + system, ms) one call of `run` takes: steadier than wall time on a shared machine. */
export function cpuTimeOf(run: () => unknown): number {
  const c0 = process.cpuUsage();
  run();
  return cpuMs(c0);
}

export function summarize(times: readonly number[], cpuTimes?: readonly number[]): Sample {
  const sorted = [...times].sort((a, b) => a - b);
  const cpu = cpuTimes && [...cpuTimes].sort((a, b) => a - b);
  return { runs: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), cpuP50: cpu && percentile(cpu, 50) };
}

/** CPU time (user + system) of this process since `since`, in ms. */
function cpuMs(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

/** Throughput in MB/s (10^6 bytes) of `bytes` handled in `ms`. */
export function mbPerSecond(bytes: number, ms: number): number {
  return bytes / 1e6 / (ms / 1000);
}

/**
 * Times a fast `fast` and a slow `slow` in alternation, so both see the same load on a shared machine:
 * each round runs `slow` once, then `fast` for about as long. At least `minRounds`, then until `budgetMs`.
 */
export function measureAlternating(fast: () => unknown, slow: () => unknown, { warmup = 2, warmupMs = 2000, minRounds = 5, maxRounds = 300, budgetMs = 3000 } = {}): { fast: Sample; slow: Sample } {
  // Warm: at least `warmup` rounds and `warmupMs` of both. The first input of a run is the first text the
  // engine ever reads in this process: measured on the seed, its p50 falls for two to four seconds while V8
  // compiles (0.41 ms in the first two seconds, 0.28–0.33 ms after), so twenty lints are not warm.
  const warming = performance.now();
  for (let i = 0; i < warmup || performance.now() - warming < warmupMs; i++) { slow(); for (let j = 0; j < 10; j++) fast(); }
  const fastTimes: number[] = [];
  const slowTimes: number[] = [];
  const fastCpu: number[] = [];
  const slowCpu: number[] = [];
  const started = performance.now();
  while (slowTimes.length < maxRounds && (slowTimes.length < minRounds || performance.now() - started < budgetMs)) {
    let t0 = performance.now();
    let c0 = process.cpuUsage();
    slow();
    const slowMs = performance.now() - t0;
    slowCpu.push(cpuMs(c0));
    slowTimes.push(slowMs);
    let spent = 0;
    for (let j = 0; j < 500 && (j === 0 || spent < slowMs); j++) {
      t0 = performance.now();
      c0 = process.cpuUsage();
      fast();
      const ms = performance.now() - t0;
      fastCpu.push(cpuMs(c0));
      fastTimes.push(ms);
      spent += ms;
    }
  }
  return { fast: summarize(fastTimes, fastCpu), slow: summarize(slowTimes, slowCpu) };
}
