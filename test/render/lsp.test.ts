// The preview and export requests over a real LSP connection: the built server (`dist/server.js
// --stdio`) spoken to with vscode-jsonrpc, as an editor does.

import * as assert from 'node:assert/strict';
import type { MessageConnection } from 'vscode-jsonrpc/node';
import { TestClient } from '../lsp/client';
import { fixture } from './tools';

interface PreviewResult { uri: string; version: number; css: string; markup: string; family: string }
interface DocxResult { uri: string; version: number; base64: string }

describe('preview and export over LSP', function () {
  this.timeout(30_000);
  let client: TestClient;
  let connection: MessageConnection;
  const uri = 'file:///drafts/thong-bao.vanban';

  before(async () => {
    client = await TestClient.start();
    connection = client.connection;
  });

  after(async () => {
    await client?.stop();
  });

  it('answers vanban/preview with the page of the current version, placeholders included', async () => {
    const text = fixture('party-missing.vanban');
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'vanban', version: 1, text } });
    const first = await connection.sendRequest<PreviewResult>('vanban/preview', { uri });
    assert.equal(first.version, 1);
    assert.equal(first.family, 'dang');
    assert.match(first.css, /width:210mm/);
    assert.match(first.markup, /^<article class="vb-page vb-dang"/);
    for (const rule of ['header-title', 'issuer', 'date', 'type-name', 'recipients', 'signature']) {
      assert.match(first.markup, new RegExp(`class="vb-missing"[^>]*data-rule="${rule}"`), `placeholder for ${rule}`);
    }
    assert.match(first.markup, /Thiếu tiêu đề ĐẢNG CỘNG SẢN VIỆT NAM/, 'named as the Vietnamese diagnostic');

    // The user types the title in: the next page has it, and no title placeholder.
    await connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'ĐẢNG CỘNG SẢN VIỆT NAM\n' }],
    });
    const second = await connection.sendRequest<PreviewResult>('vanban/preview', { uri });
    assert.equal(second.version, 2);
    assert.match(second.markup, /<p class="vb-partyTitle vb-rule-text" data-line="0"><span class="vb-text">ĐẢNG CỘNG SẢN VIỆT NAM<\/span><\/p>/);
    assert.doesNotMatch(second.markup, /data-rule="header-title"/);
  });

  it('answers vanban/renderDocx with the .docx bytes', async () => {
    const result = await connection.sendRequest<DocxResult>('vanban/renderDocx', { uri });
    const bytes = Buffer.from(result.base64, 'base64');
    assert.equal(bytes.subarray(0, 4).toString('binary'), 'PK\u0003\u0004', 'a zip archive');
    assert.ok(bytes.includes(Buffer.from('word/document.xml')), 'with a Word document inside');
    assert.equal(result.version, 2);
  });

  it('answers null for a document it does not hold', async () => {
    assert.equal(await connection.sendRequest('vanban/preview', { uri: 'file:///nowhere.vanban' }), null);
    assert.equal(await connection.sendRequest('vanban/renderDocx', { uri: 'file:///nowhere.vanban' }), null);
  });
});
