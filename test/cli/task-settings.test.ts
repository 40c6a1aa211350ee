// The folder task passes the editor's vanban.* settings to the CLI (VANBAN_SETTINGS), which applies them
// under each file's .vanbanrc.json, as the editor does: the task finds what the editor shows.

import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lintTaskArgs, settingsEnv, TASK_TYPE } from '../../client/src/taskCommand';
import { CLI, FIXTURES, vanban } from './run';

describe('the folder task and the vanban.* settings', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'vanban-task-settings-'));
    mkdirSync(join(dir, 'own'));
    writeFileSync(join(dir, 'a.vanban'), readFileSync(join(FIXTURES, 'fixable.vanban')));
    writeFileSync(join(dir, 'own', 'b.vanban'), readFileSync(join(FIXTURES, 'fixable.vanban')));
    writeFileSync(join(dir, 'own', '.vanbanrc.json'), '{ "rules": { "number-format": "warning" } }');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const task = (settings: Parameters<typeof settingsEnv>[0]) =>
    vanban(lintTaskArgs(CLI, { type: TASK_TYPE, command: 'lint' }).slice(1), { cwd: dir, env: settingsEnv(settings) });

  it('applies the rules and language settings', () => {
    const plain = task({});
    assert.match(plain.stdout, /^a\.vanban:4:1 error number-format Số/m);
    const set = task({ rules: { 'number-format': 'off' }, messagesLanguage: 'en' });
    assert.doesNotMatch(set.stdout, /^a\.vanban:\d+:\d+ \w+ number-format/m);
    assert.match(set.stdout, /recipients-format .*[a-z]/);
    assert.doesNotMatch(set.stdout, /Dòng cuối/, 'English messages');
  });

  it('passes the word list (vanban.words) as the spelling rule\'s option', () => {
    writeFileSync(join(dir, 'w.vanban'), 'ĐẢNG CỘNG SẢN VIỆT NAM\n\nHội đồng xét đơn của bà ngiêm.\n');
    assert.match(task({}).stdout, /^w\.vanban:\d+:\d+ warning syllable-spelling/m);
    assert.doesNotMatch(task({ words: ['ngiêm'] }).stdout, /^w\.vanban:\d+:\d+ warning syllable-spelling/m);
  });

  it('lets each file\'s .vanbanrc.json win over the settings, as in the editor', () => {
    const run = task({ rules: { 'number-format': 'off' } });
    assert.match(run.stdout, /^own\/b\.vanban:4:1 warning number-format/m);
  });

  it('reports a wrong setting and keeps the defaults', () => {
    const run = task({ rules: { 'number-format': 'fatal' } });
    assert.match(run.stderr, /VANBAN_SETTINGS warning config/);
    assert.match(run.stdout, /^a\.vanban:4:1 error number-format/m);
  });
});
