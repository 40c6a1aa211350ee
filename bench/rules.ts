// `tsx bench/rules.ts [SIZE | FILE.txt] BUILD.js [BUILD2.js]`: what each text rule costs on the bench draft
// of SIZE bytes (default 1 MB) or on a text file, for one or two builds of the engine bundle timed in alternation in one process.
// A rule's cost is the CPU time of linting a parsed model with that rule alone on, less the same with every
// rule off (minimum of runs: the steadiest figure on a shared machine). Sorted by the last build's cost.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateDraft } from './generate';
import { cpuTimeOf } from './stats';

type Engine = typeof import('../server/src/engine');


function main(): void {
  const args = process.argv.slice(2);
  const file = args[0]?.endsWith('.txt') ? args.shift() : undefined;
  const size = /^\d+$/.test(args[0] ?? '') ? Number(args.shift()) : 1_000_000;
  if (args.length === 0) throw new Error('usage: tsx bench/rules.ts [SIZE | FILE.txt] BUILD.js [BUILD2.js]');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const builds = args.map((path) => require(resolve(path)) as Engine);
  const text = file ? readFileSync(file, 'utf8') : generateDraft(size, size / 1000);
  const reps = Math.max(1, Math.round(200_000 / text.length));
  const rounds = text.length >= 1_000_000 ? 8 : 20;
  const ids = [...new Set(builds.flatMap((engine) => engine.rules().filter((rule) => rule.input !== 'docx').map((rule) => rule.id)))];
  const models = builds.map((engine) => engine.parse(text));
  const only = (engine: Engine, id: string | undefined) => ({
    rules: Object.fromEntries(engine.rules().map((rule): [string, 'warning' | 'off'] => [rule.id, rule.id === id ? 'warning' : 'off'])),
  });
  const time = (b: number, id: string | undefined) => {
    const engine = builds[b];
    const options = only(engine, id);
    if (id !== undefined && !engine.rules().some((rule) => rule.id === id)) return NaN;
    let best = Infinity;
    for (let round = 0; round < rounds; round++) {
      best = Math.min(best, cpuTimeOf(() => { for (let r = 0; r < reps; r++) engine.lintModel(models[b], options); }) / reps);
    }
    return best;
  };
  const base = builds.map((_, b) => time(b, undefined));
  const rows = ids.map((id) => ({ id, ms: builds.map((_, b) => time(b, id) - base[b]) }));
  rows.sort((a, b) => (b.ms.at(-1) || 0) - (a.ms.at(-1) || 0));
  const head = `| rule | ${args.map((_, b) => `build ${b + 1} ms`).join(' | ')} |`;
  const lines = [head, `|---|${args.map(() => '---:').join('|')}|`];
  lines.push(`| (every rule off) | ${base.map((ms) => ms.toFixed(2)).join(' | ')} |`);
  for (const row of rows) lines.push(`| ${row.id} | ${row.ms.map((ms) => (Number.isNaN(ms) ? '—' : ms.toFixed(2))).join(' | ')} |`);
  const sum = builds.map((_, b) => rows.reduce((total, row) => total + (Number.isNaN(row.ms[b]) ? 0 : row.ms[b]), 0));
  lines.push(`| sum of rules | ${sum.map((ms) => ms.toFixed(2)).join(' | ')} |`);
  process.stdout.write(`${args.map((path, b) => `build ${b + 1}: ${path}`).join('\n')}\n${file ?? `${(size / 1000).toFixed(0)} KB draft`}, CPU min of ${rounds} runs\n\n${lines.join('\n')}\n`);
}

main();
