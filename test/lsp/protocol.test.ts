// The language server over a real LSP connection (stdio): diagnostics on open and change, quick fixes,
// settings, and survival of any input.

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { needsShared, SEED } from '../helpers';
import { TestClient } from './client';

let seed: string;
const problems = (diagnostics: { severity?: number; code?: unknown; range: { start: { line: number } } }[]) =>
  diagnostics.filter((d) => d.severity === 1 || d.severity === 2).map((d) => `${d.code}@${d.range.start.line + 1}`);

describe('language server protocol', function () {
  if (needsShared()) return;
  seed = readFileSync(SEED, 'utf8');
  this.timeout(30000);
  let client: TestClient;

  afterEach(async () => {
    await client.stop();
  });

  it('publishes the seed’s findings with their rule codes when the draft is opened', async () => {
    client = await TestClient.start();
    const diagnostics = await client.open('file:///drafts/ket-luan-02.vanban', seed);
    assert.deepEqual(problems(diagnostics), ['header-title@4', 'issuer@4', 'number-format@6', 'recipients-format@79']);
    assert.ok(diagnostics.every((d) => d.source === 'vanban'));
    assert.match(diagnostics[0].message, /^Thiếu tiêu đề ĐẢNG CỘNG SẢN VIỆT NAM/);
    assert.match(diagnostics[0].codeDescription.href, /docs\/rules\/header-title\.md$/);
  });

  it('updates the diagnostics after an incremental change, and drops the fixed finding', async () => {
    client = await TestClient.start();
    const uri = 'file:///drafts/seed.vanban';
    await client.open(uri, seed);
    const diagnostics = await client.edit(uri, [{ range: { start: { line: 5, character: 0 }, end: { line: 5, character: 16 } }, text: 'Số 02-KL/BTCTW' }]);
    assert.deepEqual(problems(diagnostics), ['header-title@4', 'issuer@4', 'recipients-format@79']);
  });

  it('offers the safe fix as the preferred quick fix whose edit repairs the line', async () => {
    client = await TestClient.start();
    const uri = 'file:///drafts/fix.vanban';
    const diagnostics = await client.open(uri, seed);
    const target = diagnostics.find((d) => d.code === 'number-format')!;
    const actions = await client.request<{ title: string; kind: string; isPreferred?: boolean; edit?: { changes: Record<string, { newText: string }[]> } }[]>(
      'textDocument/codeAction', { textDocument: { uri }, range: target.range, context: { diagnostics: [target] } });
    const preferred = actions.filter((action) => action.isPreferred);
    assert.equal(preferred.length, 1);
    assert.equal(preferred[0].kind, 'quickfix');
    assert.equal(preferred[0].title, 'Viết Số 02-KL/BTCTW');
    assert.deepEqual(preferred[0].edit?.changes[uri].map((e) => e.newText), ['Số 02-KL/BTCTW']);
  });

  it('speaks English when the user sets vanban.messagesLanguage to en', async () => {
    client = await TestClient.start({ settings: { messagesLanguage: 'en', profile: 'auto' } });
    const diagnostics = await client.open('file:///drafts/en.vanban', seed);
    assert.equal(diagnostics[0].message, 'Missing the title ĐẢNG CỘNG SẢN VIỆT NAM');
  });

  it('keeps answering after hostile input', async () => {
    client = await TestClient.start();
    await client.open('file:///drafts/junk.vanban', `\u0000\uD800${'Số '.repeat(5000)}\n${'-'.repeat(100000)}\n\u202Enơi nhận:\n- \n`);
    const diagnostics = await client.open('file:///drafts/after.vanban', seed);
    assert.equal(problems(diagnostics).length, 4);
  });

  it('declares incremental sync and applies an incremental edit where it was made', async () => {
    client = await TestClient.start();
    assert.equal(client.initializeResult.capabilities.textDocumentSync.change, 2);
    const uri = 'file:///drafts/sync.vanban';
    const diagnostics = await client.open(uri, seed);
    const changed = await client.edit(uri, [{ range: { start: { line: 78, character: 12 }, end: { line: 78, character: 12 } }, text: '.' }]);
    assert.deepEqual(problems(changed), problems(diagnostics).filter((p) => p !== 'recipients-format@79'));
  });
});
