// The language server reads `.vanbanrc.json` over a real connection: the nearest config applies over the
// editor settings, a broken config is reported on the config file itself and the defaults are used, and a
// change to a watched config file re-lints the open documents.

import * as assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { ROOT } from '../helpers';

interface PublishedDiagnostic {
  readonly range: { start: { line: number; character: number } };
  readonly severity: number;
  readonly code?: string;
  readonly message: string;
}

describe('config: the language server over a real connection', function () {
  this.timeout(20000);
  let server: ChildProcess;
  let connection: MessageConnection;
  let folder: string;
  const published = new Map<string, PublishedDiagnostic[]>();
  /** Pending checks, run again on every message from the server. */
  let waiters: (() => boolean)[] = [];
  const recheck = () => { waiters = waiters.filter((waiter) => !waiter()); };
  const registrations: { method: string; registerOptions?: unknown }[] = [];

  /** Waits until `check` holds for what the server has published (events, not sleeps). */
  function until(check: () => boolean, what: string): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}: ${JSON.stringify([...published])}`)), 10000);
      const waiter = () => {
        if (!check()) return false;
        clearTimeout(timer);
        resolve();
        return true;
      };
      if (!waiter()) waiters.push(waiter);
    });
  }

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'vanban-lsp-config-'));
    mkdirSync(join(folder, 'drafts'));
    server = spawn(process.execPath, [join(ROOT, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string; diagnostics: PublishedDiagnostic[] }) => {
      published.set(params.uri, params.diagnostics);
      recheck();
    });
    connection.onRequest('client/registerCapability', (params: { registrations: { method: string; registerOptions?: unknown }[] }) => {
      registrations.push(...params.registrations);
      recheck();
      return null;
    });
    connection.onRequest('workspace/configuration', () => [{}]);
    connection.listen();
    await connection.sendRequest('initialize', {
      processId: process.pid, rootUri: pathToFileURL(folder).toString(), workspaceFolders: null,
      capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } },
    });
    connection.sendNotification('initialized', {});
  });

  after(async () => {
    try {
      await connection.sendRequest('shutdown');
      connection.sendNotification('exit');
    } catch { /* the server may be gone already */ }
    connection.dispose();
    server.kill();
    rmSync(folder, { recursive: true, force: true });
  });

  it('registers a watcher for config files', async () => {
    await until(() => registrations.some((r) => r.method === 'workspace/didChangeWatchedFiles'), 'the watcher registration');
    const watcher = registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles');
    assert.deepEqual(watcher?.registerOptions, { watchers: [{ globPattern: '**/.vanbanrc.json' }] });
  });

  it('applies the nearest config, reports a broken one on the file, and re-lints on change', async () => {
    const configPath = join(folder, '.vanbanrc.json');
    const configUri = pathToFileURL(configPath).toString();
    writeFileSync(configPath, '{\n  // house rules\n  "rules": { "double-space": "error", "paragraph-case": "off" }\n}\n');
    const draftPath = join(folder, 'drafts', 'draft.vanban');
    const text = readFileSync(join(ROOT, 'test', 'fixtures', 'rules', 'double-space', 'bad-nd30.vanban'), 'utf8');
    writeFileSync(draftPath, text);
    const uri = pathToFileURL(draftPath).toString();
    const doubleSpace = () => published.get(uri)?.find((d) => d.code === 'double-space');

    connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'vanban', version: 1, text } });
    await until(() => doubleSpace() !== undefined, 'the draft\'s diagnostics');
    assert.equal(doubleSpace()!.severity, 1, 'the config raises double-space to an error');
    assert.equal(published.get(configUri), undefined, 'a valid config gets no diagnostics');

    // Broken: the config file gets an error diagnostic where it breaks, and the draft the defaults.
    writeFileSync(configPath, '{\n  "rules": { "double-space": "error" }\n  "profile": "nd30"\n}\n');
    connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });
    await until(() => (published.get(configUri)?.length ?? 0) > 0 && doubleSpace()?.severity === 3, 'the broken config reported');
    const problem = published.get(configUri)![0];
    assert.equal(problem.severity, 1);
    assert.equal(problem.code, 'config');
    assert.equal(problem.range.start.line, 2);
    assert.match(problem.message, /JSON/);
    assert.match(problem.message, /mặc định/, 'in Vietnamese, the default language');

    // Wrongly typed: an unknown rule id is a warning on its key; the valid entries still apply.
    writeFileSync(configPath, '{ "rules": { "double-space": "error", "no-such-rule": "off" } }');
    connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });
    await until(() => published.get(configUri)?.[0]?.severity === 2 && doubleSpace()?.severity === 1, 'the unknown rule reported');
    assert.equal(published.get(configUri)!.length, 1);

    // Repaired: the config's diagnostics are cleared.
    writeFileSync(configPath, '{ "rules": { "double-space": "off" } }');
    connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });
    await until(() => published.get(configUri)?.length === 0 && published.get(uri) !== undefined && doubleSpace() === undefined, 'the config repaired');
  });
});

describe('config: the file wins over the editor settings, key by key (real connection)', function () {
  this.timeout(20000);
  let server: ChildProcess;
  let connection: MessageConnection;
  let folder: string;
  let resolveDiagnostics: (value: PublishedDiagnostic[]) => void;
  const diagnostics = new Promise<PublishedDiagnostic[]>((resolve) => { resolveDiagnostics = resolve; });

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'vanban-lsp-settings-'));
    server = spawn(process.execPath, [join(ROOT, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string; diagnostics: PublishedDiagnostic[] }) => {
      if (params.uri.endsWith('.vanban')) resolveDiagnostics(params.diagnostics);
    });
    connection.onRequest('client/registerCapability', () => null);
    // The editor's settings: vanban.rules and vanban.profileOptions.
    connection.onRequest('workspace/configuration', () => [{
      profile: 'auto', messagesLanguage: 'en',
      rules: { 'double-space': 'warning', 'punctuation-spacing': 'off' },
      profileOptions: { toneStyle: 'main-vowel', bodyEnd: 'nonsense' },
    }]);
    connection.listen();
    await connection.sendRequest('initialize', {
      processId: process.pid, rootUri: pathToFileURL(folder).toString(), workspaceFolders: null,
      capabilities: { workspace: { configuration: true } },
    });
    connection.sendNotification('initialized', {});
  });

  after(async () => {
    try {
      await connection.sendRequest('shutdown');
      connection.sendNotification('exit');
    } catch { /* the server may be gone already */ }
    connection.dispose();
    server.kill();
    rmSync(folder, { recursive: true, force: true });
  });

  it('applies the settings, then the config file over them', async () => {
    writeFileSync(join(folder, '.vanbanrc.json'), '{ "rules": { "double-space": "error" } }');
    const text = 'Văn bản có hai  dấu cách , và việc hòa giải.\n';
    const uri = pathToFileURL(join(folder, 'draft.vanban')).toString();
    writeFileSync(join(folder, 'draft.vanban'), text);
    connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'vanban', version: 1, text } });
    const found = await diagnostics;
    const byRule = (rule: string) => found.filter((d) => d.code === rule).map((d) => d.severity);
    assert.deepEqual(byRule('double-space'), [1], 'the config file wins: error');
    assert.deepEqual(byRule('punctuation-spacing'), [], 'the editor setting turns it off');
    assert.deepEqual(byRule('tone-consistency'), [2], 'the editor\'s house style makes it a warning');
    assert.match(found.find((d) => d.code === 'double-space')!.message, /spaces/, 'messages in the editor\'s language');
  });
});
