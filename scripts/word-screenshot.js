// docs/images/word-problems.png: a Word file checked in code-server — its text beside it and its formatting
// findings, by paragraph, in the Problems panel. The .docx is the project's own fixture (made with the
// docx package by test/word/build.ts: margins, recipients' size, spacing and indent wrong). Run after `node esbuild.mjs`: node scripts/word-screenshot.js
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { ROOT, startCodeServer, launchChromium, runCommand } = require('./editor/codeServer');
const { prepareWorkspace } = require('./editor/workspace');

const FIXTURE = path.join(ROOT, 'test', 'editor', 'fixtures', 'bao-cao-dinh-dang-sai.docx');
const SCREENSHOT = path.join(ROOT, 'docs', 'images', 'word-problems.png');
const STEP_MS = 60000;

async function main() {
  const stateDir = path.join(ROOT, '.vscode-test', 'state-word-shot');
  fs.rmSync(stateDir, { recursive: true, force: true });
  const workspace = prepareWorkspace(path.join(ROOT, '.vscode-test', 'workspace-word-shot'), { 'bao-cao.docx': FIXTURE });
  const server = await startCodeServer({ stateDir, workspace });
  let browser;
  try {
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1400, height: 820 } });
    const payload = [['extensionDevelopmentPath', `vscode-remote://127.0.0.1:${server.port}${ROOT}`]];
    await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    await page.getByRole('treeitem', { name: /bao-cao\.docx/ }).click({ timeout: STEP_MS });
    await page.locator('.tabs-container .tab', { hasText: 'bao-cao.docx' }).waitFor({ timeout: STEP_MS });
    await runCommand(page, 'Check the Word file', STEP_MS); // the display language is English here: "Văn bản: Kiểm tra tệp Word" in Vietnamese
    await page.locator('.monaco-editor .view-lines', { hasText: 'ỦY BAN NHÂN DÂN' }).waitFor({ timeout: STEP_MS });
    await runCommand(page, 'Focus on Problems View', STEP_MS);
    await page.locator('.markers-panel .monaco-list-row', { hasText: /Lề trên là 15 mm/ }).first().waitFor({ timeout: STEP_MS });
    // Let the notification of the offer fade from the picture.
    await page.keyboard.press('Escape');
    fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    console.log(`wrote ${SCREENSHOT}`);
  } catch (error) {
    const pages = browser ? browser.contexts().flatMap((c) => c.pages()) : [];
    if (pages[0]) await pages[0].screenshot({ path: path.join(stateDir, 'failure.png') }).catch(() => undefined);
    throw error;
  } finally {
    await browser?.close().catch(() => undefined);
    await server.stop();
  }
}

main().catch((error) => { console.error(error); process.exitCode = 1; });
