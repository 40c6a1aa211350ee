// Code actions over a real LSP connection: quick fixes, fix-all (safe only, idempotent, line endings
// kept), fixing all findings of one rule, disabling a rule for a line or the file, the rule's page, and
// inserting missing parts (guarded, filled from the document, with snippet tab stops when offered).

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers';
import { applyTextEdits, editsFor, TestClient } from './client';

const FIXTURES = join(ROOT, 'test', 'fixtures', 'lsp');
const read = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const lastLine = (text: string) => text.split(/\r\n|\n|\r/).length;

async function actionsFor(client: TestClient, uri: string, diagnostics: any[], only?: string[]) {
  const range = diagnostics.length
    ? { start: diagnostics[0].range.start, end: diagnostics[diagnostics.length - 1].range.end }
    : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return client.request<any[]>('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics, ...(only ? { only } : {}) } });
}

async function fixAllOnce(client: TestClient, uri: string, text: string): Promise<{ text: string; action?: any }> {
  await client.change(uri, text);
  const actions = await actionsFor(client, uri, [], ['source.fixAll']);
  const action = actions.find((candidate) => candidate.kind === 'source.fixAll.vanban');
  return { text: action ? applyTextEdits(text, editsFor(action.edit, uri)) : text, action };
}

describe('LSP code actions', function () {
  let client: TestClient;
  before(async () => { client = await TestClient.start({ settings: { messagesLanguage: 'en' } }); });
  after(async () => { await client.stop(); });

  it('applies the quick fix of one finding and touches nothing else', async () => {
    const uri = 'file:///qf/dang.vanban';
    const text = read('dang-flawed.vanban');
    const diagnostics = await client.open(uri, text);
    const number = diagnostics.find((d) => d.code === 'number-format');
    const actions = await actionsFor(client, uri, [number]);
    const fix = actions.find((action) => action.isPreferred);
    assert.equal(fix.title, 'Write Số 02-KL/BTCTW');
    assert.equal(applyTextEdits(text, editsFor(fix.edit, uri)), text.replace('Số 2 - KL/BTCTW', 'Số 02-KL/BTCTW'));
  });

  it('finds the fix of a diagnostic sent back without its data', async () => {
    const uri = 'file:///qf/no-data.vanban';
    const text = read('dang-flawed.vanban');
    const diagnostics = await client.open(uri, text);
    const { data: _data, ...date } = diagnostics.find((d) => d.code === 'date-format');
    const fix = (await actionsFor(client, uri, [date])).find((action) => action.isPreferred);
    assert.equal(applyTextEdits(text, editsFor(fix.edit, uri)), text.replace('ngày 5 tháng 3', 'ngày 05 tháng 3'));
  });

  it('fix-all applies only safe fixes and is idempotent', async () => {
    const uri = 'file:///fixall/dang.vanban';
    const text = read('dang-flawed.vanban');
    await client.open(uri, text);
    const first = await fixAllOnce(client, uri, text);
    assert.equal(first.action.title, 'Fix all safe problems');
    const expected = text
      .replace('Số 2 - KL/BTCTW', 'Số 02-KL/BTCTW')
      .replace('ngày 5 tháng 3', 'ngày 05 tháng 3')
      .replace('- Các tỉnh ủy, thành ủy;', '- Các tỉnh ủy, thành ủy,')
      .replace('- Lưu Văn phòng\n', '- Lưu Văn phòng.\n');
    // The missing title is a guarded insertion: fix-all leaves it to the drafter.
    assert.equal(first.text, expected);
    const diagnostics = await client.change(uri, first.text);
    assert.deepEqual(diagnostics.map((d) => d.code), ['header-title']);
    const second = await fixAllOnce(client, uri, first.text);
    assert.equal(second.action, undefined, 'a second fix-all offers nothing');
    assert.equal(second.text, first.text);
  });

  it('fix-all keeps CRLF line endings and sends edits only where text changes', async () => {
    const uri = 'file:///fixall/nd30-crlf.vanban';
    const text = read('nd30-flawed.vanban').replace(/\n/g, '\r\n');
    await client.open(uri, text);
    const { text: fixed, action } = await fixAllOnce(client, uri, text);
    const edits = editsFor(action.edit, uri);
    const changedLines = new Set(edits.map((edit: any) => edit.range.start.line));
    assert.deepEqual([...changedLines].sort((a, b) => a - b), [3, 4, 5, 22, 23, 24]);
    for (const edit of edits) assert.equal(edit.range.start.line, edit.range.end.line, 'each edit stays on its line');
    assert.ok(!/[^\r]\n/.test(fixed), 'no bare LF after fix-all');
    assert.equal(lastLine(fixed), lastLine(text));
    assert.match(fixed, /\r\nĐộc lập - Tự do - Hạnh phúc\r\nSố: 08\/QĐ-UBND\r\nHòa Bình, ngày 09 tháng 02 năm 2026\r\n/);
    assert.match(fixed, /- Như Điều 2;\r\n- Chủ tịch UBND tỉnh;\r\n- Lưu: VT, NC\.\r\n/);
    const again = await fixAllOnce(client, uri, fixed);
    assert.equal(again.text, fixed);
  });

  it('fixes all problems of one rule and leaves the other rules alone', async () => {
    const uri = 'file:///rule/nd30.vanban';
    const text = read('nd30-flawed.vanban');
    const diagnostics = await client.open(uri, text);
    const first = diagnostics.find((d) => d.code === 'recipients-format');
    const actions = await actionsFor(client, uri, [first]);
    const all = actions.find((action) => action.title.startsWith('Fix all recipients-format problems'));
    assert.ok(all, `no fix-all-of-rule action among ${actions.map((a) => a.title).join(' | ')}`);
    assert.equal(all.title, 'Fix all recipients-format problems in this file (3)');
    const fixed = applyTextEdits(text, editsFor(all.edit, uri));
    assert.equal(fixed, text.replace('- Như Điều 2,', '- Như Điều 2;').replace('- Chủ tịch UBND tỉnh,', '- Chủ tịch UBND tỉnh;').replace('- Lưu: VT, NC\n', '- Lưu: VT, NC.\n'));
    const after = await client.change(uri, fixed);
    assert.deepEqual(after.map((d) => d.code).sort(), ['date-format', 'header-title', 'number-format']);
  });

  it('disables a rule for one line, and for the whole file', async () => {
    const uri = 'file:///disable/nd30.vanban';
    const text = read('nd30-flawed.vanban');
    const diagnostics = await client.open(uri, text);
    const onLine22 = diagnostics.find((d) => d.code === 'recipients-format' && d.range.start.line === 22);
    const actions = await actionsFor(client, uri, [onLine22]);
    const line = actions.find((action) => action.title === 'Disable recipients-format for this line');
    const lineText = applyTextEdits(text, editsFor(line.edit, uri));
    assert.equal(lineText.split('\n')[22], '- Như Điều 2, <!-- vanban-disable-line recipients-format -->');
    const afterLine = await client.change(uri, lineText);
    assert.deepEqual(afterLine.filter((d) => d.code === 'recipients-format').map((d) => d.range.start.line), [23, 24]);
    assert.equal(afterLine.length, diagnostics.length - 1);

    const file = (await actionsFor(client, uri, [afterLine.find((d) => d.code === 'recipients-format')]))
      .find((action) => action.title === 'Disable recipients-format for this file');
    const fileText = applyTextEdits(lineText, editsFor(file.edit, uri));
    assert.ok(fileText.startsWith('<!-- vanban-disable recipients-format -->\n'));
    const afterFile = await client.change(uri, fileText);
    assert.deepEqual(afterFile.filter((d) => d.code === 'recipients-format'), []);
    assert.deepEqual(afterFile.map((d) => d.code).sort(), ['date-format', 'header-title', 'number-format']);
  });

  it('opens the rule page through window/showDocument', async () => {
    const uri = 'file:///docs/dang.vanban';
    const diagnostics = await client.open(uri, read('dang-flawed.vanban'));
    const actions = await actionsFor(client, uri, [diagnostics.find((d) => d.code === 'date-format')]);
    const docs = actions.find((action) => action.title === 'Show the documentation of date-format');
    assert.equal(docs.command.command, 'vanban.showRuleDocumentation');
    await client.request('workspace/executeCommand', { command: docs.command.command, arguments: docs.command.arguments });
    assert.equal(client.shown.length, 1);
    assert.match(client.shown[0].uri, /\/docs\/rules\/date-format\.md$/);
    // A command argument that is not a rule page is refused.
    await client.request('workspace/executeCommand', { command: docs.command.command, arguments: ['https://example.com/x'] });
    assert.equal(client.shown.length, 1);
  });
});
