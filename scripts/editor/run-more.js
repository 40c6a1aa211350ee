// The other real-editor checks, on the same code-server the harness installed: the preview webview as a
// person uses it (title button, Ctrl+K V, placeholders, click-to-reveal, typing, export) and the folder
// check task feeding the Problems panel. Each exits non-zero on a failed check.
'use strict';

const { spawnSync } = require('node:child_process');
const path = require('node:path');

// Both find the install through codeServer.js (VANBAN_CODE_SERVER_DIR, as the harness does).
const ROOT = path.resolve(__dirname, '..', '..');
const env = process.env;
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

const runs = [
  ['preview in code-server', [npx, 'tsx', 'test/render/editor/preview-in-code-server.ts']],
  ['folder-check task in code-server', [npx, 'mocha', '--no-config', '-r', 'tsx/cjs', '--extension', 'ts', '--timeout', '300000', 'test/cli/editor/task.editor.ts']],
];

let failed = 0;
for (const [name, [command, ...args]] of runs) {
  process.stdout.write(`== ${name}\n`);
  const run = spawnSync(command, args, { cwd: ROOT, env, stdio: 'inherit' });
  if (run.status !== 0) {
    failed++;
    process.stdout.write(`${name}: failed (exit ${run.status})\n`);
  }
}
process.stdout.write(`${runs.length - failed} passed, ${failed} failed\n`);
process.exit(failed ? 1 : 0);
