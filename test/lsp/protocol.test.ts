// The language server over a real LSP connection (stdio): diagnostics on open and change, quick fixes,
// settings, and survival of any input.

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { SEED } from '../helpers';
import { LspTestClient } from './lspClient';

describe('language server protocol', function () {
  this.timeout(30000);
  let client: LspTestClient;

  beforeEach(async () => {
    client = new LspTestClient();
    await client.initialize();
  });

  afterEach(async () => {
    await client.close();
  });

  it('publishes the seed’s findings with their rule codes when the draft is opened', async () => {
    const uri = 'file:///drafts/ket-luan-02.vanban';
    const waiting = client.diagnostics(uri);
    await client.open(uri, readFileSync(SEED, 'utf8'));
    const published = await waiting;
    const found = published.diagnostics.filter((d) => d.severity === 1 || d.severity === 2).map((d) => `${d.code}@${d.range.start.line + 1}`);
    assert.deepEqual(found, ['header-title@4', 'issuer@4', 'number-format@6', 'recipients-format@79']);
    assert.ok(published.diagnostics.every((d) => d.source === 'vanban'));
    assert.match(published.diagnostics[0].message, /^Thiếu tiêu đề ĐẢNG CỘNG SẢN VIỆT NAM/);
  });

  it('updates the diagnostics after an incremental change, and drops the fixed finding', async () => {
    const uri = 'file:///drafts/seed.vanban';
    const opened = client.diagnostics(uri);
    await client.open(uri, readFileSync(SEED, 'utf8'));
    await opened;
    const updated = client.diagnostics(uri, (p) => p.version === 2);
    await client.change(uri, 2, [{ range: { start: { line: 5, character: 0 }, end: { line: 5, character: 16 } }, text: 'Số 02-KL/BTCTW' }]);
    const published = await updated;
    assert.deepEqual(published.diagnostics.filter((d) => d.code === 'number-format'), []);
    assert.ok(published.diagnostics.some((d) => d.code === 'recipients-format'));
  });

  it('offers the safe fix as a preferred quick fix whose edit repairs the line', async () => {
    const uri = 'file:///drafts/fix.vanban';
    const opened = client.diagnostics(uri);
    await client.open(uri, readFileSync(SEED, 'utf8'));
    const { diagnostics } = await opened;
    const target = diagnostics.find((d) => d.code === 'number-format')!;
    const actions = await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri }, range: target.range, context: { diagnostics: [target] },
    }) as { title: string; kind: string; isPreferred?: boolean; edit: { changes: Record<string, { newText: string; range: unknown }[]> } }[];
    const preferred = actions.filter((action) => action.isPreferred);
    assert.equal(preferred.length, 1);
    assert.equal(preferred[0].kind, 'quickfix');
    assert.equal(preferred[0].title, 'Viết Số 02-KL/BTCTW');
    assert.deepEqual(preferred[0].edit.changes[uri].map((e) => e.newText), ['Số 02-KL/BTCTW']);
  });

  it('speaks English when the user sets vanban.messagesLanguage to en', async () => {
    client.settings = { messagesLanguage: 'en', profile: 'auto' };
    const uri = 'file:///drafts/en.vanban';
    const waiting = client.diagnostics(uri);
    await client.open(uri, readFileSync(SEED, 'utf8'));
    const published = await waiting;
    assert.equal(published.diagnostics[0].message, 'Missing the title ĐẢNG CỘNG SẢN VIỆT NAM');
  });

  it('keeps answering after hostile input', async () => {
    const junk = `\u0000\uD800${'Số '.repeat(5000)}\n${'-'.repeat(100000)}\n\u202Enơi nhận:\n- \n`;
    const junkUri = 'file:///drafts/junk.vanban';
    const junkDone = client.diagnostics(junkUri);
    await client.open(junkUri, junk);
    await junkDone;
    const uri = 'file:///drafts/after.vanban';
    const waiting = client.diagnostics(uri);
    await client.open(uri, readFileSync(SEED, 'utf8'));
    assert.ok((await waiting).diagnostics.length >= 4);
  });
});

describe('language server transports', () => {
  it('starts with --stdio as other editors launch it', async () => {
    const client = new LspTestClient(['--stdio']);
    const result = await client.initialize() as { capabilities: { textDocumentSync: { change: number } } };
    assert.equal(result.capabilities.textDocumentSync.change, 2, 'incremental sync');
    await client.close();
  });
});
