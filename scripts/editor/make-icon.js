// Renders images/icon.svg to images/icon.png (256 x 256, transparent corners) in Debian's chromium.
// Run by hand after changing the SVG: node scripts/editor/make-icon.js
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { ROOT, launchChromium } = require('./codeServer');

async function main() {
  const svg = fs.readFileSync(path.join(ROOT, 'images', 'icon.svg'), 'utf8');
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 256, height: 256 } });
    await page.setContent(`<!doctype html><style>html,body{margin:0;background:transparent}</style>${svg}`);
    await page.locator('svg').screenshot({ path: path.join(ROOT, 'images', 'icon.png'), omitBackground: true });
  } finally {
    await browser.close();
  }
}

main().catch((error) => { console.error(error); process.exitCode = 1; });
