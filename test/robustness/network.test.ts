// The extension makes no network connection: no module bundled into dist/ uses a network API, except the
// language client's and server's own transport (vscode-jsonrpc pipes and sockets, which carry LSP between
// the editor and the server on this machine).

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers';

const NETWORK = /\brequire\(\s*["'](?:node:)?(?:http|https|http2|net|tls|dgram|dns)["']\s*\)|\bfrom\s+["'](?:node:)?(?:http|https|http2|net|tls|dgram|dns)["']|\bfetch\s*\(|\bXMLHttpRequest\b|\bnew\s+WebSocket\b|\bnavigator\.sendBeacon\b/;

/** The language client's own transport: LSP over pipes, IPC or a local socket. */
const TRANSPORT = /node_modules\/(?:[^/]+\/node_modules\/)?vscode-(?:jsonrpc|languageclient|languageserver)\//;

/**
 * @vscode/l10n fetches a bundle only in `config({ uri })`; vanban always passes the bundle's contents
 * (checked below), so that path is never taken.
 */
const L10N = /^node_modules\/@vscode\/l10n\/dist\/(?:main|browser)\.js$/;

describe('network use in the bundles', () => {
  const inputs = JSON.parse(readFileSync(join(ROOT, 'dist', 'inputs.json'), 'utf8')) as Record<string, string[]>;

  it('lists the inputs of every bundle', () => {
    for (const bundle of ['extension.js', 'vanban.js', 'engine.js']) assert.ok(inputs[bundle]?.length > 5, bundle);
  });

  it('finds network APIs only in the language client’s transport', () => {
    const offenders: string[] = [];
    for (const [bundle, files] of Object.entries(inputs)) {
      for (const file of files) {
        if (!/\.[cm]?[jt]s$/.test(file) || TRANSPORT.test(file) || L10N.test(file)) continue;
        const source = readFileSync(join(ROOT, file), 'utf8');
        const match = NETWORK.exec(source);
        if (match) offenders.push(`${bundle}: ${file}: ${match[0]}`);
      }
    }
    assert.deepEqual(offenders, []);
  });

  it('configures @vscode/l10n only with bundle contents, never with a URI to fetch', () => {
    const users = Object.values(inputs).flat().filter((file) => !file.startsWith('node_modules/') && /\.ts$/.test(file));
    for (const file of new Set(users)) {
      const source = readFileSync(join(ROOT, file), 'utf8');
      for (const call of source.matchAll(/l10n\.config\(\s*\{\s*(\w+)/g)) assert.equal(call[1], 'contents', `${file} configures l10n with ${call[1]}`);
    }
  });

  it('would notice a network call (the pattern is not blind)', () => {
    assert.ok(NETWORK.test("const https = require('https');"));
    assert.ok(NETWORK.test('await fetch(url)'));
    assert.ok(NETWORK.test("import { request } from 'node:http'"));
  });
});
