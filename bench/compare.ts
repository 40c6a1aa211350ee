// `tsx bench/compare.ts OLD.js NEW.js`: two builds of the engine bundle (e.g. main's and this branch's)
// timed in alternation in one process, parse alone and parse + every rule, at 10 KB, 100 KB and 1 MB.
// CPU time (user + system) of each run, min and median of N: on a shared machine both builds see the
// same load, so their ratio holds where absolute times do not.

import { resolve } from 'node:path';
import { generateDraft } from './generate';
import { cpuTimeOf } from './stats';

type Engine = typeof import('../server/src/engine');


const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function main(): void {
  const [oldPath, newPath] = process.argv.slice(2);
  if (!oldPath || !newPath) throw new Error('usage: tsx bench/compare.ts OLD.js NEW.js');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const builds: [string, Engine][] = [['old', require(resolve(oldPath)) as Engine], ['new', require(resolve(newPath)) as Engine]];
  const rows: string[] = ['| size | build | parse min ms | parse p50 ms | lint (parse + rules) min ms | lint p50 ms | rules min ms |', '|---|---|---:|---:|---:|---:|---:|'];
  const ratios: string[] = [];
  for (const [label, size, rounds] of [['10 KB', 10_000, 300], ['100 KB', 100_000, 60], ['1 MB', 1_000_000, 20]] as const) {
    const text = generateDraft(size, size / 1000);
    const times = builds.map(() => ({ parse: [] as number[], lint: [] as number[] }));
    // Repeat small inputs so one timed run is long enough for the CPU clock.
    const reps = Math.max(1, Math.round(200_000 / size));
    for (const [, engine] of builds) for (let i = 0; i < 3; i++) engine.lint(text);
    for (let round = 0; round < rounds; round++) {
      builds.forEach(([, engine], b) => {
        times[b].parse.push(cpuTimeOf(() => { for (let r = 0; r < reps; r++) engine.parse(text); }) / reps);
        times[b].lint.push(cpuTimeOf(() => { for (let r = 0; r < reps; r++) engine.lint(text); }) / reps);
      });
    }
    const mins = times.map((t) => ({ parse: Math.min(...t.parse), lint: Math.min(...t.lint) }));
    builds.forEach(([name], b) => {
      const t = times[b];
      rows.push(`| ${label} | ${name} | ${mins[b].parse.toFixed(2)} | ${median(t.parse).toFixed(2)} | ${mins[b].lint.toFixed(2)} | ${median(t.lint).toFixed(2)} | ${(mins[b].lint - mins[b].parse).toFixed(2)} |`);
    });
    ratios.push(`${label}: new/old parse ${(mins[1].parse / mins[0].parse).toFixed(2)}, lint ${(mins[1].lint / mins[0].lint).toFixed(2)}`);
  }
  process.stdout.write(`${rows.join('\n')}\n\n${ratios.join('\n')}\n`);
}

main();
