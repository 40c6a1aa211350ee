// The preview webview's own document and script, in chromium, with VS Code's webview API stood in by
// a recorder: the CSP, click-to-reveal, updates that keep the scroll position, following the editor's
// cursor and scroll, reporting the user's scroll, and white paper whatever the theme.

import * as assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { makeNonce, webviewHtml } from '../../client/src/preview/webviewHtml';
import { renderPreview } from '../../server/src/engine/render';
import { needsTool } from '../helpers';
import { analyse, fixture, useBrowser } from './tools';

type Posted = { type: string; line: number };

function longDraft(): string {
  const paragraphs = Array.from({ length: 40 }, (_, i) => `Đoạn ${i + 1}: các chi bộ trực thuộc tiếp tục thực hiện nhiệm vụ kiểm tra, giám sát theo chương trình đã đề ra.\n`);
  return fixture('party-complete.vanban').replace('2. Nhiệm vụ quý II\n', `${paragraphs.join('\n')}\n2. Nhiệm vụ quý II\n`);
}

describe('preview webview in chromium', function () {
  if (needsTool('chromium')) return;
  this.timeout(90_000);
  const browser = useBrowser();

  async function open(name: string, text: string): Promise<{ page: Page; seen: string[] }> {
    const { model, findings } = analyse(text);
    const html = webviewHtml(renderPreview(model, findings), makeNonce(), name);
    const page = await browser.chrome.context.newPage();
    const seen: string[] = [];
    page.on('request', (request) => seen.push(request.url()));
    await page.setViewportSize({ width: 900, height: 700 });
    // VS Code's webview API, recorded.
    await page.addInitScript(() => {
      const w = window as unknown as { __posted: unknown[]; __state: unknown; acquireVsCodeApi: unknown };
      w.__posted = [];
      w.acquireVsCodeApi = () => ({
        postMessage: (message: unknown) => w.__posted.push(message),
        getState: () => w.__state,
        setState: (state: unknown) => { w.__state = state; },
      });
    });
    await page.goto(browser.server.serve(`/${name}.html`, html));
    return { page, seen };
  }

  const posted = (page: Page) => page.evaluate(() => (window as unknown as { __posted: Posted[] }).__posted);
  const send = (page: Page, message: unknown) => page.evaluate((m) => window.postMessage(m, '*'), message);

  it('has a strict Content-Security-Policy and runs only its own nonce script', async () => {
    const { model, findings } = analyse(fixture('hostile.vanban'));
    const nonce = makeNonce();
    const html = webviewHtml(renderPreview(model, findings), nonce, 'hostile');
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    assert.equal(csp, `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; base-uri 'none'; form-action 'none'`);
    const { page, seen } = await open('webview-hostile', fixture('hostile.vanban'));
    try {
      await page.locator('.vb-paragraph').first().click();
      await page.waitForTimeout(200);
      assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), undefined);
      assert.deepEqual(seen, [`${browser.server.base}/webview-hostile.html`]);
      assert.ok((await posted(page)).some((m) => m.type === 'reveal'), 'the page script itself runs');
      assert.equal(await page.locator('script').count(), 1);
    } finally {
      await page.close();
    }
  });

  it('reveals the source line of a clicked block', async () => {
    const text = fixture('party-complete.vanban');
    const { page } = await open('webview-click', text);
    try {
      await page.locator('.vb-typeName').click();
      await page.locator('.vb-authority').click();
      const lines = text.split('\n');
      assert.deepEqual((await posted(page)).filter((m) => m.type === 'reveal'), [
        { type: 'reveal', line: lines.indexOf('THÔNG BÁO') },
        { type: 'reveal', line: lines.indexOf('T/M BAN THƯỜNG VỤ') },
      ]);
    } finally {
      await page.close();
    }
  });

  it('keeps its scroll position when the page is updated', async () => {
    const text = longDraft();
    const { page } = await open('webview-update', text);
    try {
      await page.evaluate(() => window.scrollTo(0, 600));
      const edited = analyse(text.replace('Đoạn 1:', 'Đoạn MỘT:'));
      await send(page, { type: 'update', markup: renderPreview(edited.model, edited.findings).markup });
      await page.waitForFunction(() => document.body.innerText.includes('Đoạn MỘT:'));
      assert.equal(await page.evaluate(() => window.scrollY), 600);
    } finally {
      await page.close();
    }
  });

  it('takes the new style sheet when the draft changes regime', async () => {
    const { page } = await open('webview-regime', fixture('party-complete.vanban'));
    try {
      assert.equal(await page.locator('.vb-recipientsLabel').evaluate((el) => getComputedStyle(el).textDecorationLine), 'underline');
      const state = analyse(fixture('state-complete.vanban'));
      const next = renderPreview(state.model, state.findings);
      await send(page, { type: 'update', markup: next.markup, css: next.css });
      await page.waitForFunction(() => document.querySelector('.vb-nationalName') !== null);
      assert.equal(await page.locator('.vb-recipientsLabel').evaluate((el) => getComputedStyle(el).fontStyle), 'italic', 'state Nơi nhận: bold italic');
      assert.equal(await page.locator('.vb-recipientsLabel').evaluate((el) => getComputedStyle(el).textDecorationLine), 'none');
      assert.equal(await page.locator('style').count(), 2);
    } finally {
      await page.close();
    }
  });

  it('follows the editor: scrolls to its first visible line and marks the cursor block', async () => {
    const text = longDraft();
    const { page } = await open('webview-follow', text);
    try {
      const line = text.split('\n').findIndex((l) => l.startsWith('Đoạn 30:'));
      await send(page, { type: 'scrollTo', line });
      await page.waitForFunction((l) => {
        const el = document.querySelector(`[data-line="${l}"]`)!;
        return Math.abs(el.getBoundingClientRect().top - 8) < 2;
      }, line);
      await send(page, { type: 'cursor', line: 3 });
      await page.waitForFunction(() => document.querySelector('.vb-current')?.classList.contains('vb-number') === true);
      assert.ok(await page.evaluate(() => window.scrollY) < 200, 'brought the cursor block into view');
    } finally {
      await page.close();
    }
  });

  it('shows the top of the sheet when the editor is at the top', async () => {
    const { page } = await open('webview-top', longDraft());
    try {
      await page.evaluate(() => window.scrollTo(0, 900));
      await send(page, { type: 'scrollTo', line: 0 });
      await page.waitForFunction(() => window.scrollY === 0);
    } finally {
      await page.close();
    }
  });

  it('fits the A4 sheet to a narrow panel without a horizontal scroll bar', async () => {
    const { page } = await open('webview-narrow', fixture('party-complete.vanban'));
    try {
      await page.setViewportSize({ width: 480, height: 700 });
      await page.waitForFunction(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
      const width = await page.locator('.vb-page').evaluate((el) => el.getBoundingClientRect().width);
      assert.ok(width > 400 && width <= 480, `the sheet is ${width}px wide in a 480px panel`);
      await page.setViewportSize({ width: 1200, height: 700 });
      await page.waitForFunction(() => Math.abs(document.querySelector('.vb-page')!.getBoundingClientRect().width - 210 * 96 / 25.4) < 1);
    } finally {
      await page.close();
    }
  });

  it('tells the editor where the user scrolled', async () => {
    const text = longDraft();
    const { page } = await open('webview-scrolled', text);
    try {
      await page.mouse.move(400, 300);
      await page.mouse.wheel(0, 1500);
      await page.waitForFunction(() => (window as unknown as { __posted: Posted[] }).__posted.some((m) => m.type === 'scrolled'));
      const last = (await posted(page)).filter((m) => m.type === 'scrolled').pop()!;
      const expected = await page.evaluate(() => Number(Array.from(document.querySelectorAll<HTMLElement>('[data-line]'))
        .find((el) => el.getBoundingClientRect().bottom > 0)!.dataset.line));
      assert.ok(last.line > 5, `scrolled to line ${last.line}`);
      assert.equal(last.line, expected);
    } finally {
      await page.close();
    }
  });

  it('looks like paper in a dark theme', async () => {
    const { page } = await open('webview-dark', fixture('state-complete.vanban'));
    try {
      // What VS Code's dark theme puts on a webview's body.
      await page.evaluate(() => {
        document.body.classList.add('vscode-dark');
        document.body.style.color = '#cccccc';
        document.body.style.backgroundColor = '#1e1e1e';
      });
      assert.equal(await page.locator('.vb-page').evaluate((el) => getComputedStyle(el).backgroundColor), 'rgb(255, 255, 255)');
      assert.equal(await page.locator('.vb-paragraph').first().evaluate((el) => getComputedStyle(el).color), 'rgb(0, 0, 0)');
    } finally {
      await page.close();
    }
  });
});
