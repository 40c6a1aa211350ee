// The "living with it" suite again in the windows and display language the main run does not cover:
// Vietnamese display language, a multi-root workspace, and a window with no folder (run-code-server.js
// with VANBAN_EDITOR_LOCALE / VANBAN_EDITOR_WINDOW, only the tests titled "living").
'use strict';

const { spawnSync } = require('node:child_process');
const path = require('node:path');

const variants = [
  ['display language vi', { VANBAN_EDITOR_LOCALE: 'vi' }],
  ['multi-root workspace', { VANBAN_EDITOR_WINDOW: 'multi' }],
  ['window with no folder', { VANBAN_EDITOR_WINDOW: 'none' }],
];

let failed = 0;
for (const [name, env] of variants) {
  process.stdout.write(`== living with vanban: ${name}\n`);
  const run = spawnSync(process.execPath, [path.join(__dirname, 'run-code-server.js')], {
    env: { ...process.env, VANBAN_EDITOR_GREP: 'living', ...env }, stdio: 'inherit',
  });
  if (run.status !== 0) failed++;
}
process.stdout.write(`${variants.length - failed} variant(s) passed, ${failed} failed\n`);
process.exit(failed ? 1 : 0);
