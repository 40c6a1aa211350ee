// F5 works from a fresh clone: .vscode/launch.json runs the extension after a build task that exists in
// .vscode/tasks.json and runs an npm script that exists; the CI example runs from the repository.

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers';

const jsonc = (path: string) => JSON.parse(readFileSync(join(ROOT, path), 'utf8').replace(/^\s*\/\/.*$/gm, ''));

describe('the development setup', () => {
  it('F5 (Run Extension) builds first with a task that runs an existing npm script', () => {
    const launch = jsonc('.vscode/launch.json');
    const tasks = jsonc('.vscode/tasks.json');
    const scripts = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts as Record<string, string>;
    const run = launch.configurations.find((c: { name: string }) => c.name === 'Run Extension');
    assert.equal(run.type, 'extensionHost');
    assert.ok(run.args.includes('--extensionDevelopmentPath=${workspaceFolder}'));
    const task = tasks.tasks.find((t: { label: string }) => t.label === run.preLaunchTask);
    assert.ok(task, `the task ${run.preLaunchTask}`);
    assert.ok(scripts[task.script], `npm run ${task.script}`);
    // The server's debug port in launch.json is the one the client starts it with.
    const attach = launch.configurations.find((c: { request: string }) => c.request === 'attach');
    assert.match(readFileSync(join(ROOT, 'client', 'src', 'extension.ts'), 'utf8'), new RegExp(`--inspect=${attach.port}`));
  });
});
