// Editor features inside VS Code: completion, hover and outline, the preview and the .docx
// export. `vanban.exportDocx(source, target)` writes to `target` (asking only if it exists).
'use strict';

const assert = require('node:assert/strict');
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const vscode = require('vscode');
const { seedCopy, workspaceUri, waitForEvent, waitForDiagnostics, openDraft, closeAll } = require('./util');

const SEED_FINDINGS = ['header-title@4', 'issuer@4', 'number-format@6', 'recipients-format@79'];
const sameAs = (expected) => (found) => JSON.stringify(found) === JSON.stringify(expected);

function flatten(symbols) {
  return symbols.flatMap((symbol) => [symbol, ...flatten(symbol.children || [])]);
}

function hoverText(hovers) {
  return hovers.flatMap((hover) => hover.contents).map((content) => (typeof content === 'string' ? content : content.value)).join('\n');
}

describe('editor features', function () {
  this.timeout(60000);

  afterEach(closeAll);

  it('completes a document type name (vscode.executeCompletionItemProvider)', async () => {
    const uri = seedCopy('completion.vanban', (text) => text.replace('KẾT LUẬN', 'KẾT'));
    const { document } = await openDraft(uri);
    await waitForDiagnostics(uri, (found) => found.length > 0, 'the draft to be linted');
    const line = document.getText().split('\n').findIndex((l) => l.trim() === 'KẾT');
    assert.ok(line >= 0);
    const list = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', uri, new vscode.Position(line, 3));
    const labels = list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
    assert.ok(labels.includes('KẾT LUẬN'), `KẾT LUẬN among ${JSON.stringify(labels.slice(0, 30))}`);
  });

  it('explains the number and symbol on hover (vscode.executeHoverProvider)', async () => {
    const uri = seedCopy('hover.vanban', (text) => text.replace('Số 02 - KL/BTCTW', 'Số 02-KL/BTCTW'));
    const { document } = await openDraft(uri);
    await waitForDiagnostics(uri, (found) => found.length > 0, 'the draft to be linted');
    const line = document.getText().split('\n').findIndex((l) => l.startsWith('Số 02-KL/BTCTW'));
    const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, new vscode.Position(line, 8));
    const text = hoverText(hovers);
    // Decoding 02-KL/BTCTW: KL is a kết luận.
    assert.match(text, /[Kk]ết luận|KL/, `hover text: ${text}`);
  });

  it('gives an outline of the body’s headings (vscode.executeDocumentSymbolProvider)', async () => {
    const uri = seedCopy('outline.vanban');
    const { document } = await openDraft(uri);
    // Diagnostics arriving tell us the server is up and has the document.
    await waitForDiagnostics(uri, (found) => found.length > 0, 'the draft to be linted');
    const symbols = await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', uri);
    assert.ok(Array.isArray(symbols) && symbols.length > 0, 'the outline has symbols');
    const names = flatten(symbols).map((s) => s.name);
    const headings = document.getText().split('\n').filter((l) => /^\d+\.\s/.test(l.trim())).map((l) => l.trim());
    assert.ok(headings.length >= 2);
    for (const heading of headings) assert.ok(names.some((name) => name.includes(heading)), `${heading} in ${JSON.stringify(names)}`);
    const lines = flatten(symbols).filter((s) => headings.some((h) => s.name.includes(h))).map((s) => s.range.start.line);
    assert.deepEqual(lines, [...lines].sort((a, b) => a - b), 'in document order');
  });

  it('opens the preview beside the draft, and it stays open as the draft is edited', async () => {
    const uri = seedCopy('preview.vanban');
    const { editor } = await openDraft(uri);
    const isPreview = (tab) => tab.input instanceof vscode.TabInputWebview && /vanban/i.test(tab.input.viewType);
    const findPreview = () => vscode.window.tabGroups.all.flatMap((group) => group.tabs).find(isPreview);
    await vscode.commands.executeCommand('vanban.preview');
    const tab = await waitForEvent([vscode.window.tabGroups.onDidChangeTabs], findPreview, 'the preview tab', 20000);
    assert.notEqual(tab.group.viewColumn, editor.viewColumn, 'the preview is beside the editor');
    // Following an edit: the document changes and the preview is still there (what it shows is checked
    // by the UI test, which can read the webview).
    assert.ok(await editor.edit((builder) => builder.insert(new vscode.Position(editor.document.lineCount, 0), '\nDòng mới.\n')));
    assert.ok(findPreview(), 'the preview survives the edit');
  });

  it('exports the draft to a .docx file', async () => {
    const uri = seedCopy('export.vanban');
    await openDraft(uri);
    const target = workspaceUri('export.docx');
    fs.rmSync(target.fsPath, { force: true });
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.workspace.workspaceFolders[0], 'export.docx'));
    try {
      const created = waitForEvent([watcher.onDidCreate, watcher.onDidChange], () => (fs.existsSync(target.fsPath) && fs.statSync(target.fsPath).size > 0 ? true : undefined), 'export.docx', 30000);
      // The seed still has errors: the export asks first; this test answers "export anyway".
      await vscode.commands.executeCommand('vanban.exportDocx', uri, target, { confirm: () => true });
      await created;
    } finally {
      watcher.dispose();
    }
    const bytes = fs.readFileSync(target.fsPath);
    assert.equal(bytes.subarray(0, 2).toString('latin1'), 'PK', 'a .docx is a zip');
    const body = execFileSync('unzip', ['-p', target.fsPath, 'word/document.xml'], { encoding: 'utf8' });
    assert.match(body, /Nguyễn Thanh Bình/, 'the signer’s name is in the document body');
    assert.match(body, /KẾT LUẬN/);
  });
});
