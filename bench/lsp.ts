// The language server over stdio, as an editor drives it: latency from didChange to the
// publishDiagnostics of that version, and resident memory with many documents open.

import { spawn, type ChildProcess } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { summarize, type Sample } from './stats';

interface Published { uri: string; version?: number }

export class LspSession {
  private readonly waiters = new Map<string, { version: number | undefined; resolve: () => void }>();
  /** Each open document's last version (a change at an even version types, at an odd one deletes). */
  private readonly versions = new Map<string, number>();
  private constructor(private readonly child: ChildProcess, private readonly connection: MessageConnection) {}

  /** Starts `node server --stdio`; `diagnosticsDelayMs` is passed as an initialization option when given. */
  static async start(serverJs: string, diagnosticsDelayMs?: number): Promise<LspSession> {
    const child = spawn(process.execPath, [...(process.env.VANBAN_SERVER_PROF ? ['--cpu-prof', '--cpu-prof-interval', '200', '--cpu-prof-dir=' + process.env.VANBAN_SERVER_PROF] : []), serverJs, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const session = new LspSession(child, connection);
    connection.onNotification('textDocument/publishDiagnostics', (params: Published) => session.published(params));
    connection.onNotification('window/logMessage', () => undefined);
    connection.listen();
    await connection.sendRequest('initialize', {
      processId: process.pid, rootUri: null, capabilities: {},
      initializationOptions: diagnosticsDelayMs === undefined ? undefined : { diagnosticsDelayMs },
    });
    await connection.sendNotification('initialized', {});
    return session;
  }

  private published(params: Published): void {
    const waiter = this.waiters.get(params.uri);
    if (waiter && (waiter.version === undefined || params.version === waiter.version)) {
      this.waiters.delete(params.uri);
      waiter.resolve();
    }
  }

  private diagnosticsOf(uri: string, version: number | undefined): Promise<void> {
    return new Promise((resolve) => this.waiters.set(uri, { version, resolve }));
  }

  async open(uri: string, text: string): Promise<void> {
    this.versions.set(uri, 1);
    const done = this.diagnosticsOf(uri, 1);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'vanban', version: 1, text } });
    await done;
  }

  /**
   * Types a character at the end of a line in the middle of the document and deletes it again, in
   * turn; each time, the milliseconds from sending didChange to the diagnostics of that version. The first
   * `warmup` changes are made but not timed (the server's code is still being compiled; the editor's first
   * keystrokes after opening a document).
   */
  async typingLatency(uri: string, text: string, runs: number, warmup = 0): Promise<Sample> {
    const lines = text.split('\n');
    const line = Math.floor(lines.length / 2);
    const end = lines[line].replace(/\r$/, '').length;
    const times: number[] = [];
    const first = (this.versions.get(uri) ?? 1) + 1;
    for (let version = first; version < first + runs + warmup; version++) {
      this.versions.set(uri, version);
      const typing = version % 2 === 0;
      const change = typing
        ? { range: { start: { line, character: end }, end: { line, character: end } }, text: ' x' }
        : { range: { start: { line, character: end }, end: { line, character: end + 2 } }, text: '' };
      const done = this.diagnosticsOf(uri, version);
      const t0 = performance.now();
      await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
      await done;
      if (version >= first + warmup) times.push(performance.now() - t0);
    }
    if (process.env.VANBAN_BENCH_TIMES) process.stderr.write(`${times.map((t) => t.toFixed(0)).join(" ")}\n`);
    return summarize(times);
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** Resident set size of the server process, in MB (10^6 bytes). */
  rssMb(): number {
    const pid = this.child.pid!;
    if (process.platform === 'linux') {
      const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
      return (kb * 1024) / 1e6;
    }
    return (Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' }).trim()) * 1024) / 1e6;
  }

  async stop(): Promise<void> {
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    await exited;
    this.connection.dispose();
  }
}
