// The web build: the server bundle runs as a web worker in Debian's chromium and answers LSP over
// postMessage with the same findings as the Node server.

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fixDocxFormatting, lint, lintDocx } from '../../server/src/engine';
import { buildFixture } from '../word/build';
import { needs, SEED } from '../helpers';
import type { PublishedDiagnostics } from '../lsp/client';
import { WorkerBridge } from './workerBridge';

function published(bridge: WorkerBridge, uri: string, predicate: (p: PublishedDiagnostics) => boolean, timeoutMs = 15000): Promise<PublishedDiagnostics> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms; page errors: ${bridge.errors.join('; ')}`)), timeoutMs);
    const subscription = bridge.connection.onNotification('textDocument/publishDiagnostics', (params: PublishedDiagnostics) => {
      if (params.uri !== uri || !predicate(params)) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve(params);
    });
  });
}

describe('the server as a web worker', function () {
  if (needs('shared', 'chromium')) return;
  this.timeout(60000);
  let bridge: WorkerBridge;
  const seed = readFileSync(SEED, 'utf8');
  const uri = 'file:///drafts/ket-luan.vanban';
  /** What the client answers for the `vanban` settings (the editor's vanban.*). */
  let settings: Record<string, unknown> = {};

  before(async () => {
    bridge = await WorkerBridge.start();
    bridge.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => settings));
    bridge.connection.onRequest('client/registerCapability', () => null);
    const result = await bridge.connection.sendRequest('initialize', {
      processId: null, rootUri: null, capabilities: { workspace: { configuration: true } },
    }) as { serverInfo?: { name: string }; capabilities: { codeActionProvider?: unknown } };
    assert.equal(result.serverInfo?.name, 'vanban');
    assert.ok(result.capabilities.codeActionProvider);
    await bridge.connection.sendNotification('initialized', {});
  });

  after(async () => {
    await bridge?.close();
  });

  it('publishes the seed’s findings with their rule codes, as the Node engine finds them', async () => {
    const waiting = published(bridge, uri, () => true);
    await bridge.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'vanban', version: 1, text: seed } });
    const { diagnostics } = await waiting;
    const found = diagnostics.filter((d) => d.severity === 1 || d.severity === 2).map((d) => `${d.code}@${d.range.start.line + 1}`);
    assert.deepEqual(found, ['header-title@4', 'issuer@4', 'number-format@6', 'recipients-format@79']);
    assert.match(diagnostics.find((d) => d.code === 'number-format')!.message, /^Số và ký hiệu sai định dạng/);
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.range.start.line, d.message]),
      lint(seed).map((d) => [d.rule, d.range.start.line, d.message]),
    );
    assert.deepEqual(bridge.errors, []);
  });

  it('re-lints after an edit and offers the quick fix', async () => {
    const before = published(bridge, uri, (p) => p.version === 2);
    // Break the recipients' ending further up: line 6 (number) stays wrong, so its fix is still offered.
    await bridge.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\n' }],
    });
    const { diagnostics } = await before;
    const target = diagnostics.find((d) => d.code === 'number-format')!;
    assert.equal(target.range.start.line, 6, 'the finding moved down with the inserted line');
    const actions = await bridge.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri }, range: target.range, context: { diagnostics: [target] },
    }) as { isPreferred?: boolean; edit?: { changes: Record<string, { newText: string }[]> } }[];
    const preferred = actions.filter((a) => a.isPreferred);
    assert.deepEqual(preferred.map((a) => a.edit?.changes[uri].map((e) => e.newText)), [['Số 02-KL/BTCTW']]);
  });

  it('checks a Word file sent as base64, as the web client’s “Kiểm tra tệp Word” does, with the Node engine’s findings', async () => {
    const bytes = await buildFixture({ margins: { top: 15 }, part: 'issuer', bold: false });
    const answer = await bridge.connection.sendRequest('vanban/lintDocx', { uri: 'file:///drafts/quyet-dinh.docx', base64: Buffer.from(bytes).toString('base64') }) as
      { text: string; diagnostics: { code: string; range: { start: { line: number } }; data: { paragraph: number } }[]; paragraphOfLine: number[] };
    const node = lintDocx(bytes);
    assert.equal(answer.text, node.word.text);
    assert.deepEqual(answer.diagnostics.map((d) => [d.code, d.range.start.line]).sort(), [['word-margins', 0], ['word-part-emphasis', 1]].sort());
    for (const d of answer.diagnostics) assert.equal(d.data.paragraph, node.word.paragraphOfLine[d.range.start.line]);
    const broken = await bridge.connection.sendRequest('vanban/lintDocx', { uri: 'file:///drafts/hong.docx', base64: Buffer.from('not a zip').toString('base64') }) as { error?: string };
    assert.match(broken.error ?? '', /\S/, 'a file that is not a Word file gets a message, not a crash');
    assert.deepEqual(bridge.errors, []);
  });

  it('fixes a Word file in memory as the web client\'s “Chuẩn hóa thể thức tệp Word” does: the same bytes as the Node engine, the whole file or one finding', async () => {
    const bytes = await buildFixture({ margins: { top: 15 }, part: 'issuer', bold: false });
    const base64 = Buffer.from(bytes).toString('base64');
    type Answer = { base64?: string; changes: { part: string; property: string }[]; left: unknown[]; error?: string };
    const whole = await bridge.connection.sendRequest('vanban/fixDocx', { uri: 'file:///drafts/quyet-dinh.docx', base64 }) as Answer;
    const node = fixDocxFormatting(bytes);
    assert.ok(whole.base64, `a fixed file: ${whole.error ?? ''}`);
    assert.ok(Buffer.from(whole.base64, 'base64').equals(Buffer.from(node.bytes!)), 'the worker writes the bytes the Node engine writes');
    assert.equal(whole.changes.length, node.changes.length);
    assert.deepEqual(lintDocx(Buffer.from(whole.base64, 'base64')).diagnostics.filter((d) => d.rule.startsWith('word-')).map((d) => d.rule), []);
    // The quick fix of one finding: the margins only; the issuer's emphasis is still reported.
    const margins = lintDocx(bytes).diagnostics.find((d) => d.rule === 'word-margins')!;
    const one = await bridge.connection.sendRequest('vanban/fixDocx', { uri: 'file:///drafts/quyet-dinh.docx', base64, only: [{ rule: 'word-margins', line: margins.range.start.line }] }) as Answer;
    assert.deepEqual(one.changes.map((c) => c.property), ['lề trên']);
    assert.deepEqual(lintDocx(Buffer.from(one.base64!, 'base64')).diagnostics.filter((d) => d.rule.startsWith('word-')).map((d) => d.rule), ['word-part-emphasis']);
    assert.deepEqual(bridge.errors, []);
  });

  it('reads the word list (vanban.words) as the spelling rule does on the desktop, and offers to add a word to it', async () => {
    const words = 'file:///drafts/words.vanban';
    const text = 'ĐẢNG CỘNG SẢN VIỆT NAM\n\nHội đồng xét đơn của bà ngiêm.\n';
    const opened = published(bridge, words, () => true);
    await bridge.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: words, languageId: 'vanban', version: 1, text } });
    const finding = (await opened).diagnostics.find((d) => d.code === 'syllable-spelling');
    assert.ok(finding, 'the fixture has a word the spelling rule does not know');
    const actions = await bridge.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: words }, range: finding.range, context: { diagnostics: [finding] },
    }) as { title: string; command?: { command: string; arguments: unknown[] } }[];
    const add = actions.find((action) => action.command?.command === 'vanban.addWord');
    assert.deepEqual(add && [add.title, add.command!.arguments], ['Thêm “ngiêm” vào danh sách từ riêng', [words, 'ngiêm']]);
    // The client's command writes vanban.words; the server reads it on the configuration change.
    settings = { words: ['ngiêm'] };
    const relinted = published(bridge, words, (p) => !p.diagnostics.some((d) => d.code === 'syllable-spelling'));
    await bridge.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    await relinted;
    settings = {};
    assert.deepEqual(bridge.errors, []);
  });
});
