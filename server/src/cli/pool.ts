// Checking many files in worker threads, bounded by the machine's cores. Small runs stay in-process:
// starting a worker costs more than linting a few drafts.

import { availableParallelism } from 'node:os';
import { Worker, parentPort, workerData } from 'node:worker_threads';
import { checkFile, type CheckOutcome } from './check';
import { messagesIn } from './lang';
import { optionsResolver } from './options';
import type { Language } from '../engine';
import type { CliFlags } from './options';

/** Below this many files the run stays in the main thread. */
const PARALLEL_MIN_FILES = 48;
/** Each worker gets at least this many files, so a worker is worth its start-up. */
const FILES_PER_WORKER = 24;
/** Files handed to a worker at a time: small enough to balance, large enough to keep messages few. */
const BATCH = 8;

const WORKER_ROLE = 'vanban-lint-worker';

interface WorkerInput { readonly role: typeof WORKER_ROLE; readonly flags: CliFlags; readonly language: Language }
interface Batch { readonly start: number; readonly files: readonly string[] }
interface BatchResult { readonly start: number; readonly outcomes: readonly CheckOutcome[] }

/**
 * `--jobs N` within the machine's cores: more workers than cores only add memory (`--jobs 1e9`
 * started a worker per 24 files, 2.2 GB for 2,400 files). `capped` says the value asked for was lowered.
 */
export function capJobs(asked: number | undefined, cores = availableParallelism()): { jobs: number | undefined; capped: boolean } {
  if (asked === undefined || asked <= cores) return { jobs: asked, capped: false };
  return { jobs: cores, capped: true };
}

/** How many workers a run of `fileCount` files gets (0: in-process); never more than the cores. */
export function workerCount(fileCount: number, maxJobs = availableParallelism()): number {
  const jobs = Math.min(maxJobs, availableParallelism());
  if (fileCount < PARALLEL_MIN_FILES || jobs <= 1) return 0;
  return Math.max(1, Math.min(jobs, Math.floor(fileCount / FILES_PER_WORKER)));
}

/**
 * Checks `files` with `workers` worker threads running `script` (the CLI bundle itself), and returns
 * the outcomes in the order of `files`. `onProgress` is told how many files are done.
 */
export function checkInWorkers(
  script: string, files: readonly string[], flags: CliFlags, language: Language, workers: number, onProgress: (done: number) => void,
): Promise<CheckOutcome[]> {
  const outcomes: CheckOutcome[] = new Array(files.length);
  let next = 0;
  let done = 0;
  const feed = (worker: Worker): void => {
    if (next >= files.length) {
      void worker.terminate();
      return;
    }
    const batch: Batch = { start: next, files: files.slice(next, next + BATCH) };
    next += batch.files.length;
    worker.postMessage(batch);
  };
  const runOne = () => new Promise<void>((resolve, reject) => {
    const input: WorkerInput = { role: WORKER_ROLE, flags, language };
    const worker = new Worker(script, { workerData: input });
    worker.on('message', (result: BatchResult) => {
      result.outcomes.forEach((outcome, i) => { outcomes[result.start + i] = outcome; });
      done += result.outcomes.length;
      onProgress(done);
      feed(worker);
    });
    worker.on('error', reject);
    worker.on('exit', () => resolve());
    feed(worker);
  });
  return Promise.all(Array.from({ length: workers }, runOne)).then(() => {
    if (done !== files.length) throw new Error(`worker threads checked ${done} of ${files.length} files`);
    return outcomes;
  });
}

/** True when this thread was started by `checkInWorkers`. */
export function isLintWorker(): boolean {
  return parentPort !== null && (workerData as WorkerInput | undefined)?.role === WORKER_ROLE;
}

/** The worker's loop: check each batch it is sent, send the outcomes back. */
export function runLintWorker(): void {
  const { flags, language } = workerData as WorkerInput;
  // The worker's own run: its configs read once, its messages in the CLI's language (given, not global).
  const run = { optionsFor: optionsResolver(), say: messagesIn(language).say };
  parentPort!.on('message', (batch: Batch) => {
    const result: BatchResult = { start: batch.start, outcomes: batch.files.map((file) => checkFile(file, flags, run)) };
    parentPort!.postMessage(result);
  });
}
