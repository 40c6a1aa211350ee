// Runs the mocha suite in test/editor/ inside code-server's extension host, the way @vscode/test-electron
// runs it inside desktop VS Code: the project loads as a development extension, VS Code calls the run()
// of test/editor/index.js, and the workbench reports the exit code back to us through playwright.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const util = require('node:util');
const { ROOT, startCodeServer, launchChromium } = require('./codeServer');
const { useLanguagePack } = require('./languagePack');
const { prepareWorkspace } = require('./workspace');

const RUN_TIMEOUT_MS = Number(process.env.VANBAN_EDITOR_TIMEOUT_MS || 240000);

/** A .code-workspace holding the test folder and a second, empty one. */
function multiRoot(workspace) {
  const second = path.join(ROOT, '.vscode-test', 'workspace-second');
  fs.rmSync(second, { recursive: true, force: true });
  fs.mkdirSync(second, { recursive: true });
  const file = path.join(ROOT, '.vscode-test', 'multi-root.code-workspace');
  fs.writeFileSync(file, JSON.stringify({ folders: [{ path: workspace }, { path: second }] }, null, 2));
  return file;
}

async function main() {
  if (!fs.existsSync(path.join(ROOT, 'dist', 'extension.js'))) throw new Error('dist/ is missing: run `node esbuild.mjs` first');
  const stateDir = path.join(ROOT, '.vscode-test', 'state-host');
  fs.rmSync(stateDir, { recursive: true, force: true });
  const workspace = prepareWorkspace(path.join(ROOT, '.vscode-test', 'workspace-host'));
  const started = Date.now();
  const locale = process.env.VANBAN_EDITOR_LOCALE;
  if (locale && locale !== 'en') useLanguagePack(path.join(stateDir, 'user'), locale);
  // VANBAN_EDITOR_LOCALE: the display language of the workbench (the language suite checks what it shows).
  // VANBAN_EDITOR_WINDOW: `folder` (default), `multi` (a multi-root workspace: the folder and a second one)
  // or `none` (a window with no folder), for the suites that behave differently in each.
  const windowKind = process.env.VANBAN_EDITOR_WINDOW || 'folder';
  const server = await startCodeServer({
    stateDir, workspace, locale,
    env: { VANBAN_EDITOR_LOCALE: locale || '', VANBAN_EDITOR_GREP: process.env.VANBAN_EDITOR_GREP || '', VANBAN_EDITOR_WINDOW: windowKind },
  });
  let browser;
  try {
    browser = await launchChromium();
    const page = await browser.newPage();
    let finish;
    const finished = new Promise((resolve) => { finish = resolve; });
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      // The extension host's console, mocha's reporter among it: printf-style arguments.
      const line = util.format(...(Array.isArray(args) ? args : [args]));
      // The workbench's own failed look-ups of the extension gallery are noise on a machine without network.
      if (/open-vsx\.org|\/static\/out\/vs\//.test(line)) return;
      (type === 'error' ? process.stderr : process.stdout).write(`${line}\n`);
    });
    await page.exposeFunction('codeAutomationExit', (code) => finish(Number(code)));
    const remote = (file) => `vscode-remote://127.0.0.1:${server.port}${file}`;
    const payload = [
      ['extensionDevelopmentPath', remote(ROOT)],
      ['extensionTestsPath', remote(path.join(ROOT, 'test', 'editor', 'index.js'))],
    ];
    const target = windowKind === 'none' ? 'ew=true' : windowKind === 'multi' ? `workspace=${encodeURIComponent(multiRoot(workspace))}` : `folder=${encodeURIComponent(workspace)}`;
    const url = `${server.url}/?${target}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    await page.goto(url);
    let timer;
    const timeout = new Promise((resolve) => { timer = setTimeout(resolve, RUN_TIMEOUT_MS, 'timeout'); });
    const code = await Promise.race([finished, timeout]);
    clearTimeout(timer);
    if (code === 'timeout') {
      await page.screenshot({ path: path.join(stateDir, 'timeout.png') }).catch(() => undefined);
      throw new Error(`the editor tests did not finish within ${RUN_TIMEOUT_MS} ms (screenshot and log in ${stateDir})`);
    }
    console.log(`editor tests in code-server: exit code ${code}, ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return code;
  } finally {
    await browser?.close().catch(() => undefined);
    await server.stop();
  }
}

main().then((code) => { process.exitCode = code; }, (error) => { console.error(error); process.exitCode = 1; });
