// Debian's chromium through playwright-core, launched one way for every test and script: headless, with a
// profile of its own and the flags that keep it from dialling out on a machine with no network
// (docs/editor-testing.md).
'use strict';

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const CHROMIUM = process.env.VANBAN_CHROMIUM || '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
];

function assertChromium() {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium is required at ${CHROMIUM}: install the Debian package chromium`);
}

/** A browser (fresh temporary profile). */
async function launchChromium() {
  assertChromium();
  const { chromium } = require('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/** A persistent context in a new temporary profile folder; `options` as playwright's (viewport...). */
async function launchChromiumContext(options = {}) {
  assertChromium();
  const { chromium } = require('playwright-core');
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'vanban-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, ...options });
  return { context, profile };
}

module.exports = { CHROMIUM, CHROMIUM_ARGS, launchChromium, launchChromiumContext };
