// A real LSP client for protocol tests: spawns `dist/server.js --stdio` and speaks JSON-RPC through
// vscode-jsonrpc, as an editor does. It answers the requests a server sends to its client
// (configuration, capability registration, showDocument) and records what it was asked.

import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { ROOT } from '../helpers';

export interface ClientOptions {
  /** `vanban.*` settings the server reads through workspace/configuration. */
  readonly settings?: Record<string, unknown>;
  /** Declare LSP 3.18 snippet text edits in workspace edits. */
  readonly snippetEdits?: boolean;
  /** Declare snippet completion items. */
  readonly completionSnippets?: boolean;
  /** Workspace folders (file system paths). */
  readonly folders?: readonly string[];
  /** Declare hierarchical document symbols (default true). */
  readonly hierarchicalSymbols?: boolean;
  /** Declare dynamic registration of watched files (the server then registers its config-file watcher). */
  readonly watchedFiles?: boolean;
}

export interface Position { line: number; character: number }

/** A textDocument/publishDiagnostics notification as the server sends it. */
export interface PublishedDiagnostics {
  uri: string;
  version?: number;
  diagnostics: { range: Range; severity?: number; code?: string | number; message: string; source?: string; data?: unknown }[];
}
export interface Range { start: Position; end: Position }
export interface TextEdit { range: Range; newText: string }

export class TestClient {
  readonly shown: { uri: string; external?: boolean }[] = [];
  /** Capabilities the server registered with us (client/registerCapability). */
  readonly registrations: { method: string; registerOptions?: unknown }[] = [];
  private readonly diagnostics = new Map<string, { version?: number; diagnostics: any[] }>();
  private readonly waiters: (() => void)[] = [];
  private versions = new Map<string, number>();
  /** What the server answered to initialize. */
  initializeResult: any;

  private constructor(private readonly child: ChildProcess, readonly connection: MessageConnection) {}

  static async start(options: ClientOptions = {}): Promise<TestClient> {
    const child = spawn(process.execPath, [join(ROOT, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new TestClient(child, connection);
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => options.settings ?? {}));
    connection.onRequest('client/registerCapability', (params: { registrations: { method: string; registerOptions?: unknown }[] }) => {
      client.registrations.push(...params.registrations);
      client.waiters.splice(0).forEach((wake) => wake());
      return null;
    });
    connection.onRequest('window/showDocument', (params: { uri: string; external?: boolean }) => {
      client.shown.push(params);
      return { success: true };
    });
    connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string; version?: number; diagnostics: any[] }) => {
      client.diagnostics.set(params.uri, params);
      client.waiters.splice(0).forEach((wake) => wake());
    });
    connection.onNotification('window/logMessage', () => undefined);
    connection.listen();
    const folders = (options.folders ?? []).map((folder) => ({ uri: pathToFileURL(folder).href, name: folder }));
    client.initializeResult = await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: folders[0]?.uri ?? null,
      workspaceFolders: folders.length ? folders : null,
      capabilities: {
        workspace: {
          configuration: true,
          workspaceEdit: { documentChanges: true, ...(options.snippetEdits ? { snippetEditSupport: true } : {}) },
          ...(options.watchedFiles ? { didChangeWatchedFiles: { dynamicRegistration: true } } : {}),
        },
        window: { showDocument: { support: true } },
        textDocument: {
          completion: { completionItem: { snippetSupport: options.completionSnippets === true } },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          documentSymbol: { hierarchicalDocumentSymbolSupport: options.hierarchicalSymbols !== false },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } } },
        },
      },
    });
    await connection.sendNotification('initialized', {});
    return client;
  }

  async open(uri: string, text: string): Promise<any[]> {
    this.versions.set(uri, 1);
    const published = this.nextDiagnostics(uri, 1);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'vanban', version: 1, text } });
    return published;
  }

  /** Replaces the whole text (a new version) and waits for its diagnostics. */
  async change(uri: string, text: string): Promise<any[]> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    const published = this.nextDiagnostics(uri, version);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    return published;
  }

  /** The latest diagnostics published for `uri` (a document or a config file), if any. */
  published(uri: string): any[] | undefined {
    return this.diagnostics.get(uri)?.diagnostics;
  }

  /** Resolves once `check` holds for what the server has published or registered (events, not sleeps). */
  until(check: () => boolean, what: string, timeoutMs = 10000): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}: ${JSON.stringify([...this.diagnostics])}`)), timeoutMs);
      const test = () => {
        if (check()) { clearTimeout(timer); resolve(); } else this.waiters.push(test);
      };
      test();
    });
  }

  /** Sends incremental changes (a new version) and waits for its diagnostics. */
  async edit(uri: string, changes: readonly { range: Range; text: string }[]): Promise<any[]> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    const published = this.nextDiagnostics(uri, version);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
    return published;
  }

  private nextDiagnostics(uri: string, version: number): Promise<any[]> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} v${version}`)), 10000);
      const check = () => {
        const got = this.diagnostics.get(uri);
        if (got && got.version === version) { clearTimeout(timer); resolve(got.diagnostics); } else this.waiters.push(check);
      };
      this.waiters.push(check);
    });
  }

  request<T = any>(method: string, params: unknown): Promise<T> {
    return this.connection.sendRequest(method, params) as Promise<T>;
  }

  async stop(): Promise<void> {
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      // the server may already be gone
    }
    this.connection.dispose();
    this.child.kill();
  }
}

/** Applies LSP text edits to a text (edits are non-overlapping, as the protocol requires). */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\r' && text[i + 1] === '\n') { starts.push(i + 2); i++; } else if (text[i] === '\n' || text[i] === '\r') starts.push(i + 1);
  }
  const lineEnd = (line: number) => {
    if (line + 1 >= starts.length) return text.length;
    let end = starts[line + 1];
    if (text[end - 1] === '\n') end--;
    if (text[end - 1] === '\r') end--;
    return end;
  };
  const offset = (p: Position) => {
    if (p.line >= starts.length) return text.length;
    return Math.min(starts[p.line] + p.character, lineEnd(p.line));
  };
  const sorted = edits.map((edit) => ({ start: offset(edit.range.start), end: offset(edit.range.end), text: edit.newText }))
    .sort((a, b) => b.start - a.start || b.end - a.end);
  let result = text;
  let limit = Number.POSITIVE_INFINITY;
  for (const edit of sorted) {
    if (edit.end > limit) throw new Error('overlapping edits');
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
    limit = edit.start;
  }
  return result;
}

/** The text edits of a workspace edit for one document (either `changes` or `documentChanges`). */
export function editsFor(edit: any, uri: string): TextEdit[] {
  if (edit?.changes?.[uri]) return edit.changes[uri];
  return (edit?.documentChanges ?? []).filter((change: any) => change.textDocument?.uri === uri).flatMap((change: any) => change.edits);
}
