// The "Văn bản: Kiểm tra cả thư mục" task: the command line the task runs, run as a process in a
// workspace folder, read back through the `$vanban` problem matcher the extension contributes.

import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { lintTaskArgs, TASK_TYPE } from '../../client/src/taskCommand';
import { PROFILE_NAMES } from '../../server/src/engine';
import { ROOT } from '../helpers';
import { CLI, scratchCopy } from './run';

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const matcher = manifest.contributes.problemMatchers.find((m: { name: string }) => m.name === 'vanban');

interface Problem { file: string; line: number; column: number; severity: string; code: string; message: string }

/** What VS Code's single-line problem matcher makes of the task's output. */
function problems(output: string): Problem[] {
  const pattern = new RegExp(matcher.pattern.regexp);
  const found: Problem[] = [];
  for (const line of output.split(/\r?\n/)) {
    const m = pattern.exec(line);
    if (!m) continue;
    const p = matcher.pattern;
    found.push({ file: m[p.file], line: Number(m[p.line]), column: Number(m[p.column]), severity: m[p.severity], code: m[p.code], message: m[p.message] });
  }
  return found;
}

describe('the check-the-whole-folder task', () => {
  let dir: string;
  let remove: () => void;
  beforeEach(() => ({ dir, remove } = scratchCopy()));
  afterEach(() => remove());

  it('is contributed: command, task type and problem matcher', () => {
    assert.ok(manifest.contributes.commands.some((c: { command: string }) => c.command === 'vanban.lintWorkspace'));
    const vi = JSON.parse(readFileSync(join(ROOT, 'package.nls.json'), 'utf8'));
    assert.equal(vi['command.lintWorkspace'], 'Kiểm tra cả thư mục');
    const definition = manifest.contributes.taskDefinitions.find((d: { type: string }) => d.type === TASK_TYPE);
    assert.deepEqual(definition.properties.profile.enum, [...PROFILE_NAMES]);
    assert.deepEqual(matcher.fileLocation, ['autoDetect', '${workspaceFolder}']);
  });

  it('fills the Problems panel with every finding of the folder, at the right place', () => {
    const run = spawnSync(process.execPath, lintTaskArgs(CLI, { type: TASK_TYPE, command: 'lint' }), { cwd: dir, encoding: 'utf8' });
    assert.equal(run.status, 1);
    const found = problems(run.stdout);
    const json = JSON.parse(spawnSync(process.execPath, [CLI, 'lint', '.', '--format', 'json'], { cwd: dir, encoding: 'utf8' }).stdout) as
      { file: string; diagnostics: { rule: string; severity: string; message: string; range: { start: { line: number; character: number } } }[] }[];
    const expected = json.flatMap((r) => r.diagnostics.map((d) => ({
      file: r.file, line: d.range.start.line + 1, column: d.range.start.character + 1, severity: d.severity, code: d.rule, message: d.message,
    })));
    assert.equal(found.length, 4);
    assert.deepEqual(found, expected);
    for (const problem of found) {
      assert.ok(!isAbsolute(problem.file) && existsSync(join(dir, problem.file)), `${problem.file} resolves in the workspace folder`);
    }
    assert.doesNotMatch(run.stdout, /\x1b\[/, 'no colour codes for the matcher to trip on');
  });

  it('honours the paths and profile of a task definition', () => {
    const args = lintTaskArgs(CLI, { type: TASK_TYPE, command: 'lint', paths: ['nested'], profile: 'nd30' });
    const found = problems(spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8' }).stdout);
    assert.ok(found.length > 0);
    assert.ok(found.every((p) => p.file.startsWith('nested/')));
    assert.ok(found.some((p) => p.code === 'header-title' && p.file === 'nested/warning.vanban'), 'a Party draft checked as ND 30');
  });
});
