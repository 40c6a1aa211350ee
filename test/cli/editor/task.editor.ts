// The folder-check task in a real VS Code (code-server, see ../shared/spec/editor-testing.md): the
// extension loads as a development extension, and ./inhost.ts runs inside its extension host.
// Not part of `npm test`: `npm run test:editor` runs it (scripts/editor/run-more.js); by hand:
//   npx mocha --no-config -r tsx/cjs --extension ts --timeout 300000 test/cli/editor/task.editor.ts
// CODE_SERVER names the code-server executable (default: .vscode-test/cs/node_modules/.bin/code-server).

import { strict as assert } from 'node:assert';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { ROOT } from '../../helpers';
import { FIXTURES } from '../run';

const CODE_SERVER = process.env.CODE_SERVER ?? join(ROOT, '.vscode-test', 'cs', 'node_modules', '.bin', 'code-server');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function healthy(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return;
    } catch { /* not listening yet */ }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`code-server did not answer on port ${port}`);
}

describe('the folder-check task in VS Code (code-server)', () => {
  let state: string;
  let workspace: string;
  let server: ChildProcess | undefined;
  let browser: Browser | undefined;

  before(async () => {
    assert.ok(existsSync(CODE_SERVER), `code-server is expected at ${CODE_SERVER}`);
    state = mkdtempSync(join(tmpdir(), 'vanban-cs-'));
    workspace = join(state, 'workspace');
    cpSync(FIXTURES, workspace, { recursive: true });
    for (const dir of ['user', 'exts', 'xdg-config', 'xdg-data', 'xdg-cache', 'tmp', 'chromium']) mkdirSync(join(state, dir));
  });

  after(async () => {
    await browser?.close();
    if (server?.pid) {
      try { process.kill(-server.pid, 'SIGTERM'); } catch { /* already gone */ }
    }
    rmSync(state, { recursive: true, force: true });
  });

  it('runs the extension-host suite: command, task, problem matcher, Problems panel', async () => {
    const testsIndex = join(ROOT, '.vscode-test', 'out', 'cli-editor', 'index.js');
    await esbuild.build({
      entryPoints: [join(__dirname, 'inhost.ts')], outfile: testsIndex, bundle: true, platform: 'node', format: 'cjs',
      external: ['vscode', 'mocha'], logLevel: 'warning',
    });
    const port = await freePort();
    writeFileSync(join(state, 'config.yaml'), `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
    server = spawn(CODE_SERVER, [
      '--config', join(state, 'config.yaml'), '--user-data-dir', join(state, 'user'), '--extensions-dir', join(state, 'exts'),
      '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check',
      '--disable-workspace-trust', workspace,
    ], {
      detached: true, // its own process group, stopped as a whole in after()
      stdio: 'ignore',
      env: {
        ...process.env, XDG_CONFIG_HOME: join(state, 'xdg-config'), XDG_DATA_HOME: join(state, 'xdg-data'),
        XDG_CACHE_HOME: join(state, 'xdg-cache'), TMPDIR: join(state, 'tmp'),
      },
    });
    await healthy(port, 60_000);

    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium', headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync'],
    });
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
