// The preview HTML in Debian's chromium: the A4 sheet, the regime's layout, placeholders for missing
// parts, and a hostile draft that must render as text, run nothing and load nothing.

import * as assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { renderHtmlDocument } from '../../server/src/engine/render';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { needsTool } from '../helpers';
import { analyse, fixture, pdfPages, pdfText, useBrowser } from './tools';

const MM = 96 / 25.4;

interface Box { left: number; right: number; top: number; bottom: number; width: number }

async function box(page: Page, selector: string): Promise<Box> {
  const rect = await page.locator(selector).first().evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width };
  });
  return rect;
}

async function style(page: Page, selector: string, property: string): Promise<string> {
  return page.locator(selector).first().evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), property);
}

describe('preview HTML in chromium', function () {
  if (needsTool('chromium', 'pdftotext')) return;
  this.timeout(90_000);
  const browser = useBrowser();

  async function open(name: string, text: string, lintRules?: Record<string, 'off'>): Promise<Page> {
    const { model, findings } = analyse(text);
    const kept = lintRules ? findings.filter((finding) => lintRules[finding.rule] !== 'off') : findings;
    const html = renderHtmlDocument(model, kept, { title: name, nonce: 'test-nonce-1234' });
    const page = await browser.chrome.context.newPage();
    await page.setViewportSize({ width: 1000, height: 1200 });
    await page.goto(browser.server.serve(`/${name}.html`, html));
    return page;
  }

  it('draws a Party page: A4 sheet, two-column header, centred title, closing band', async () => {
    const page = await open('party', fixture('party-complete.vanban'));
    try {
      const sheet = await box(page, '.vb-page');
      assert.ok(Math.abs(sheet.width - 210 * MM) < 1, `sheet is ${sheet.width}px wide, A4 is ${210 * MM}px`);
      assert.ok(Math.abs(parseFloat(await style(page, '.vb-page', 'padding-left')) - 30 * MM) < 0.5, 'left margin 30 mm');
      assert.ok(Math.abs(parseFloat(await style(page, '.vb-page', 'padding-right')) - 15 * MM) < 0.5, 'right margin 15 mm');
      assert.match(await style(page, '.vb-page', 'font-family'), /^"Times New Roman", "Liberation Serif", Tinos, serif$/);

      const right = await box(page, '.vb-header .vb-right');
      for (const selector of ['.vb-superior', '.vb-issuer', '.vb-star', '.vb-number']) {
        const part = await box(page, `.vb-header ${selector} .vb-text`);
        assert.ok(part.right <= right.left + 0.5, `${selector} stands in the left column`);
      }
      for (const selector of ['.vb-partyTitle', '.vb-placeDate']) {
        const part = await box(page, `.vb-header ${selector} .vb-text`);
        assert.ok(part.left >= right.left, `${selector} stands in the right column`);
      }
      assert.equal(await page.locator('.vb-partyTitle').innerText(), 'ĐẢNG CỘNG SẢN VIỆT NAM');
      assert.equal(await style(page, '.vb-partyTitle .vb-text', 'border-bottom-style'), 'solid', 'the title has its rule');
      assert.equal(await style(page, '.vb-partyTitle', 'font-size'), '20px', 'title 15 pt');
      assert.equal(await style(page, '.vb-placeDate', 'font-style'), 'italic');
      // The star sits under the issuing body, centred on it.
      const issuer = await box(page, '.vb-issuer .vb-text');
      const star = await box(page, '.vb-star .vb-text');
      assert.ok(star.top > issuer.top && Math.abs((star.left + star.right) / 2 - (issuer.left + issuer.right) / 2) < 1.5);

      // Type name and summary centred on the text block.
      const content = { left: sheet.left + 30 * MM, right: sheet.right - 15 * MM };
      for (const selector of ['.vb-typeName', '.vb-summary']) {
        const text = await box(page, `${selector} .vb-text`);
        const offset = (text.left + text.right) / 2 - (content.left + content.right) / 2;
        assert.ok(Math.abs(offset) < 1.5, `${selector} is off centre by ${offset}px`);
      }
      assert.ok(Math.abs(parseFloat(await style(page, '.vb-typeName', 'font-size')) - (16 * 4) / 3) < 0.05, 'type name 16 pt');

      // Body: justified, first-line indent.
      assert.equal(await style(page, '.vb-paragraph', 'text-align'), 'justify');
      assert.ok(Math.abs(parseFloat(await style(page, '.vb-paragraph', 'text-indent')) - 10 * MM) < 0.5);

      // Recipients at the left and the signature at the right, on one band.
      const label = await box(page, '.vb-recipientsLabel .vb-text');
      const authority = await box(page, '.vb-authority .vb-text');
      assert.ok(Math.abs(label.top - authority.top) < 6, `recipients at ${label.top}px, signature at ${authority.top}px`);
      const lastRecipient = await page.locator('.vb-recipient .vb-text').last().evaluate((el) => el.getBoundingClientRect().right);
      assert.ok(lastRecipient < authority.left, 'recipients left of the signature');
      assert.equal(await style(page, '.vb-recipientsLabel', 'text-decoration-line'), 'underline', 'Party Nơi nhận is underlined');
      assert.equal(await page.locator('.vb-missing').count(), 0, 'a complete draft has no placeholder');
    } finally {
      await page.close();
    }
  });

  it('draws a state page: national name and motto with its rule at the right, issuer and number at the left', async () => {
    const page = await open('state', fixture('state-complete.vanban'));
    try {
      const right = await box(page, '.vb-header .vb-right');
      for (const selector of ['.vb-nationalName', '.vb-motto', '.vb-placeDate']) {
        assert.ok((await box(page, `.vb-header ${selector} .vb-text`)).left >= right.left, `${selector} in the right column`);
      }
      for (const selector of ['.vb-superior', '.vb-issuer', '.vb-number']) {
        assert.ok((await box(page, `.vb-header ${selector} .vb-text`)).right <= right.left + 0.5, `${selector} in the left column`);
      }
      const motto = await box(page, '.vb-motto .vb-text');
      assert.equal(await style(page, '.vb-motto .vb-text', 'border-bottom-style'), 'solid');
      assert.ok(motto.width > 100, 'the rule is as long as the motto');
      assert.ok(Math.abs(parseFloat(await style(page, '.vb-nationalName', 'font-size')) - 16) < 0.05, 'national name 12 pt');
      assert.equal(await style(page, '.vb-recipientsLabel', 'font-style'), 'italic');
      assert.equal(await style(page, '.vb-recipientsLabel', 'font-weight'), '700');
      const label = await box(page, '.vb-recipientsLabel .vb-text');
      const title = await box(page, '.vb-closing .vb-title .vb-text');
      assert.ok(Math.abs(label.top - title.top) < 6, 'recipients and signature on one band');
      assert.equal(await page.locator('.vb-missing').count(), 0);
    } finally {
      await page.close();
    }
  });

  it('marks each missing required part in its place, named as in the diagnostic', async () => {
    const text = fixture('party-missing.vanban');
    const { findings } = analyse(text);
    const required = findings.filter((f) => ['header-title', 'issuer', 'number', 'date', 'type-name', 'recipients', 'signature'].includes(f.rule));
    assert.deepEqual(required.map((f) => f.rule).sort(), ['date', 'header-title', 'issuer', 'recipients', 'signature', 'type-name']);
    const page = await open('missing', text);
    try {
      const where: Record<string, string> = {
        'header-title': '.vb-header .vb-right', 'date': '.vb-header .vb-right', 'issuer': '.vb-header .vb-left',
        'type-name': '.vb-titleblock', 'recipients': '.vb-closing .vb-left', 'signature': '.vb-closing .vb-right',
      };
      for (const finding of required) {
        const placeholder = page.locator(`${where[finding.rule]} .vb-missing[data-rule="${finding.rule}"]`);
        assert.equal(await placeholder.count(), 1, `one placeholder for ${finding.rule}`);
        assert.ok((await placeholder.innerText()).startsWith(finding.message), `${finding.rule}: ${await placeholder.innerText()}`);
        assert.equal(await placeholder.getAttribute('data-line'), String(finding.range.start.line));
      }
      // In the right order: the title above the date; the summary placeholder under the type name.
      assert.ok((await box(page, '.vb-missing[data-rule="header-title"]')).bottom <= (await box(page, '.vb-missing[data-rule="date"]')).top);
      assert.ok((await box(page, '.vb-typeName')).bottom <= (await box(page, '.vb-missing[data-rule="type-name"]')).top);
      assert.equal(await page.locator('.vb-number').innerText(), 'Số 05-KL/ĐU');
      assert.equal(await style(page, '.vb-missing', 'border-top-style'), 'dashed');
    } finally {
      await page.close();
    }
  });

  it('leaves no placeholder for a rule that is turned off', async () => {
    const page = await open('missing-off', fixture('party-missing.vanban'), { date: 'off' });
    try {
      assert.equal(await page.locator('.vb-missing[data-rule="date"]').count(), 0);
      assert.equal(await page.locator('.vb-missing[data-rule="header-title"]').count(), 1);
    } finally {
      await page.close();
    }
  });

  it('prints the standalone page on A4, the parts in order, page numbers from page 2', async () => {
    const paragraphs = Array.from({ length: 45 }, (_, i) => `Đoạn ${i + 1}: các chi bộ trực thuộc tiếp tục thực hiện nhiệm vụ kiểm tra, giám sát theo chương trình.\n`);
    const text = fixture('party-complete.vanban').replace('2. Nhiệm vụ quý II\n', `${paragraphs.join('\n')}\n2. Nhiệm vụ quý II\n`);
    const page = await open('print', text);
    const dir = mkdtempSync(join(tmpdir(), 'vanban-print-'));
    try {
      const pdf = join(dir, 'print.pdf');
      writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true }));
      const info = pdfPages(pdf);
      assert.ok(info.pages >= 2, `${info.pages} page(s)`);
      assert.match(info.size, /\(A4\)$/, info.size);
      assert.match(pdfText(pdf, 1).trimStart(), /^ĐẢNG BỘ TỈNH NINH BÌNH|^ĐẢNG CỘNG SẢN VIỆT NAM/, 'no number on page 1');
      assert.match(pdfText(pdf, 2).trimStart(), /^2\s/, 'page 2 is numbered at the top');
      const all = pdfText(pdf).replace(/\s+/g, ' ');
      assert.ok(all.indexOf('THÔNG BÁO') < all.indexOf('Đoạn 45:') && all.indexOf('Đoạn 45:') < all.indexOf('Phạm Quang Huy'));
    } finally {
      await page.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('renders a hostile draft as text: no script runs, no request is made, comments stay hidden', async () => {
    const text = fixture('hostile.vanban');
    const page = await browser.chrome.context.newPage();
    const seen: string[] = [];
    page.on('request', (request) => seen.push(request.url()));
    await page.addInitScript(() => {
      (window as unknown as { __violations: string[] }).__violations = [];
      document.addEventListener('securitypolicyviolation', (event) =>
        (window as unknown as { __violations: string[] }).__violations.push(`${event.violatedDirective} ${event.blockedURI}`));
    });
    const before = browser.server.requests.length;
    const { model, findings } = analyse(text);
    const html = renderHtmlDocument(model, findings, { title: '<script>t</script>', nonce: 'n0nce' });
    try {
      await page.setViewportSize({ width: 1000, height: 1200 });
      await page.goto(browser.server.serve('/hostile.html', html), { waitUntil: 'load' });
      await page.waitForTimeout(300); // time for any onerror/onload/refresh to fire, if one existed
      const url = browser.server.base + '/hostile.html';
      assert.deepEqual(seen, [url], 'the page loaded nothing but itself');
      assert.deepEqual(browser.server.requests.slice(before), ['/hostile.html']);
      assert.equal(page.url(), url, 'no refresh navigated away');
      assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), undefined);
      assert.deepEqual(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations), [],
        'nothing even tried to load or run (every text escaped)');
      assert.equal(await page.locator('script, img, iframe, link, object, svg, a, b, p > style').count(), 0, 'no element from the draft');
      assert.equal(await page.locator('style').count(), 1, 'only the page style sheet');
      const shown = await page.locator('.vb-page').innerText();
      for (const literal of [
        "<script>window.__pwned = 'body'; fetch('/beacon-script')</script>",
        '<a href="javascript:window.__pwned=\'link\'">bấm vào đây</a>',
        '[liên kết](javascript:alert(1))',
        '<style>body{display:none} .vb-page{background:url(/beacon-css)}</style>',
        '" onmouseover="window.__pwned=\'attr\'" x="',
        '--> <script>window.__pwned=\'after-comment\'</script>',
        '&lt;script&gt; đã mã hóa &amp; ký tự &#60;b&#62;',
        'ỦY BAN NHÂN DÂN <SCRIPT SRC="/BEACON-HEADER"></SCRIPT>',
      ]) assert.ok(shown.includes(literal), `shown as text: ${literal}`);
      const source = await page.content();
      for (const hidden of ['SECRET-COMMENT-TEXT', 'SECRET-TRICK', 'MULTI-LINE-SECRET', 'vanban-disable']) {
        assert.ok(!source.includes(hidden), `comments and directives are never rendered: ${hidden}`);
      }
      // The very long token wraps inside the sheet instead of widening it.
      const sheet = await box(page, '.vb-page');
      assert.ok(Math.abs(sheet.width - 210 * MM) < 1);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `the page overflows by ${overflow}px`);
      assert.equal(await page.title(), '<script>t</script>');
    } finally {
      await page.close();
    }
  });
});
