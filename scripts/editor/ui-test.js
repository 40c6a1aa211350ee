// What a person sees: builds the .vsix with `npm run package`, installs it into code-server, opens the seed
// draft from the Explorer, finds the rule's message in the Problems panel (screenshot to
// docs/images/problems.png), then kills the language server and sees it come back, announced once.
'use strict';

const assert = require('node:assert/strict');
const { execFileSync, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { ROOT, startCodeServer, codeServerCommand, launchChromium, runCommand } = require('./codeServer');
const { prepareWorkspace, UI_DRAFT } = require('./workspace');

const DRAFT = path.basename(UI_DRAFT);
// number-format on the draft's "Số 12 - KL/HU", in Vietnamese (the default language).
const MESSAGE = /Số và ký hiệu sai định dạng.*Số 12-KL\/HU/;
const SCREENSHOT = path.join(ROOT, 'docs', 'images', 'problems.png');
const PREVIEW_SCREENSHOT = path.join(ROOT, 'docs', 'images', 'editor-preview.png');
// The user README's pictures, shipped in the package (media/screenshots), small JPEGs.
const USER_SHOTS = path.join(ROOT, 'media', 'screenshots');
const STEP_MS = 30000;

let passed = 0;
let failed = 0;
async function step(name, body) {
  const started = Date.now();
  try {
    await body();
    passed += 1;
    console.log(`  ✔ ${name} (${Date.now() - started} ms)`);
  } catch (error) {
    failed += 1;
    console.log(`  ✖ ${name}\n${error.stack || error}`);
    throw error;
  }
}

function packageVsix() {
  const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const vsix = path.join(ROOT, `vanban-${version}.vsix`);
  fs.rmSync(vsix, { force: true });
  const result = spawnSync('npm', ['run', 'package'], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`npm run package failed:\n${result.stdout}\n${result.stderr}`);
  assert.ok(fs.existsSync(vsix), `${vsix} was written`);
  return vsix;
}

/** Relative paths package.json refers to (`./x`, `x.json`, `media/...`), wherever they stand in it. */
function manifestFiles() {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const found = new Set();
  const walk = (value, key) => {
    if (typeof value === 'string') {
      if (['path', 'url', 'configuration', 'markdown', 'icon', 'main', 'browser', 'l10n'].includes(key) && /^\.?\.?\/?[\w./-]+$/.test(value) && !/^https?:/.test(value)) {
        const relative = value.replace(/^\.\//, '');
        if (fs.existsSync(path.join(ROOT, relative)) && fs.statSync(path.join(ROOT, relative)).isFile()) found.add(relative);
      }
    } else if (Array.isArray(value)) value.forEach((item) => walk(item, key));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  walk(manifest, '');
  return [...found];
}

function checkContents(vsix) {
  const files = execFileSync('unzip', ['-Z1', vsix], { encoding: 'utf8' }).split('\n').filter(Boolean);
  for (const wanted of ['extension/package.json', 'extension/dist/extension.js', 'extension/dist/server.js', 'extension/dist/render-docx.js',
    'extension/dist/web/extension.js', 'extension/dist/web/server.js', 'extension/images/icon.png',
    'extension/l10n/bundle.l10n.vi.json', 'extension/LICENSE.txt', 'extension/docs/rules/number-format.md']) {
    assert.ok(files.includes(wanted), `${wanted} is in the .vsix`);
  }
  // Every file the manifest points at (grammar, snippets, schema, walkthrough pages, icon...) ships too.
  for (const referenced of manifestFiles()) {
    assert.ok(files.includes(`extension/${referenced}`), `${referenced}, named in package.json, is in the .vsix`);
  }
  const unwanted = files.filter((f) => /node_modules\/|\/src\/|\/test\/|\.map$|\.ts$|scripts\//.test(f));
  assert.deepEqual(unwanted, [], 'no sources, tests, maps or node_modules in the .vsix');
  const kb = fs.statSync(vsix).size / 1024;
  console.log(`    ${path.basename(vsix)}: ${files.length} files, ${kb.toFixed(1)} KB`);
  // 1 MB, with the rule pages in two languages and the user README's screenshots inside: the language server
  // and the command line share one Node bundle (dist/vanban.js), so the engine ships once for Node.
  assert.ok(kb < 1024, `the .vsix stays under 1 MB (${kb.toFixed(1)} KB)`);
  assert.ok(files.includes('extension/docs/rules/en/number-format.md'), 'the English rule pages ship too');
  assert.match(fs.readFileSync(path.join(ROOT, 'README.extension.md'), 'utf8').slice(0, 200), /^# Văn bản \(vanban\)/);
}

/** The language server processes of the installed extension. */
function serverPids(extensionsDir) {
  return execFileSync('ps', ['-A', '-o', 'pid=,args='], { encoding: 'utf8' }).split('\n')
    .map((line) => line.trim().match(/^(\d+)\s+(.*)$/))
    .filter((m) => m && m[2].includes(extensionsDir) && /vanban[^/]*\/dist\/server\.js/.test(m[2]))
    .map((m) => Number(m[1]));
}

async function main() {
  const started = Date.now();
  const stateDir = path.join(ROOT, '.vscode-test', 'state-ui');
  fs.rmSync(stateDir, { recursive: true, force: true });
  const workspace = prepareWorkspace(path.join(ROOT, '.vscode-test', 'workspace-ui'), { [DRAFT]: UI_DRAFT });
  console.log('UI test: the packaged extension in code-server');

  let vsix;
  await step('npm run package builds a small .vsix with the bundles, icon and licence', () => {
    vsix = packageVsix();
    checkContents(vsix);
  });
  await step('code-server installs the .vsix', async () => {
    const output = await codeServerCommand(stateDir, ['--install-extension', vsix, '--force']);
    assert.match(output, new RegExp(`'${path.basename(vsix).replace(/\./g, '\\.')}' was successfully installed`), output);
    const installed = fs.readdirSync(path.join(stateDir, 'extensions')).filter((name) => name.startsWith('vanban.vanban-'));
    assert.equal(installed.length, 1, `installed as vanban.vanban-<version>: ${installed}`);
  });

  const server = await startCodeServer({ stateDir, workspace });
  let browser;
  try {
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}`);

    await step('the draft opens from the Explorer', async () => {
      const item = page.getByRole('treeitem', { name: new RegExp(DRAFT.replace(/\./g, '\\.')) });
      await item.click({ timeout: STEP_MS });
      await page.locator('.tabs-container .tab', { hasText: DRAFT }).waitFor({ timeout: STEP_MS });
      await page.locator('.monaco-editor .view-lines', { hasText: 'KẾT LUẬN' }).waitFor({ timeout: STEP_MS });
    });

    const row = page.locator('.markers-panel .monaco-list-row', { hasText: MESSAGE });
    await step('the Problems panel shows the rule’s message and code', async () => {
      await runCommand(page, 'Focus on Problems View', STEP_MS);
      await row.first().waitFor({ timeout: STEP_MS });
      assert.match(await row.first().innerText(), /number-format/);
      fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
      await page.screenshot({ path: SCREENSHOT });
    });

    await step('typing vanban in the palette lists every command this draft can run', async () => {
      await page.keyboard.press('F1');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor({ state: 'visible', timeout: STEP_MS });
      await input.fill('>vanban');
      const rows = page.locator('.quick-input-list .monaco-list-row');
      await rows.first().waitFor({ timeout: STEP_MS });
      const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
      const nls = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8'));
      // Every command but the Word import, which needs a Word file or its check open.
      const expected = manifest.contributes.commands.filter((c) => c.command !== 'vanban.importWord').map((c) => nls[c.title.slice(1, -1)]);
      const labels = (await page.locator('.quick-input-list .monaco-list-row .label-name').allInnerTexts()).join('\n');
      for (const title of expected) assert.ok(labels.includes(title), `${title} in:\n${labels}`);
      fs.mkdirSync(USER_SHOTS, { recursive: true });
      await page.screenshot({ path: path.join(USER_SHOTS, 'lenh.jpg'), type: 'jpeg', quality: 30 });
      await page.keyboard.press('Escape');
    });

    await step('the rule code in the Problems panel opens the Vietnamese page inside the editor, offline', async () => {
      await row.first().locator('.code-link a, a.monaco-link').first().click({ timeout: STEP_MS });
      const heading = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame').locator('h2', { hasText: 'Kiểm tra gì' });
      await heading.first().waitFor({ timeout: STEP_MS });
      await page.screenshot({ path: path.join(USER_SHOTS, 'trang-quy-tac.jpg'), type: 'jpeg', quality: 30 });
      await page.screenshot({ path: path.join(ROOT, 'docs', 'images', 'rule-page.png') });
      // Close the page from its tab (keys pressed now would go to the preview's frame), then back to the draft.
      await page.locator('.tabs-container .tab.active .codicon-close').first().click({ timeout: STEP_MS });
      await page.locator('.tabs-container .tab', { hasText: DRAFT }).first().click({ timeout: STEP_MS });
    });

    await step('the preview opens beside the draft (its picture: docs/images/editor-preview.png)', async () => {
      await runCommand(page, 'Văn bản (vanban): Xem trước bên cạnh', STEP_MS);
      // The webview's page: an iframe inside an iframe; its A4 sheet carries the class vb-page.
      const sheet = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame').locator('.vb-page');
      await sheet.first().waitFor({ timeout: STEP_MS });
      await page.keyboard.press('Control+J'); // the Problems panel away: the page shows whole
      await page.screenshot({ path: PREVIEW_SCREENSHOT });
      await page.keyboard.press('Control+J'); // the panel back for the next step
    });

    await step('a killed language server comes back, announced once', async () => {
      const extensionsDir = path.join(stateDir, 'extensions');
      const before = serverPids(extensionsDir);
      assert.equal(before.length, 1, `one server process, found ${JSON.stringify(before)}`);
      process.kill(before[0], 'SIGKILL');
      const toast = page.locator('.notifications-toasts .notification-toast', { hasText: /restarted|khởi động lại/ });
      await toast.first().waitFor({ timeout: STEP_MS });
      assert.equal(await toast.count(), 1, 'one announcement');
      // The restarted server lints the open draft again.
      await row.first().waitFor({ timeout: STEP_MS });
      const after = serverPids(extensionsDir);
      assert.equal(after.length, 1);
      assert.notEqual(after[0], before[0]);
    });
  } finally {
    await browser?.close().catch(() => undefined);
    await server.stop();
    console.log(`${passed} passed, ${failed} failed`);
    console.log(`UI test: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
}

main().catch((error) => {
  if (!failed) console.error(error);
  process.exitCode = 1;
});
