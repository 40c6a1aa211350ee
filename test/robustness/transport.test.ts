// The server survives its transport: a frame it cannot read over stdio ends the process with
// an error instead of leaving it alive and deaf; a well-formed session is unaffected.

import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers';

const SERVER = join(ROOT, 'dist', 'server.js');

function frame(body: object | string, length?: string): string {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return `Content-Length: ${length ?? Buffer.byteLength(text)}\r\n\r\n${text}`;
}

const INITIALIZE = { jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } };

/** Starts the server, sends the frames, and resolves with how it ended (or 'alive' after the wait). */
function session(frames: readonly string[], waitMs: number): Promise<{ ended: 'exit' | 'alive'; code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let sent = 1;
    child.stdin.write(frames[0]);
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      // The rest once the first request is answered: the server is up and reading.
      if (sent === 1 && stdout.includes('"id":1')) { sent = frames.length; for (const text of frames.slice(1)) child.stdin.write(text); }
    });
    child.stderr.on('data', (chunk) => { stderr += chunk; });
    const timer = setTimeout(() => { child.kill(); resolve({ ended: 'alive', code: null, stdout, stderr }); }, waitMs);
    child.on('exit', (code) => { clearTimeout(timer); resolve({ ended: 'exit', code, stdout, stderr }); });
  });
}

describe('the server over stdio ends cleanly on a frame it cannot read', function () {
  this.timeout(60_000);
  before(function () { if (!existsSync(SERVER)) this.skip(); }); // built by `npm test` before mocha

  for (const [name, bad] of [
    ['a non-numeric Content-Length', frame({ jsonrpc: '2.0', method: 'initialized', params: {} }, 'abc')],
    ['a header without Content-Length', 'Content-Type: application/vscode-jsonrpc\r\n\r\n{}'],
    ['a body that is not JSON', frame('{"jsonrpc": "2.0", "method": ')],
  ] as const) {
    it(`${name}: the process exits with status 1 and says why`, async () => {
      const result = await session([frame(INITIALIZE), bad, frame({ jsonrpc: '2.0', id: 2, method: 'shutdown' })], 15_000);
      assert.equal(result.ended, 'exit', 'the server must not stay alive and deaf');
      assert.equal(result.code, 1);
      assert.match(result.stderr, /vanban: unreadable message from the client, stopping/);
      assert.match(result.stdout, /"id":1/, 'it answered the well-formed initialize first');
    });
  }

  it('a well-formed session answers and stays up until told to exit', async () => {
    const result = await session([frame(INITIALIZE), frame({ jsonrpc: '2.0', id: 2, method: 'shutdown' })], 3_000);
    assert.equal(result.ended, 'alive');
    assert.match(result.stdout, /"id":2/);
  });

  it('a frame announcing more than any message (Content-Length: 99999999999): the process exits with status 1 and says why', async () => {
    const result = await session([frame(INITIALIZE), 'Content-Length: 99999999999\r\n\r\n{"jsonrpc":"2.0"'], 15_000);
    assert.equal(result.ended, 'exit', 'the server must not wait for 100 GB');
    assert.equal(result.code, 1);
    assert.match(result.stderr, /stopping: a frame announcing 99999999999 bytes/);
  });

  it('invalid positions get InvalidParams (-32602), not an internal error; a change without text is logged', async () => {
    const uri = 'file:///tmp/params.vanban';
    const requests = [
      { jsonrpc: '2.0', method: 'initialized', params: {} },
      { jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'vanban', version: 1, text: 'Số: 01/QĐ-UBND\n' } } },
      { jsonrpc: '2.0', id: 10, method: 'textDocument/hover', params: { textDocument: { uri }, position: { line: 0.5, character: 1 } } },
      { jsonrpc: '2.0', id: 11, method: 'textDocument/completion', params: { textDocument: { uri }, position: { line: -1, character: 0 } } },
      { jsonrpc: '2.0', id: 12, method: 'textDocument/codeAction', params: { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 'x' } }, context: { diagnostics: [] } } },
      { jsonrpc: '2.0', id: 13, method: 'textDocument/hover', params: { textDocument: {}, position: { line: 0, character: 0 } } },
      { jsonrpc: '2.0', method: 'textDocument/didChange', params: { textDocument: { uri, version: 2 }, contentChanges: [{ text: null }] } },
      { jsonrpc: '2.0', id: 14, method: 'textDocument/hover', params: { textDocument: { uri }, position: { line: 0, character: 1 } } },
    ].map((message) => frame(message));
    const result = await session([frame(INITIALIZE), ...requests], 6_000);
    assert.equal(result.ended, 'alive');
    for (const id of [10, 11, 12, 13]) assert.match(result.stdout, new RegExp(`"id":${id},"error":\\{"code":-32602`), `request ${id}`);
    assert.doesNotMatch(result.stdout, /-32603/);
    assert.match(result.stdout, /didChange for file:\/\/\/tmp\/params\.vanban has 1 change\(s\) without text; left out/);
    assert.match(result.stdout, /"id":14,"result"/, 'and the server answers the next request');
  });
});

