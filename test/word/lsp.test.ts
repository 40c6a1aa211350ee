// vanban/lintDocx over a real LSP connection (the built server, `dist/server.js --stdio`): the bytes go
// base64, the answer carries the extracted text and the formatting findings, each with its paragraph; a
// file that is not a readable .docx answers with the reason, and the server goes on.

import * as assert from 'node:assert/strict';
import type { MessageConnection } from 'vscode-jsonrpc/node';
import { TestClient } from '../lsp/client';
import { buildFixture } from './build';

interface Answer {
  text?: string;
  error?: string;
  diagnostics?: { code: string; message: string; severity: number; range: { start: { line: number } }; data: { paragraph: number } }[];
  paragraphOfLine?: number[];
}

describe('vanban/lintDocx over LSP', function () {
  this.timeout(30_000);
  let client: TestClient;
  let connection: MessageConnection;

  before(async () => {
    client = await TestClient.start();
    connection = client.connection;
  });

  after(async () => {
    await client?.stop();
  });

  it('answers with the text and the formatting findings by paragraph', async () => {
    const bytes = await buildFixture({ margins: { left: 28 }, part: 'motto', size: 15 });
    const answer = await connection.sendRequest<Answer>('vanban/lintDocx', { uri: 'file:///docs/bao-cao.docx', base64: Buffer.from(bytes).toString('base64') });
    assert.equal(answer.error, undefined);
    assert.match(answer.text!, /^ỦY BAN NHÂN DÂN\n/);
    const codes = answer.diagnostics!.map((d) => d.code).sort();
    assert.deepEqual(codes, ['word-margins', 'word-part-size']);
    const motto = answer.diagnostics!.find((d) => d.code === 'word-part-size')!;
    assert.equal(motto.data.paragraph, 4);
    assert.equal(motto.range.start.line, 4);
    assert.match(motto.message, /^Tiêu ngữ cỡ 15 pt; quy định: 13–14 pt/);
  });

  it('answers a bad file with its reason, and keeps serving', async () => {
    const answer = await connection.sendRequest<Answer>('vanban/lintDocx', { uri: 'file:///docs/cu.doc', base64: Buffer.from('not a zip at all').toString('base64') });
    assert.match(answer.error!, /không phải \.docx/);
    const again = await connection.sendRequest<Answer>('vanban/lintDocx', { uri: 'file:///docs/b.docx', base64: Buffer.from(await buildFixture()).toString('base64') });
    assert.deepEqual(again.diagnostics, []);
  });

  it('vanban/fixDocx answers with the fixed bytes and each change in the user\'s language, nothing else changed', async () => {
    const bytes = await buildFixture({ margins: { left: 28 }, part: 'motto', size: 15 });
    const answer = await connection.sendRequest<{ base64?: string; changes: { part: string; paragraph?: number; property: string; from: string; to: string }[]; left: unknown[]; error?: string }>(
      'vanban/fixDocx', { uri: 'file:///docs/bao-cao.docx', base64: Buffer.from(bytes).toString('base64') });
    assert.equal(answer.error, undefined);
    assert.deepEqual(answer.changes.map((c) => `${c.paragraph} ${c.property}: ${c.from} -> ${c.to}`), ['1 lề trái: 28 mm -> 30 mm', '5 cỡ chữ: 15 pt -> 14 pt']);
    assert.deepEqual(answer.left, []);
    const fixed = await connection.sendRequest<Answer>('vanban/lintDocx', { uri: 'file:///docs/bao-cao.docx', base64: answer.base64! });
    assert.deepEqual(fixed.diagnostics, []);
    const original = await connection.sendRequest<Answer>('vanban/lintDocx', { uri: 'file:///docs/bao-cao.docx', base64: Buffer.from(bytes).toString('base64') });
    assert.equal(fixed.text, original.text);
  });
});
