// The folder-check task in a real VS Code (code-server, see docs/editor-testing.md): the
// extension loads as a development extension, and ./inhost.ts runs inside its extension host.
// Not part of `npm test`: `npm run test:editor` runs it (scripts/editor/run-more.js); by hand:
//   npx mocha --no-config -r tsx/cjs --extension ts --timeout 300000 test/cli/editor/task.editor.ts
// VANBAN_CODE_SERVER_DIR names the code-server install (default: .vscode-test/code-server-4.100.3).

import { strict as assert } from 'node:assert';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import type { Browser } from 'playwright-core';
import { launchChromium, startCodeServer, type RunningCodeServer } from '../../../scripts/editor/codeServer';
import { ROOT } from '../../helpers';
import { FIXTURES } from '../run';

describe('the folder-check task in VS Code (code-server)', () => {
  let state: string;
  let workspace: string;
  let server: RunningCodeServer | undefined;
  let browser: Browser | undefined;

  before(async () => {
    state = mkdtempSync(join(tmpdir(), 'vanban-cs-'));
    workspace = join(state, 'workspace');
    cpSync(FIXTURES, workspace, { recursive: true });
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(state, { recursive: true, force: true });
  });

  it('runs the extension-host suite: command, task, problem matcher, Problems panel', async () => {
    const testsIndex = join(ROOT, '.vscode-test', 'out', 'cli-editor', 'index.js');
    await esbuild.build({
      entryPoints: [join(__dirname, 'inhost.ts')], outfile: testsIndex, bundle: true, platform: 'node', format: 'cjs',
      external: ['vscode', 'mocha'], logLevel: 'warning',
    });
    server = await startCodeServer({ stateDir: join(state, 'server'), workspace });
    const { port } = server;
    browser = await launchChromium();
    const page = await browser.newPage();
    const log: string[] = [];
    const exitCode = new Promise<number>((resolve) => {
      void page.exposeFunction('codeAutomationExit', (code: number) => resolve(code));
    });
    await page.exposeFunction('codeAutomationLog', (_type: string, args: unknown[]) => { log.push(args.map(String).join(' ')); });
    const remote = (path: string) => `vscode-remote://127.0.0.1:${port}${path}`;
    const payload = JSON.stringify([['extensionDevelopmentPath', remote(ROOT)], ['extensionTestsPath', remote(testsIndex)]]);
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(payload)}`);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const code = await Promise.race([
      exitCode,
      new Promise<number>((_, reject) => { timer = setTimeout(() => reject(new Error(`no result from the extension host:\n${log.join('\n')}`)), 180_000); }),
    ]).finally(() => clearTimeout(timer)); // a pending timer would keep the process alive for three minutes
    assert.equal(code, 0, log.join('\n'));
    // The reporter logs printf-style ('%d passing'), so look for each test's check mark.
    assert.match(log.join('\n'), /✔ .*runs vanban lint on the workspace folder/);
    assert.match(log.join('\n'), /✔ .*offers the task in Run Task/);
  });
});
