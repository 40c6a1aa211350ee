// The preview in a real VS Code (code-server, see docs/editor-testing.md): open a draft from the
// Explorer, find the preview button in the editor title, open the preview with Ctrl+K V, see the
// placeholders, click the type name to reveal its line, type the missing title and see the page follow.
//
// Not part of the mocha run: `npm run test:editor` runs it (scripts/editor/run-more.js) on the harness's code-server.
//   npx tsx test/render/editor/preview-in-code-server.ts   (VANBAN_CODE_SERVER_DIR names the install)
// Exits 0 when every check holds, 1 otherwise.

import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { launchChromium, startCodeServer } from '../../../scripts/editor/codeServer';

const ROOT = resolve(__dirname, '..', '..', '..');

function check(ok: boolean, what: string): void {
  if (!ok) throw new Error(`check failed: ${what}`);
  process.stdout.write(`ok - ${what}\n`);
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function previewFrame(page: Page): Promise<Frame> {
  return waitFor('the preview page', async () => {
    for (const frame of page.frames()) if (await frame.locator('.vb-page').count().catch(() => 0)) return frame;
    return undefined;
  });
}

async function main(): Promise<void> {
  if (!existsSync(join(ROOT, 'dist', 'extension.js'))) throw new Error('build first: node esbuild.mjs');
  const work = mkdtempSync(join(tmpdir(), 'vanban-cs-'));
  const workspace = join(work, 'ws');
  mkdirSync(workspace, { recursive: true });
  copyFileSync(join(ROOT, 'test', 'render', 'fixtures', 'party-missing.vanban'), join(workspace, 'draft.vanban'));
  const server = await startCodeServer({ stateDir: join(work, 'state'), workspace });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    const payload = JSON.stringify([['extensionDevelopmentPath', `vscode-remote://127.0.0.1:${server.port}${ROOT}`]]);
    await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(payload)}`);
    await page.locator('.explorer-folders-view .monaco-list-row:has-text("draft.vanban")').click({ timeout: 60_000 });
    await page.locator('.monaco-editor .view-lines').first().waitFor();
    const button = page.locator('.editor-actions [aria-label*="Preview"], .editor-actions [aria-label*="Xem trước"]');
    await waitFor('the preview button', async () => ((await button.count()) > 0 ? true : undefined));
    check(true, 'the editor title shows the preview button on a .vanban file');

    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+K');
    await page.keyboard.press('V');
    const frame = await previewFrame(page);
    const placeholders = await frame.locator('.vb-missing').count();
    check(placeholders === 6, `Ctrl+K V opens the preview with 6 placeholders (found ${placeholders})`);
    check((await frame.locator('.vb-missing[data-rule="header-title"]').innerText()).includes('ĐẢNG CỘNG SẢN VIỆT NAM'), 'the title placeholder names the title');

    // The webview may replace its frame once more as the first analysis arrives ("Frame was detached"):
    // the click is retried on the current frame.
    await waitFor('a click on the type name', async () => {
      await (await previewFrame(page)).locator('.vb-typeName').click({ timeout: 5_000 });
      return true;
    });
    const status = page.locator('.statusbar-item:has-text("Ln ")').first();
    await waitFor('the cursor on line 3', async () => ((await status.innerText()).startsWith('Ln 3,') ? true : undefined));
    check(true, 'a click on the type name puts the cursor on its source line');

    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('ĐẢNG CỘNG SẢN VIỆT NAM\n');
    await waitFor('the typed title in the preview', async () => ((await (await previewFrame(page)).locator('.vb-partyTitle').count()) === 1 ? true : undefined));
    check(await (await previewFrame(page)).locator('.vb-missing[data-rule="header-title"]').count() === 0, 'the page follows the typing: title shown, its placeholder gone');

    // Export: the save dialog proposes draft.docx; a second export asks before overwriting.
    const exportOnce = async () => {
      await page.keyboard.press('Control+Shift+P');
      // The command's title is Vietnamese whatever the display language (package.nls.json).
      await page.keyboard.type('Xuất ra .docx');
      await page.locator('.quick-input-list .monaco-list-row:has-text("Xuất ra .docx")').first().click();
      // The draft still has errors (its missing parts): the export asks first, and goes on when told.
      const question = page.locator('.monaco-dialog-box', { hasText: /Còn \d+ lỗi\. Vẫn xuất\?/ });
      await question.waitFor({ timeout: 20000 });
      await question.locator('.monaco-button', { hasText: 'Vẫn xuất' }).first().click();
      const input = page.locator('.quick-input-widget input');
      await waitFor('the save dialog', async () => ((await input.inputValue()).endsWith('draft.docx') ? true : undefined));
      await page.keyboard.press('Enter');
    };
    const docx = join(workspace, 'draft.docx');
    await exportOnce();
    check(true, 'exporting a draft with errors asks first ("Còn … lỗi. Vẫn xuất?")');
    await waitFor('draft.docx', async () => (existsSync(docx) ? true : undefined));
    check(readFileSync(docx).subarray(0, 2).toString() === 'PK', 'the export writes draft.docx beside the draft');
    writeFileSync(docx, 'keep me');
    await exportOnce();
    const title = page.locator('.quick-input-widget .quick-input-title, .quick-input-widget .quick-input-message');
    await waitFor('the overwrite question', async () => ((await title.allInnerTexts()).join(' ').includes('already exists') ? true : undefined));
    check(true, 'exporting onto an existing file asks before overwriting it');
    await page.keyboard.press('Escape');
    await new Promise((r) => setTimeout(r, 1000));
    check(readFileSync(docx, 'utf8') === 'keep me', 'declining leaves the file alone');
    await exportOnce();
    await waitFor('the overwrite question', async () => ((await title.allInnerTexts()).join(' ').includes('already exists') ? true : undefined));
    await page.keyboard.press('Enter');
    await waitFor('the overwritten file', async () => (readFileSync(docx).subarray(0, 2).toString() === 'PK' ? true : undefined));
    check(true, 'confirming overwrites it');
  } finally {
    await browser.close();
    await server.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.message : error}\n`);
  process.exitCode = 1;
});
