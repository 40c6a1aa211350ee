// Runs the mocha suite in test/editor/ inside code-server's extension host, the way @vscode/test-electron
// runs it inside desktop VS Code: the project loads as a development extension, VS Code calls the run()
// of test/editor/index.js, and the workbench reports the exit code back to us through playwright.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const util = require('node:util');
const { ROOT, startCodeServer, launchChromium } = require('./codeServer');
const { prepareWorkspace } = require('./workspace');

const RUN_TIMEOUT_MS = Number(process.env.VANBAN_EDITOR_TIMEOUT_MS || 240000);

async function main() {
  if (!fs.existsSync(path.join(ROOT, 'dist', 'extension.js'))) throw new Error('dist/ is missing: run `node esbuild.mjs` first');
  const stateDir = path.join(ROOT, '.vscode-test', 'state-host');
  fs.rmSync(stateDir, { recursive: true, force: true });
  const workspace = prepareWorkspace(path.join(ROOT, '.vscode-test', 'workspace-host'));
  const started = Date.now();
  // VANBAN_EDITOR_LOCALE: the display language of the workbench (the language suite checks what it shows).
  const server = await startCodeServer({ stateDir, workspace, locale: process.env.VANBAN_EDITOR_LOCALE, env: { VANBAN_EDITOR_LOCALE: process.env.VANBAN_EDITOR_LOCALE || '', VANBAN_EDITOR_GREP: process.env.VANBAN_EDITOR_GREP || '' } });
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
    const url = `${server.url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
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
