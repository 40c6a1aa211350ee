// `tsx bench/edits.ts BUILD.js [BUILD2.js]`: what one version of the 1 MB draft costs while it is edited,
// in the process (no language server around it): the analysis host of each build is told 40 versions that
// type and delete ` x` at the end of a middle line, and each version's analysis is timed in CPU time
// (the figure behind the LSP latency, without the machine's other load), twice per build in alternation.

import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateDraft } from './generate';

type Engine = typeof import('../server/src/engine');

const sorted = (xs: readonly number[]) => [...xs].sort((a, b) => a - b);
const at = (xs: readonly number[], p: number) => sorted(xs)[Math.min(xs.length - 1, Math.floor(p * xs.length))];

function main(): void {
  const paths = process.argv.slice(2);
  if (paths.length === 0) throw new Error('usage: tsx bench/edits.ts BUILD.js [BUILD2.js]');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const builds = paths.map((path) => require(resolve(path)) as Engine);
  const text = generateDraft(1_000_000, 1000);
  const lines = text.split('\n');
  const middle = Math.floor(lines.length / 2);
  const typed = [...lines.slice(0, middle), `${lines[middle]} x`, ...lines.slice(middle + 1)].join('\n');
  for (let round = 0; round < 2; round++) {
    builds.forEach((engine, b) => {
      const host = new engine.AnalysisHost();
      const options = { whileTyping: true };
      host.update('file:///bench/edits.vanban', 1, text);
      host.analysis('file:///bench/edits.vanban', options);
      const cpu: number[] = [];
      const wall: number[] = [];
      for (let version = 2; version < 42; version++) {
        const c0 = process.cpuUsage();
        const t0 = performance.now();
        host.update('file:///bench/edits.vanban', version, version % 2 === 0 ? typed : text);
        host.analysis('file:///bench/edits.vanban', options);
        wall.push(performance.now() - t0);
        const used = process.cpuUsage(c0);
        cpu.push((used.user + used.system) / 1000);
      }
      process.stdout.write(`${paths[b]}: CPU ms per version, the first 10 p50 ${at(cpu.slice(0, 10), 0.5).toFixed(1)}; all 40 min ${at(cpu, 0).toFixed(1)}, p50 ${at(cpu, 0.5).toFixed(1)}, p95 ${at(cpu, 0.95).toFixed(1)} (wall p50 ${at(wall, 0.5).toFixed(1)}, p95 ${at(wall, 0.95).toFixed(1)})\n`);
    });
  }
}

main();
