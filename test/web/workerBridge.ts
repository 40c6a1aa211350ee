// A JSON-RPC connection from the test (Node) to the server bundle running as a web worker in chromium:
// the page relays postMessage traffic both ways, so what the server sees is exactly vscode.dev's transport.

import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium';
import {
  AbstractMessageReader, AbstractMessageWriter, createMessageConnection, type DataCallback, type Disposable,
  type Message, type MessageConnection,
} from 'vscode-jsonrpc/node';
import { ROOT } from '../helpers';


const PAGE = `<!doctype html><meta charset="utf-8"><title>vanban worker</title><script>
  window.worker = new Worker('/server.js');
  worker.onmessage = (event) => window.fromWorker(event.data);
  worker.onerror = (event) => window.workerError(String(event.message));
</script>`;

class PageReader extends AbstractMessageReader {
  private callback: DataCallback | undefined;
  listen(callback: DataCallback): Disposable {
    this.callback = callback;
    return { dispose: () => { this.callback = undefined; } };
  }
  deliver(message: Message): void {
    this.callback?.(message);
  }
}

class PageWriter extends AbstractMessageWriter {
  constructor(private readonly page: Page) { super(); }
  async write(message: Message): Promise<void> {
    await this.page.evaluate((m) => (window as unknown as { worker: Worker }).worker.postMessage(m), message as unknown as Record<string, unknown>);
  }
  end(): void {}
}

export class WorkerBridge {
  private constructor(
    readonly connection: MessageConnection,
    /** Errors the page or the worker reported: a worker that fails to load shows up here. */
    readonly errors: string[],
    private readonly browser: Browser,
    private readonly server: Server,
  ) {}

  /** Serves dist/web/server.js on loopback, opens a page that starts it as a worker, and connects to it. */
  static async start(): Promise<WorkerBridge> {
    const bundle = readFileSync(join(ROOT, 'dist', 'web', 'server.js'));
    const server = createServer((request, response) => {
      if (request.url === '/server.js') response.writeHead(200, { 'content-type': 'text/javascript' }).end(bundle);
      else response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    let browser: Browser;
    try {
      browser = await launchChromium();
    } catch (error) {
      // A listening server would keep mocha's event loop alive after the failure: the run would never end.
      server.close();
      throw error;
    }
    const page = await browser.newPage();
    const reader = new PageReader();
    const errors: string[] = [];
    await page.exposeFunction('fromWorker', (message: Message) => reader.deliver(message));
    await page.exposeFunction('workerError', (message: string) => errors.push(message));
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    const connection = createMessageConnection(reader, new PageWriter(page));
    connection.listen();
    return new WorkerBridge(connection, errors, browser, server);
  }

  async close(): Promise<void> {
    this.connection.dispose();
    await this.browser.close();
    await new Promise((resolve) => this.server.close(resolve));
  }
}
