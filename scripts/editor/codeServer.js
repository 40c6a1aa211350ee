// code-server (VS Code 1.100.3 with a real Node extension host) on loopback, with state folders of its own,
// in its own process group; and Debian's chromium through playwright-core to show its workbench.
// docs/editor-testing.md says why this is the way to run VS Code on these machines.
'use strict';

const { spawn } = require('node:child_process');
const fs = require('node:fs');
const http = require('node:http');
const net = require('node:net');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..');
const VERSION = '4.100.3';
const INSTALL_DIR = process.env.VANBAN_CODE_SERVER_DIR || path.join(ROOT, '.vscode-test', `code-server-${VERSION}`);
const BIN = path.join(INSTALL_DIR, 'node_modules', '.bin', 'code-server');
const { CHROMIUM, launchChromium } = require('../chromium');

/** Quiet, predictable workbench: no welcome page, no update or extension-gallery checks. */
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'window.zoomLevel': 0,
  // Neither monospace font here (DejaVu Sans Mono, Liberation Mono) has the precomposed Vietnamese letters
  // with two marks (ố, ề, ẫ…): they are drawn from parts, set apart. DejaVu Sans has them all
  // (fc-list ':charset=1ed1 1ec1'), and prose needs no monospace.
  'editor.fontFamily': "'DejaVu Sans', sans-serif",
};

function assertInstalled() {
  if (!fs.existsSync(BIN)) {
    throw new Error(`code-server is not installed at ${BIN}: run scripts/editor/install-code-server.sh first`);
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function healthy(port) {
  return new Promise((resolve) => {
    const request = http.get({ host: '127.0.0.1', port, path: '/healthz', timeout: 1000 }, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.on('error', () => resolve(false));
    request.on('timeout', () => { request.destroy(); resolve(false); });
  });
}

/** The state folders of one code-server run (nothing goes to the home directory). */
function stateFolders(stateDir) {
  const folders = {
    user: path.join(stateDir, 'user'),
    extensions: path.join(stateDir, 'extensions'),
    xdg: path.join(stateDir, 'xdg'),
    tmp: path.join(stateDir, 'tmp'),
    log: path.join(stateDir, 'code-server.log'),
  };
  for (const dir of [folders.user, folders.extensions, folders.xdg, folders.tmp]) fs.mkdirSync(dir, { recursive: true });
  fs.mkdirSync(path.join(folders.user, 'User'), { recursive: true });
  fs.writeFileSync(path.join(folders.user, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  return folders;
}

function environment(folders, extra = {}) {
  return {
    ...process.env,
    XDG_CONFIG_HOME: path.join(folders.xdg, 'config'),
    XDG_DATA_HOME: path.join(folders.xdg, 'data'),
    XDG_CACHE_HOME: path.join(folders.xdg, 'cache'),
    XDG_STATE_HOME: path.join(folders.xdg, 'state'),
    TMPDIR: folders.tmp,
    ...extra,
  };
}

/** Runs the code-server command line once (for example --install-extension) and waits for it. */
function codeServerCommand(stateDir, args) {
  assertInstalled();
  const folders = stateFolders(stateDir);
  return new Promise((resolve, reject) => {
    const child = spawn(BIN, ['--user-data-dir', folders.user, '--extensions-dir', folders.extensions, ...args], {
      env: environment(folders), stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => { output += chunk; });
    child.stderr.on('data', (chunk) => { output += chunk; });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`code-server ${args.join(' ')} exited with ${code}:\n${output}`))));
  });
}

/**
 * Starts code-server on a free loopback port for `workspace`; resolves once /healthz answers.
 * `stop()` ends its whole process group (the server, its extension host and the language server).
 */
async function startCodeServer({ stateDir, workspace, env = {}, timeoutMs = 60000, locale }) {
  assertInstalled();
  const folders = stateFolders(stateDir);
  const port = await freePort();
  const config = path.join(stateDir, 'config.yaml');
  fs.writeFileSync(config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const log = fs.openSync(folders.log, 'a');
  const child = spawn(BIN, [
    '--config', config, '--user-data-dir', folders.user, '--extensions-dir', folders.extensions,
    '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', ...(locale ? ['--locale', locale] : []), workspace,
  ], { env: environment(folders, env), stdio: ['ignore', log, log], detached: true });
  fs.closeSync(log);
  let exited = null;
  const exit = new Promise((resolve) => child.on('exit', (code, signal) => { exited = { code, signal }; resolve(); }));

  const stop = async () => {
    if (exited) return;
    try { process.kill(-child.pid, 'SIGTERM'); } catch { return; }
    const timer = new Promise((resolve) => setTimeout(resolve, 5000, 'timeout').unref());
    if ((await Promise.race([exit, timer])) === 'timeout') {
      try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
    }
  };

  const deadline = Date.now() + timeoutMs;
  while (!(await healthy(port))) {
    if (exited) throw new Error(`code-server exited (${JSON.stringify(exited)}); see ${folders.log}`);
    if (Date.now() > deadline) { await stop(); throw new Error(`code-server did not answer /healthz within ${timeoutMs} ms; see ${folders.log}`); }
    await new Promise((resolve) => setTimeout(resolve, 200)); // between health probes only
  }
  return { port, pid: child.pid, url: `http://127.0.0.1:${port}`, log: folders.log, stop };
}

/** Runs a command from the command palette of a code-server page (playwright), by clicking its entry. */
async function runCommand(page, title, timeoutMs = 30000) {
  const input = page.locator('.quick-input-widget input');
  const deadline = Date.now() + timeoutMs;
  // F1 goes where the focus is, and a webview's frame that kept it (a rule page just closed, a preview) can
  // swallow it: then the active tab is clicked, which gives the focus back to the workbench, and F1 again.
  for (let attempt = 0; ; attempt++) {
    if (attempt > 0) await page.locator('.tabs-container .tab.active').first().click({ timeout: 2000 }).catch(() => undefined);
    await page.keyboard.press('F1');
    try {
      await input.waitFor({ state: 'visible', timeout: Math.max(500, Math.min(3000, deadline - Date.now())) });
      break;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
  }
  await input.fill(`>${title}`);
  // Click the entry: Enter right after typing can be missed while the list is still filtering.
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().click({ timeout: timeoutMs });
}

module.exports = { ROOT, VERSION, BIN, CHROMIUM, startCodeServer, codeServerCommand, launchChromium, runCommand };
