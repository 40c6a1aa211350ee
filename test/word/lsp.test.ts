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
});
