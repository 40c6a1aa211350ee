// `tsx bench/instructions.ts [seed | SIZE] BUILD.js [BUILD2.js …]`: instructions per `lint(text)` of each
// build, counted by valgrind's cachegrind in a single-threaded Node: the one figure this machine's load
// does not move (wall and CPU times drift by a fifth within minutes). Each build lints the text N and 2N
// times in fresh processes; the difference over N is one warm lint. Needs `valgrind` (Debian's package).

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateDraft } from './generate';

const SEED = resolve(__dirname, '..', '..', 'shared', 'seed', '000_4b08c1917d0a3bce.txt');

function main(): void {
  const args = process.argv.slice(2);
  const input = args[0] === 'seed' || /^\d+$/.test(args[0] ?? '') ? args.shift()! : 'seed';
  if (args.length === 0) throw new Error('usage: tsx bench/instructions.ts [seed | SIZE] BUILD.js [BUILD2.js …]');
  const text = input === 'seed' ? readFileSync(SEED, 'utf8') : generateDraft(Number(input), Number(input) / 1000);
  // Enough lints that the warm-up (compilation, the token memo filling) is a small part of N.
  const runs = Math.max(10, Math.round(2_000_000 / text.length));
  const dir = mkdtempSync(join(tmpdir(), 'vanban-instructions-'));
  try {
    writeFileSync(join(dir, 'text.txt'), text);
    writeFileSync(join(dir, 'lint.js'), [
      "'use strict';",
      'const engine = require(process.argv[2]);',
      `const text = require('node:fs').readFileSync(${JSON.stringify(join(dir, 'text.txt'))}, 'utf8');`,
      'for (let i = 0, n = Number(process.argv[3]); i < n; i++) engine.lint(text);',
    ].join('\n'));
    const refs = (build: string, n: number) => {
      const run = spawnSync('valgrind', ['--tool=cachegrind', '--cache-sim=no', '--cachegrind-out-file=/dev/null', process.execPath, '--single-threaded', join(dir, 'lint.js'), resolve(build), String(n)], { encoding: 'utf8' });
      if (run.error) throw new Error(`valgrind: ${run.error.message}`);
      return Number(/I\s+refs:\s+([\d,]+)/.exec(run.stderr)?.[1].replace(/,/g, ''));
    };
    for (const build of args) {
      const per = (refs(build, 2 * runs) - refs(build, runs)) / runs;
      process.stdout.write(`${build}: ${(per / 1e6).toFixed(2)} M instructions per lint (${input}, ${runs} and ${2 * runs} lints)\n`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
