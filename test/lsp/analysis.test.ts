// One analysis per version over a real LSP connection: the status is pushed with the diagnostics (no
// polling), the preview is drawn under the regime the rules checked (a profile setting included), and
// closing a document frees what the server kept for it, so thousands of open/close cycles fit in a
// small heap.

import * as assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { ROOT } from '../helpers';

interface Server { child: ChildProcess; connection: MessageConnection; statuses: any[]; published: Map<string, number>; exited: () => boolean }

async function start(settings: Record<string, unknown>, nodeFlags: string[] = []): Promise<Server> {
  const child = spawn(process.execPath, [...nodeFlags, join(ROOT, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  let exited = false;
  child.on('exit', () => { exited = true; });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const statuses: any[] = [];
  const published = new Map<string, number>();
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => settings));
  connection.onRequest('client/registerCapability', () => null);
  connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string }) => published.set(params.uri, (published.get(params.uri) ?? 0) + 1));
  connection.onNotification('vanban/documentStatus', (params: unknown) => statuses.push(params));
  connection.listen();
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } } });
  await connection.sendNotification('initialized', {});
  return { child, connection, statuses, published, exited: () => exited };
}

async function stop(server: Server): Promise<void> {
  try {
    await server.connection.sendRequest('shutdown');
    await server.connection.sendNotification('exit');
  } finally {
    server.connection.dispose();
    server.child.kill();
  }
}

async function until(check: () => boolean, what: string, timeoutMs = 15000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const STATE = readFileSync(join(ROOT, 'examples', 'quyet-dinh-ubnd.vanban'), 'utf8');

describe('one analysis per version over LSP', function () {
  this.timeout(120_000);

  it('pushes each version’s status with its diagnostics', async () => {
    const server = await start({});
    try {
      const uri = 'file:///analysis/state.vanban';
      await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'vanban', version: 1, text: STATE } });
      await until(() => server.statuses.some((status) => status.uri === uri), 'the status of version 1');
      assert.deepEqual(server.statuses.find((status) => status.uri === uri), { uri, version: 1, regime: 'nd30', profile: 'auto', documentType: 'QUYẾT ĐỊNH' });
      await server.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: 2 }, contentChanges: [{ text: `<!-- vanban profile=dang-hd36 -->\n${STATE}` }],
      });
      await until(() => server.statuses.some((status) => status.uri === uri && status.version === 2), 'the status of version 2');
      assert.deepEqual(server.statuses.at(-1), { uri, version: 2, regime: 'dang', profile: 'dang-hd36', documentType: 'QUYẾT ĐỊNH' });
    } finally {
      await stop(server);
    }
  });

  it('draws the preview and the status under the profile setting: Party layout with the title placeholder', async () => {
    const server = await start({ profile: 'dang-hd36' });
    try {
      const uri = 'file:///analysis/pinned.vanban';
      await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'vanban', version: 1, text: STATE } });
      const page = await server.connection.sendRequest<any>('vanban/preview', { uri });
      assert.equal(page.family, 'dang');
      assert.match(page.markup, /^<article class="vb-page vb-dang"/);
      assert.match(page.markup, /class="vb-missing"[^>]*data-rule="header-title"[^>]*>[^<]*Thiếu tiêu đề ĐẢNG CỘNG SẢN VIỆT NAM/);
      await until(() => server.statuses.some((status) => status.uri === uri), 'the status');
      assert.equal(server.statuses.find((status) => status.uri === uri).regime, 'dang');
    } finally {
      await stop(server);
    }
  });

  it('frees every per-document cache on close: 20,000 open/close cycles in a 64 MB heap', async () => {
    // A draft of a few KB: were each closed document's parse, analysis or settings kept, 20,000 of them
    // would far exceed the heap and the server would die.
    const text = STATE.repeat(3);
    const server = await start({}, ['--max-old-space-size=64']);
    try {
      const cycles = 20_000;
      const batch = 200;
      for (let first = 0; first < cycles; first += batch) {
        const uris = Array.from({ length: batch }, (_, i) => `file:///analysis/many/${first + i}.vanban`);
        for (const uri of uris) void server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'vanban', version: 1, text } });
        // Each document is analysed (its status pushed) before it closes.
        await until(() => new Set(server.statuses.map((status) => status.uri)).size === first + batch, `the statuses of documents ${first}…${first + batch - 1}`);
        for (const uri of uris) void server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
      }
      await server.connection.sendRequest('vanban/documentInfo', { uri: 'file:///analysis/none.vanban' });
      assert.equal(server.exited(), false, 'the server is alive');
      const uri = 'file:///analysis/after.vanban';
      await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'vanban', version: 1, text: STATE } });
      assert.equal((await server.connection.sendRequest<any>('vanban/documentInfo', { uri })).regime, 'nd30');
    } finally {
      await stop(server);
    }
  });

  it('keeps only the text of drafts open but not in use: 2,000 open in a 48 MB heap, each answering when asked', async () => {
    // Were each open draft's model and analysis kept, 2,000 of them would far exceed the heap and the
    // server would die; a draft only opened keeps its text (and what it lends to completion).
    const text = STATE.repeat(3).replace('- Chủ tịch, các Phó Chủ tịch UBND tỉnh;', '- Sở Tư pháp tỉnh Hòa Bình;');
    const server = await start({}, ['--max-old-space-size=48']);
    try {
      const drafts = 2000;
      const batch = 200;
      for (let first = 0; first < drafts; first += batch) {
        for (let i = first; i < first + batch; i++) {
          void server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: `file:///analysis/open/${i}.vanban`, languageId: 'vanban', version: 1, text } });
        }
        await until(() => new Set(server.statuses.map((status) => status.uri)).size === first + batch, `the statuses of documents ${first}…${first + batch - 1}`);
      }
      assert.equal(server.exited(), false, 'the server is alive');
      assert.equal(server.published.get('file:///analysis/open/7.vanban'), 1, 'an open is published once');
      // Asked about, a draft that let its analysis go answers as before.
      const uri = 'file:///analysis/open/7.vanban';
      assert.deepEqual(await server.connection.sendRequest<any>('vanban/documentInfo', { uri }), { regime: 'nd30', profile: 'auto', documentType: 'QUYẾT ĐỊNH' });
      const symbols = await server.connection.sendRequest<any[]>('textDocument/documentSymbol', { textDocument: { uri } });
      assert.ok(symbols.length > 3, JSON.stringify(symbols));
      // Another draft's completion of Nơi nhận still gets their recipients.
      const other = 'file:///analysis/other.vanban';
      const lines = STATE.split('\n');
      const at = lines.indexOf('Nơi nhận:') + 1;
      lines.splice(at, 0, '- ');
      await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: other, languageId: 'vanban', version: 1, text: lines.join('\n') } });
      const list = await server.connection.sendRequest<any>('textDocument/completion', { textDocument: { uri: other }, position: { line: at, character: 2 } });
      assert.ok(list.items.some((item: any) => item.label === 'Sở Tư pháp tỉnh Hòa Bình'), list.items.map((item: any) => item.label).join(' | '));
    } finally {
      await stop(server);
    }
  });
});
