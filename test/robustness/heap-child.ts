// Run by heap.test.ts in a child process under --expose-gc: the language server in-process over in-memory
// streams, a client that opens and closes URIs and answers each configuration request only after the
// document is closed (a late answer). Prints the heap after a full collection at each checkpoint as JSON.

import { PassThrough } from 'node:stream';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { ConfigStore } from '../../server/src/lsp/config';
import { startServer } from '../../server/src/lsp/setup';

const [total, checkpoint] = process.argv.slice(2).map(Number);
const toServer = new PassThrough();
const toClient = new PassThrough();
const server = createConnection(ProposedFeatures.all, new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
startServer(server, { configFiles: (conn) => new ConfigStore(conn) });
const client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
const late: (() => void)[] = [];
client.onRequest('workspace/configuration', (params: { items: unknown[] }) => new Promise((resolve) => late.push(() => resolve(params.items.map(() => ({}))))));
client.onRequest('client/registerCapability', () => null);
client.onNotification('textDocument/publishDiagnostics', () => undefined);
client.onNotification('window/logMessage', () => undefined);
client.listen();

const FOLDERS = Array.from({ length: 8 }, (_, i) => `${'thu-muc-du-thao-'.repeat(12)}${i}`).join('/');
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
/** The heap once every pending message is handled: the least of several full collections a while apart. */
const heap = async () => {
  let least = Infinity;
  await new Promise((resolve) => setTimeout(resolve, 1000));
  for (let i = 0; i < 8; i++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    (globalThis as { gc?: () => void }).gc!();
    least = Math.min(least, process.memoryUsage().heapUsed);
  }
  return least;
};

void (async () => {
  await client.sendRequest('initialize', { processId: null, rootUri: null, capabilities: { workspace: { configuration: true } }, initializationOptions: { diagnosticsDelayMs: 0 } });
  await client.sendNotification('initialized', {});
  const heaps: { cycles: number; heap: number }[] = [];
  for (let done = 0; done < total;) {
    for (const end = done + 500; done < end; done++) {
      // Long paths (as deep projects have): whatever is kept per URI keeps its path, well above the heap's noise.
      const uri = `file:///tmp/vanban-heap/${FOLDERS}/d${done}.vanban`;
      await client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'vanban', version: 1, text: 'Số: 01/QĐ-UBND\n' } });
      await client.sendNotification('textDocument/didClose', { textDocument: { uri } });
    }
    await settle();
    // The configuration answers arrive after the documents closed.
    for (const answer of late.splice(0)) answer();
    await settle();
    if (done % checkpoint === 0 || done === total) heaps.push({ cycles: done, heap: await heap() });
  }
  process.stdout.write(JSON.stringify(heaps));
  process.exit(0);
})();
